/* TLB-unfriendly: naive i-j-k integer matrix multiply, 320x320.  The inner loop walks a column
 * of b, a stride of 2560 bytes: 320 rows span 200 pages, far more than the DTLB holds, so
 * almost every other load of b misses (about one DTLB miss per 11 instructions). */
#include "rt.h"
#ifdef QUICK                             /* the test suite's size */
#define N 96
#else
#define N 320
#endif
static i64 a[N][N], b[N][N], c[N][N];
int main(int argc, char **argv) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { a[i][j] = (i * 7 + j * 3) % 101 - 50; b[i][j] = (i * 5 - j * 11) % 97; }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            i64 s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    u64 h = 1469598103934665603ull;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) h = (h ^ (u64)c[i][j]) * 1099511628211ull;
    puts_("matmul_stride hash "); putx(h); nl();
    return (int)(h & 0x3f);
}
