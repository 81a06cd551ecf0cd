/* Integer matrix multiply, 160x160, i-k-j order: loads, stores, mul in an inner loop. */
#include "rt.h"
#define N 160
static i64 a[N][N], b[N][N], c[N][N];
int main(int argc, char **argv) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { a[i][j] = (i * 7 + j * 3) % 101 - 50; b[i][j] = (i * 5 - j * 11) % 97; }
    for (int rep = 0; rep < 3; rep++) {
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) c[i][j] = 0;
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                i64 aik = a[i][k];
                for (int j = 0; j < N; j++) c[i][j] += aik * b[k][j];
            }
    }
    u64 h = 1469598103934665603ull;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) h = (h ^ (u64)c[i][j]) * 1099511628211ull;
    puts_("matmul hash "); putx(h); nl();
    return (int)(h & 0x3f);
}
