/* Sieve of Eratosthenes over 2M numbers, several rounds: byte stores and strided loops. */
#include "rt.h"
#define N 2000000
static u8 composite[N + 1];
int main(int argc, char **argv) {
    u64 total = 0;
    for (int round = 0; round < 4; round++) {
        memset(composite, 0, sizeof composite);
        u64 count = 0;
        for (u64 i = 2; i <= N; i++) {
            if (!composite[i]) {
                count++;
                for (u64 j = i * i; j <= N; j += i) composite[j] = 1;
            }
        }
        total += count;
    }
    puts_("primes below 2000000: "); putu(total / 4); nl();
    return (int)(total & 0x7f);
}
