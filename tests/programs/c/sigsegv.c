/* sigsegv: the signal, si_code and si_addr Linux reports for each kind of bad access, with and
 * without a handler. */
#include "rt.h"

static volatile int got_sig, got_code;
static volatile unsigned long got_addr;
static volatile int resume_at_ra;

static void handler(int sig, ksiginfo_t *info, void *uc)
{
    got_sig = sig;
    got_code = info->si_code;
    got_addr = (unsigned long)info->si_addr;
    if (resume_at_ra)
        UC_PC(uc) = UC_REG(uc, 1);          /* return from the bad call */
    else
        skip_faulting_instruction(uc);
}

static void report(const char *what, unsigned long expected_addr)
{
    print(what);
    print(": signal ");
    print_dec(got_sig);
    print(", si_code ");
    print_dec(got_code);
    print(", si_addr ");
    print(got_addr == expected_addr ? "as expected\n" : "WRONG\n");
    got_sig = got_code = 0;
    got_addr = 0;
}

static int some_function(int x) { return x + 1; }

int main(void)
{
    sigaction3(SIGSEGV, handler, SA_SIGINFO | SA_NODEFER);
    sigaction3(SIGBUS, handler, SA_SIGINFO | SA_NODEFER);

    (void)*(volatile int *)bad_address(0);
    report("read of NULL", 0);
    *(volatile long *)bad_address(0x1234) = 5;
    report("write to 0x1234", 0x1234);

    volatile char *text = (volatile char *)some_function;
    *text = 0;
    report("write to program text", (unsigned long)text);

    char *none = sys_mmap(0, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    (void)*(volatile char *)(none + 77);
    report("read of a PROT_NONE page", (unsigned long)none + 77);

    char *ro = sys_mmap(0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    say("read of a read-only page gives: ", *(volatile char *)(ro + 5));
    *(volatile char *)(ro + 9) = 1;
    report("write to a read-only page", (unsigned long)ro + 9);

    char *data = sys_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    data[0] = 0x67;                            /* not valid code anyway: must not run */
    resume_at_ra = 1;
    ((int (*)(int))data)(1);
    resume_at_ra = 0;
    report("jump into a non-executable page", (unsigned long)data);

    /* a file mapping longer than the file: the tail of the last page reads 0, a whole page
     * beyond the end is SIGBUS */
    long fd = sys_open("/tmp/pagelab-sigsegv-test", O_RDWR | O_CREAT | O_TRUNC, 0600);
    write_all(fd, "0123456789", 10);
    char *fm = sys_mmap(0, 2 * PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
    say("file byte 3 through the mapping: ", fm[3]);
    say("byte past the end, same page: ", fm[100]);
    (void)*(volatile char *)(fm + PAGE + 1);
    report("read a page beyond the end of the file", (unsigned long)fm + PAGE + 1);
    sys_close(fd);
    sys_unlinkat("/tmp/pagelab-sigsegv-test", 0);

    /* without a handler the default action kills the process */
    long pid = sys_fork();
    if (pid == 0) {
        sigaction3(SIGSEGV, SIG_DFL, 0);
        *(volatile int *)bad_address(8) = 0;
        exit_group(0);
    }
    int status;
    sys_wait4(pid, &status, 0);
    say("child without a handler died of signal ", WTERMSIG(status));
    pid = sys_fork();
    if (pid == 0) {
        sigaction3(SIGSEGV, (void *)SIG_IGN, 0);   /* a fault cannot be ignored */
        *(volatile int *)bad_address(8) = 0;
        exit_group(0);
    }
    sys_wait4(pid, &status, 0);
    say("child ignoring SIGSEGV died of signal ", WTERMSIG(status));
    return 0;
}
