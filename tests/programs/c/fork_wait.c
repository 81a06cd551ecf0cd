/* fork_wait: fork several children, collect each exit status with wait4 (exit codes, deaths by
 * signal, WNOHANG, ECHILD), and check getpid/getppid relations. */
#include "rt.h"

int main(void)
{
    long parent = sys_getpid();
    long pids[3];
    int codes[3] = {3, 5, 7};
    int status;

    for (int i = 0; i < 3; i++) {
        long pid = sys_fork();
        if (pid == 0)
            exit_group(sys_getppid() == parent ? codes[i] : 100);
        pids[i] = pid;
    }
    say_yes("children have distinct pids: ", pids[0] != pids[1] && pids[1] != pids[2] &&
                                              pids[0] != pids[2] && pids[0] != parent);
    for (int i = 2; i >= 0; i--) {
        long r = sys_wait4(pids[i], &status, 0);
        say_yes("wait4 returned the child's pid: ", r == pids[i]);
        say("  exited normally: ", WIFEXITED(status));
        say("  exit code: ", WEXITSTATUS(status));
    }

    long pid = sys_fork();
    if (pid == 0) {
        sys_kill(sys_getpid(), SIGKILL);
        for (;;)
            ;
    }
    sys_wait4(pid, &status, 0);
    say("killed child: signaled ", WIFSIGNALED(status));
    say("killed child: signal ", WTERMSIG(status));

    pid = sys_fork();
    if (pid == 0) {
        *(volatile int *)bad_address(16) = 1;
        exit_group(1);
    }
    sys_wait4(pid, &status, 0);
    say("crashing child: signal ", WTERMSIG(status));

    int fds[2];
    sys_pipe2(fds, 0);
    pid = sys_fork();
    if (pid == 0) {
        char c;
        sys_close(fds[1]);
        long n = sys_read(fds[0], &c, 1);   /* blocks until the parent closes its end */
        exit_group(n == 0 ? 42 : 43);
    }
    sys_close(fds[0]);
    say("WNOHANG while the child runs: ", sys_wait4(pid, &status, 1));
    sys_close(fds[1]);
    long r = sys_wait4(-1, &status, 0);
    say_yes("wait4(-1) reaped it: ", r == pid);
    say("  its exit code (EOF seen): ", WEXITSTATUS(status));
    say("wait4 with no children: ", sys_wait4(-1, &status, 0));
    say("wait4 with bad options: ", sys_wait4(-1, &status, 0x1000));
    return 0;
}
