/* Touches one word in each of many pages, in a scattered order: a TLB workout (brk heap). */
#include "rt.h"
#define PAGES 8192
int main(int argc, char **argv) {
    u8 *heap = sbrk_((long)PAGES * 4096);
    if (!heap) { puts_("sbrk failed\n"); return 1; }
    u64 sum = 0;
    for (int round = 0; round < 40; round++) {
        u64 p = (u64)round * 2654435761u;
        for (int i = 0; i < PAGES; i++) {
            p = (p + 1237) % PAGES;                       /* 1237 is coprime to 8192 */
            u64 *w = (u64 *)(heap + p * 4096 + ((i * 8) & 4095));
            *w += p ^ (u64)round;
            sum += *w;
        }
    }
    puts_("pagetouch sum "); putx(sum); nl();
    return (int)(sum & 0x7f);
}
