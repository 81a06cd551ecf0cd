/* The TLB microbenchmark (not part of the geomean): one load per 4 KiB page, cycling over PAGES
 * pages, STEPS loads in all.  `tlbstride 1024` strides over more pages than any default TLB
 * array holds (every load misses: the miss + walk + fill + retry path); `tlbstride 16` runs the
 * same instructions with every load hitting (the baseline).  The pages are the same 4 MiB
 * array either way, so the host's caches see nearly the same work. */
#include "rt.h"
#define MAX_PAGES 1024
#ifdef QUICK                             /* the test suite's size */
#define STEPS 200000u
#else
#define STEPS 25000000u
#endif
static i64 pages[MAX_PAGES][512];
int main(int argc, char **argv) {
    u64 n = MAX_PAGES;
    if (argc > 1) { n = 0; for (const char *s = argv[1]; *s >= '0' && *s <= '9'; s++) n = n * 10 + (u64)(*s - '0'); }
    if (n < 1 || n > MAX_PAGES) n = MAX_PAGES;
    for (u64 i = 0; i < MAX_PAGES; i++) pages[i][i & 511] = (i64)i;
    i64 sum = 0;
    u64 p = 0;
    for (u64 s = 0; s < STEPS; s++) {
        sum += pages[p][p & 511];
        if (++p == n) p = 0;
    }
    puts_("tlbstride sum "); puti(sum); nl();
    return (int)(sum & 0x3f);
}
