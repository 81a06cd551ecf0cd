/* oomkill -- the OOM killer chooses the biggest process, not the one that asked, and spares a
 * process whose oom_score_adj is -1000.
 *
 *   pagelab run --mem 16M programs/pressure/oomkill.s
 *   pagelab run --mem 16M --dmesg programs/pressure/oomkill.s    # Linux's oom-killer lines
 *
 * The parent starts a small child (touches 1 MiB) and a big one (touches 6 MiB), which then
 * wait, sets its own /proc/self/oom_score_adj to -1000 (exempt; after the forks, since a child
 * inherits it) and itself touches 10 MiB:
 * more than the 16 MiB machine has left.  When reclaim finds nothing to free (no swap), the
 * OOM killer weighs every process (RSS + swap + page tables, adjusted by oom_score_adj) and
 * kills the biggest -- the big child -- although the parent's fault asked for memory.  The
 * parent finishes, ends the small child and reports how each ended.
 *
 * Expected output:
 *   parent: oom_score_adj -1000, touched 10 MiB
 *   big child (6 MiB): killed by signal 9
 *   small child (1 MiB): alive until the parent ended it (signal 15)
 */
#include "../libc/libc.h"

#define MIB (1024 * 1024)

static void touch(long bytes)
{
    char *p = mmap(0, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) {
        printf("mmap of %ld MiB failed: %s\n", bytes / MIB, strerror(errno));
        exit(1);
    }
    for (long i = 0; i < bytes; i += 4096)
        p[i] = (char)i | 1;
}

static pid_t child(long bytes)
{
    int fds[2];
    char c;
    if (pipe(fds) < 0)
        exit(1);
    pid_t pid = fork();
    if (pid == 0) {
        touch(bytes);
        write(fds[1], "r", 1);              /* ready: my memory is in place */
        for (;;)
            pause();
    }
    close(fds[1]);
    if (read(fds[0], &c, 1) != 1) {
        printf("child of %ld MiB died before it was ready\n", bytes / MIB);
        exit(1);
    }
    close(fds[0]);
    return pid;
}

static void report(const char *name, pid_t pid)
{
    int status;
    if (waitpid(pid, &status, 0) != pid)
        return;
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM)
        printf("%s: alive until the parent ended it (signal 15)\n", name);
    else if (WIFSIGNALED(status))
        printf("%s: killed by signal %d\n", name, WTERMSIG(status));
    else
        printf("%s: exited with status %d\n", name, WEXITSTATUS(status));
}

int main(void)
{
    pid_t small = child(1 * MIB);
    pid_t big = child(6 * MIB);
    /* after the forks: a child inherits oom_score_adj */
    int fd = open("/proc/self/oom_score_adj", O_WRONLY);
    if (fd < 0 || write(fd, "-1000", 5) != 5) {
        printf("cannot write /proc/self/oom_score_adj: %s\n", strerror(errno));
        return 1;
    }
    close(fd);
    touch(10 * MIB);
    printf("parent: oom_score_adj -1000, touched 10 MiB\n");
    kill(small, SIGTERM);
    report("big child (6 MiB)", big);
    report("small child (1 MiB)", small);
    return 0;
}
