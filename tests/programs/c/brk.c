/* brk: the raw system call's protocol (returns the break, old break on failure), zero-filled
 * growth, and that memory given back is gone. */
#include "rt.h"

static volatile int faults;

static void handler(int sig, ksiginfo_t *info, void *uc)
{
    faults++;
    skip_faulting_instruction(uc);
}

int main(void)
{
    sigaction3(SIGSEGV, handler, SA_SIGINFO | SA_NODEFER);
    long b0 = sys_brk(0);
    say_yes("initial break is nonzero: ", b0 != 0);
    say_yes("brk(0) again returns the same: ", sys_brk(0) == b0);
    long b1 = sys_brk((void *)(b0 + 10000));
    say("grow by 10000 returns old+: ", b1 - b0);
    volatile char *heap = (char *)b0;
    long sum = 0;
    for (int i = 0; i < 10000; i++)
        sum += heap[i];
    say("new heap memory sums to: ", sum);
    for (int i = 0; i < 10000; i++)
        heap[i] = 1;
    say("writes to the new heap faulted: ", faults);
    say("brk below the start returns the break +: ", sys_brk((void *)1) - b0);
    say("brk far too big returns the break +: ", sys_brk((void *)(b0 + (1L << 45))) - b0);
    say("shrink returns: +", sys_brk((void *)(b0 + 100)) - b0);
    heap[PAGE + 10] = 1;                  /* faults on Linux; qemu keeps the page: not printed */
    sys_brk((void *)(b0 + 3 * PAGE));
    say("regrown page reads: ", heap[PAGE + 10]);
    say("first page kept its data: ", heap[50]);
    return 0;
}
