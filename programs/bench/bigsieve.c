/* TLB-unfriendly: sieve of Eratosthenes over a 16 MiB byte array (4,096 pages).  Crossing off
 * multiples of a prime p > 4096 touches a new page at every store. */
#include "rt.h"
#ifdef QUICK                             /* the test suite's size */
#define N (512u << 10)
#else
#define N (16u << 20)
#endif
static u8 composite[N];
int main(int argc, char **argv) {
    u64 count = 0;
    for (u64 i = 2; i < N; i++) {
        if (composite[i]) continue;
        count++;
        if (i * i < N) for (u64 j = i * i; j < N; j += i) composite[j] = 1;
    }
    puts_("bigsieve primes "); putu(count); nl();
    return (int)(count & 0x3f);
}
