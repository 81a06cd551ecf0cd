/* Memory: misaligned loads and stores (also across pages), byte/half/word/double widths, a heap
 * grown with brk, page-crossing copies. */
#include "../../../programs/bench/rt.h"
struct __attribute__((packed)) rec { u8 tag; u64 a; u32 b; u16 c; i32 d; };
static u8 buf[3 * 4096 + 64];
int main(int argc, char **argv) {
    u64 h = 0;
    for (int i = 0; i < (int)sizeof buf; i++) buf[i] = (u8)(i * 37 + 11);
    for (int off = 4096 - 16; off < 4096 + 16; off++) {
        struct rec *r = (struct rec *)(buf + off);
        h = h * 31 + r->a; h = h * 31 + r->b; h = h * 31 + r->c; h = h * 31 + (u64)(i64)r->d;
        r->a = h; r->b = (u32)(h >> 7); r->c = (u16)(h >> 3); r->d = (i32)(h >> 11);
        h ^= *(volatile u64 *)(buf + off + 1);
    }
    u8 *heap = sbrk_(5 * 4096 + 123);
    if (!heap) return 1;
    for (int i = 0; i < 5 * 4096 + 123; i++) heap[i] = (u8)(i ^ (i >> 8));
    memcpy(heap + 4093, buf + 5, 2 * 4096);
    for (int i = 0; i < 5 * 4096 + 123; i += 7) h = h * 131 + heap[i];
    for (int i = 0; i + 8 <= 5 * 4096; i += 4095) h += *(volatile u64 *)(heap + i);
    puts_("memory "); putx(h); nl();
    return (int)(h & 0x7f);
}
