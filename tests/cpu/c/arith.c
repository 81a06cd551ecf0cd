/* Integer arithmetic corners: M extension (mulh via __int128, div/rem by zero and overflow),
 * shifts by 0/31/32/63, W forms and their sign extension.  Prints a line per group. */
#include "../../../programs/bench/rt.h"
static volatile i64 vals[] = {0, 1, -1, 2, -2, 7, -7, 0x7fffffffffffffffL, (i64)0x8000000000000000UL,
                              0x7fffffff, -0x80000000L, 0xffffffffL, 0x100000000L, 0x123456789abcdefL};
#define NV (sizeof vals / sizeof vals[0])
static u64 h = 1469598103934665603ull;
static void mix(u64 v) { h = (h ^ v) * 1099511628211ull; }
int main(int argc, char **argv) {
    for (unsigned i = 0; i < NV; i++)
        for (unsigned j = 0; j < NV; j++) {
            i64 a = vals[i], b = vals[j];
            mix(a + b); mix(a - b); mix(a * b);
            mix((u64)(((__int128)a * b) >> 64));
            mix((u64)(((unsigned __int128)(u64)a * (u64)b) >> 64));
            mix((u64)(((__int128)a * (unsigned __int128)(u64)b) >> 64));
            mix(b ? (u64)(a == (i64)0x8000000000000000UL && b == -1 ? a : a / b) : 1);
            /* the hardware results for the cases C leaves undefined, via inline asm */
            i64 q, r; u64 qu, ru;
            asm volatile("div %0, %1, %2" : "=r"(q) : "r"(a), "r"(b));
            asm volatile("rem %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
            asm volatile("divu %0, %1, %2" : "=r"(qu) : "r"(a), "r"(b));
            asm volatile("remu %0, %1, %2" : "=r"(ru) : "r"(a), "r"(b));
            mix(q); mix(r); mix(qu); mix(ru);
            i64 qw, rw, quw, ruw, mw;
            asm volatile("divw %0, %1, %2" : "=r"(qw) : "r"(a), "r"(b));
            asm volatile("remw %0, %1, %2" : "=r"(rw) : "r"(a), "r"(b));
            asm volatile("divuw %0, %1, %2" : "=r"(quw) : "r"(a), "r"(b));
            asm volatile("remuw %0, %1, %2" : "=r"(ruw) : "r"(a), "r"(b));
            asm volatile("mulw %0, %1, %2" : "=r"(mw) : "r"(a), "r"(b));
            mix(qw); mix(rw); mix(quw); mix(ruw); mix(mw);
            mix((u64)a << (b & 63)); mix((u64)a >> (b & 63)); mix(a >> (b & 63));
            mix((i64)(i32)((u32)a << (b & 31))); mix((i64)(i32)((u32)a >> (b & 31)));
            mix((i64)((i32)a >> (b & 31)));
            mix(a < b); mix((u64)a < (u64)b);
            mix((i64)(i32)(a + b)); mix((i64)(i32)(a - b));
        }
    puts_("arith "); putx(h); nl();
    for (int s = 0; s < 64; s += 31) { putx((u64)vals[13] << s); puts_(" "); puti(vals[2] >> s); nl(); }
    return (int)(h & 0x7f);
}
