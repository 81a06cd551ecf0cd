/* A TLB workout: visits 1024 heap pages (4 MiB, grown with brk) in a scattered order, many
 * rounds; on each visit it updates a small record of 8 words spread over the page, as a program
 * walking a table of page-sized records would.  Far more pages than any TLB holds, so nearly every
 * visit starts with a TLB miss and a page-table walk. */
#include "rt.h"
#define PAGES 1024
int main(int argc, char **argv) {
    u8 *heap = sbrk_((long)PAGES * 4096);
    if (!heap) { puts_("sbrk failed\n"); return 1; }
    u64 sum = 0;
    for (int round = 0; round < 96; round++) {
        u64 p = (u64)round * 2654435761u;
        for (int i = 0; i < PAGES; i++) {
            p = (p + 1237) % PAGES;                       /* 1237 is coprime to 1024 */
            u64 *rec = (u64 *)(heap + p * 4096 + ((i * 64) & 2047));
            for (int k = 0; k < 8; k++) {
                rec[k * 32] += (p ^ (u64)round) + (u64)k;
                sum += rec[k * 32] >> k;
            }
        }
    }
    puts_("pagetouch sum "); putx(sum); nl();
    return (int)(sum & 0x7f);
}
