/* crt0.c -- process start-up.
 *
 * Linux starts a program at _start with sp pointing at argc, then argv[0..argc-1], NULL, then
 * envp[], NULL (then the auxiliary vector).  _start sets gp (gcc's small-data accesses are
 * relative to it), then passes sp to __libc_start, which calls main and exits with its value.
 */
#include "libc.h"

int main(int argc, char **argv, char **envp);

__asm__(
    "    .text\n"
    "    .globl _start\n"
    "    .type _start, @function\n"
    "_start:\n"
    "    .option push\n"
    "    .option norelax\n"
    "    lla gp, __global_pointer$\n"
    "    .option pop\n"
    "    mv a0, sp\n"
    "    andi sp, sp, -16\n"
    "    call __libc_start\n"
    "    .size _start, .-_start\n");

void __libc_start(long *sp) __attribute__((noreturn, used));

void __libc_start(long *sp)
{
    int argc = (int)sp[0];
    char **argv = (char **)(sp + 1);
    environ = argv + argc + 1;
    exit(main(argc, argv, environ));
}
