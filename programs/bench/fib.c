/* Recursive Fibonacci: calls, returns, stack traffic. */
#include "rt.h"
__attribute__((noinline)) static u64 fib(u64 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(int argc, char **argv) {
    u64 n = 30 + (u64)(argc - 1);
    u64 r = fib(n);
    puts_("fib("); putu(n); puts_(") = "); putu(r); nl();
    return (int)(r % 251);
}
