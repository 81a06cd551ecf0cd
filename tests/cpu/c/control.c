/* Control flow: function pointers, a switch jump table, recursion, a bubble sort with a
 * comparison callback, and atomics when the A extension is present. */
#include "../../../programs/bench/rt.h"
typedef i64 (*op_fn)(i64, i64);
static i64 add(i64 a, i64 b) { return a + b; }
static i64 sub(i64 a, i64 b) { return a - b; }
static i64 mul(i64 a, i64 b) { return a * b; }
static i64 xr(i64 a, i64 b) { return a ^ b; }
static op_fn ops[] = {add, sub, mul, xr};
__attribute__((noinline)) static u64 ack(u64 m, u64 n) {
    return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
}
__attribute__((noinline)) static int classify(u64 v) {
    switch (v % 11) {
    case 0: return 3; case 1: return 14; case 2: return 15; case 3: return 92; case 4: return 65;
    case 5: return 35; case 6: return 89; case 7: return 79; case 8: return 32; case 9: return 38;
    default: return 46;
    }
}
static int cmp(const void *a, const void *b) { i64 x = *(const i64 *)a, y = *(const i64 *)b; return (x > y) - (x < y); }
static void bsort(i64 *v, int n, int (*c)(const void *, const void *)) {
    for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++)
        if (c(&v[j], &v[j + 1]) > 0) { i64 t = v[j]; v[j] = v[j + 1]; v[j + 1] = t; }
}
static i64 arr[300];
int main(int argc, char **argv) {
    i64 acc = 1;
    for (int i = 0; i < 1000; i++) acc = ops[i & 3](acc, (i64)rnd());
    u64 s = 0;
    for (int i = 0; i < 5000; i++) s += classify(rnd());
    for (int i = 0; i < 300; i++) arr[i] = (i64)rnd();
    bsort(arr, 300, cmp);
    int sorted = 1; for (int i = 1; i < 300; i++) sorted &= arr[i - 1] <= arr[i];
    u64 a = ack(2, 300) + ack(3, 5);
#ifdef __riscv_atomic
    static i64 counter; static int word;
    for (int i = 0; i < 100; i++) { __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST); __atomic_fetch_xor(&word, i * 7, __ATOMIC_RELAXED); }
    i64 expected = counter;
    int ok = __atomic_compare_exchange_n(&counter, &expected, 12345, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    int old = __atomic_exchange_n(&word, -1, __ATOMIC_ACQ_REL);
    int mx; asm volatile("amomax.w %0, %2, (%1)" : "=r"(mx) : "r"(&word), "r"(5) : "memory");
    puts_("atomics "); puti(counter); puts_(" "); puti(ok); puts_(" "); puti(old); puts_(" "); puti(mx); puts_(" "); puti(word); nl();
#endif
    puts_("control "); putx((u64)acc); puts_(" "); putu(s); puts_(" "); putu(sorted); puts_(" "); putu(a); nl();
    return (int)((s + a) & 0x7f);
}
