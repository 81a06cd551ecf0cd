/* proc_self: /proc/self agrees with the system calls (pid, ppid, command line). */
#include "rt.h"

static char buf[4096];

static long read_file(const char *path)
{
    long fd = sys_open(path, O_RDONLY, 0);
    if (fd < 0)
        return fd;
    long total = 0, n;
    while ((n = sys_read(fd, buf + total, sizeof buf - 1 - total)) > 0)
        total += n;
    buf[total] = 0;
    sys_close(fd);
    return total;
}

static long field(const char *s, int k)   /* k-th (1-based, k >= 3) field after the ')' */
{
    const char *p = s, *close = s;
    for (; *p; p++)
        if (*p == ')')
            close = p;
    p = close + 2;
    for (int i = 3; i < k; i++) {
        while (*p && *p != ' ')
            p++;
        if (*p)
            p++;
    }
    long v = 0;
    int neg = *p == '-';
    if (neg)
        p++;
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return neg ? -v : v;
}

int main(int argc, char **argv)
{
    long n = read_file("/proc/self/stat");
    long pid = 0;
    for (const char *p = buf; *p >= '0' && *p <= '9'; p++)
        pid = pid * 10 + (*p - '0');
    say_yes("stat field 1 is getpid(): ", n > 0 && pid == sys_getpid());
    say_yes("stat field 4 is getppid(): ", field(buf, 4) == sys_getppid());

    n = read_file("/proc/self/cmdline");
    long expect = 0;
    for (int i = 0; i < argc; i++)
        expect += rt_strlen(argv[i]) + 1;
    say_yes("cmdline has argc NUL-terminated strings: ", n == expect);
    const char *p = buf;
    int same = 1;
    for (int i = 0; i < argc; i++) {
        if (rt_strcmp(p, argv[i]) != 0)
            same = 0;
        p += rt_strlen(p) + 1;
    }
    say_yes("cmdline equals argv: ", same);

    char link[32];
    n = sys_readlink("/proc/self", link, sizeof link);
    long v = 0;
    for (long i = 0; i < n; i++)
        v = v * 10 + (link[i] - '0');
    say_yes("/proc/self links to the pid: ", n > 0 && v == sys_getpid());
    say("missing /proc file: ", sys_open("/proc/self/no-such-file", O_RDONLY, 0));
    for (int i = 1; i < argc; i++) {
        print("arg: ");
        print(argv[i]);
        print("\n");
    }
    return 0;
}
