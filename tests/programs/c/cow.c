/* cow: after fork, private memory of every kind (data, bss, heap, stack, private anonymous
 * mmap) is copied on write, and shared anonymous memory stays shared. */
#include "rt.h"

static long data_var = 11;
static long bss_var;

int main(void)
{
    long stack_var = 66;
    volatile long *sv = &stack_var;
    bss_var = 22;
    long heap = sys_brk(0);
    sys_brk((void *)(heap + PAGE));
    long *heap_var = (long *)heap;
    *heap_var = 33;
    long *priv = sys_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    long *shared = sys_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    *priv = 44;
    *shared = 55;

    int fds[2];
    sys_pipe2(fds, 0);
    long pid = sys_fork();
    if (pid == 0) {
        data_var = 111;
        bss_var = 222;
        *heap_var = 333;
        *priv = 444;
        *shared = 555;
        *sv = 666;
        print("child wrote: ");
        print_dec(data_var); print(" "); print_dec(bss_var); print(" "); print_dec(*heap_var);
        print(" "); print_dec(*priv); print(" "); print_dec(*shared); print(" "); print_dec(*sv);
        print("\n");
        char c;
        sys_read(fds[0], &c, 1);             /* wait for the parent's own write */
        say("child sees the parent's data_var: ", data_var);
        exit_group(0);
    }
    int status;
    /* let the child finish its writes before looking: it reports first, then waits on us */
    for (volatile int i = 0; i < 1; i++)
        ;
    data_var = 7;                             /* the parent's write is its own too */
    sys_write(fds[1], "x", 1);
    sys_wait4(pid, &status, 0);
    print("parent sees:  ");
    print_dec(data_var); print(" "); print_dec(bss_var); print(" "); print_dec(*heap_var);
    print(" "); print_dec(*priv); print(" "); print_dec(*shared); print(" "); print_dec(*sv);
    print("\n");
    say("child exit code: ", WEXITSTATUS(status));
    return 0;
}
