/* Recursive quicksort of 400k pseudo-random 64-bit keys, then a check pass. */
#include "rt.h"
#define N 400000
static i64 v[N];
static void qs(i64 *a, long lo, long hi) {
    while (lo < hi) {
        i64 p = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { i64 t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { qs(a, lo, j); lo = i; } else { qs(a, i, hi); hi = j; }
    }
}
int main(int argc, char **argv) {
    for (long i = 0; i < N; i++) v[i] = (i64)(rnd() >> 1) - (i64)(1ull << 61);
    qs(v, 0, N - 1);
    long bad = 0; u64 h = 0;
    for (long i = 1; i < N; i++) { if (v[i - 1] > v[i]) bad++; h = h * 31 + (u64)v[i]; }
    puts_("sorted, out of order: "); puti(bad); puts_(" hash "); putx(h); nl();
    return bad ? 1 : 0;
}
