/* TLB-unfriendly: a random-access hash table.  Open addressing with linear probing over 2 M
 * slots of 16 bytes (32 MiB, 8,192 pages); 1.2 M inserts, then 8 M lookups of random keys, half
 * of them present.  Every probe lands on a random page. */
#include "rt.h"
#ifdef QUICK                             /* the test suite's size */
#define SLOTS (32u << 10)
#define INSERTS 20000u
#define LOOKUPS 100000u
#else
#define SLOTS (2u << 20)
#define INSERTS 1200000u
#define LOOKUPS 8000000u
#endif
typedef struct { u64 key, value; } slot_t;
static slot_t table[SLOTS];
static u64 mix(u64 x) { x ^= x >> 33; x *= 0xff51afd7ed558ccdull; x ^= x >> 33; return x; }
static void insert(u64 key, u64 value) {
    u64 i = mix(key) & (SLOTS - 1);
    while (table[i].key != 0 && table[i].key != key) i = (i + 1) & (SLOTS - 1);
    table[i].key = key; table[i].value = value;
}
static u64 lookup(u64 key) {
    u64 i = mix(key) & (SLOTS - 1);
    while (table[i].key != 0) { if (table[i].key == key) return table[i].value; i = (i + 1) & (SLOTS - 1); }
    return 0;
}
int main(int argc, char **argv) {
    for (u64 n = 1; n <= INSERTS; n++) insert(n * 2, n);
    u64 found = 0, sum = 0;
    for (u64 n = 0; n < LOOKUPS; n++) {
        u64 v = lookup((rnd() % (2 * INSERTS)) + 1);
        if (v) { found++; sum += v; }
    }
    puts_("hashtab found "); putu(found); puts_(" sum "); putx(sum); nl();
    return (int)(found & 0x3f);
}
