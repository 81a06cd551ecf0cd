/* TLB-unfriendly: pointer chasing over 64 MiB.  One random cycle through 8 M pointers (Sattolo's
 * shuffle), then 30 M steps along it: each step is a load from a random one of 16,384 pages. */
#include "rt.h"
#ifdef QUICK                             /* the test suite's size */
#define NODES (64u << 10)
#define STEPS 300000u
#else
#define NODES (8u << 20)                 /* 8 M pointers of 8 bytes = 64 MiB */
#define STEPS 30000000u
#endif
static u64 *next[NODES];
int main(int argc, char **argv) {
    for (u64 i = 0; i < NODES; i++) next[i] = (u64 *)&next[i];
    for (u64 i = NODES - 1; i > 0; i--) {            /* Sattolo: a single cycle */
        u64 j = rnd() % i;
        u64 *t = next[i]; next[i] = next[j]; next[j] = t;
    }
    u64 **p = (u64 **)next[0];
    for (u64 s = 0; s < STEPS; s++) p = (u64 **)*p;
    u64 h = (u64)((u64 *)p - (u64 *)next);
    puts_("chase end "); putx(h); nl();
    return (int)(h & 0x3f);
}
