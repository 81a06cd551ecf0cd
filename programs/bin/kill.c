/* kill [-s SIGNAL | -SIGNAL] PID... | kill -l [SIGNAL] -- send a signal (procps-ng's kill). */
#include "libc.h"

static const char *const names[] = {
    NULL, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
    "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
    "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
};
#define NNAMES 32

static int signal_number(const char *s)
{
    if (isdigit((unsigned char)*s)) {
        char *end;
        long n = strtol(s, &end, 10);
        return *end || n < 0 || n > 64 ? -1 : (int)n;
    }
    if (strncasecmp(s, "SIG", 3) == 0)
        s += 3;
    for (int i = 1; i < NNAMES; i++)
        if (strcasecmp(s, names[i]) == 0)
            return i;
    if (strcasecmp(s, "IOT") == 0)
        return SIGABRT;
    if (strcasecmp(s, "IO") == 0)
        return 29;
    return -1;
}

static int usage(const char *prog)
{
    fprintf(stderr, "\nUsage:\n %s [options] <pid> [...]\n\nOptions:\n"
                    " <pid> [...]            send signal to every <pid> listed\n"
                    " -<signal>, -s, --signal <signal>\n"
                    "                        specify the <signal> to be sent\n"
                    " -l, --list=[<signal>]  list all signal names, or convert one to a name\n"
                    " -L, --table            list all signal names in a nice table\n"
                    "\nFor more details see kill(1).\n", prog);
    return 1;
}

int main(int argc, char **argv)
{
    int signo = SIGTERM, i = 1;
    if (argc < 2)
        return usage(argv[0]);
    if (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "--list") == 0) {
        if (argc > 2) {
            int n = signal_number(argv[2]);
            if (n <= 0 || n >= NNAMES) {
                fprintf(stderr, "%s: unknown signal name %s\n", argv[0], argv[2]);
                return 1;
            }
            if (isdigit((unsigned char)argv[2][0]))
                printf("%s\n", names[n]);
            else
                printf("%d\n", n);
            return 0;
        }
        for (int k = 1; k < NNAMES; k++)
            printf("%s%c", names[k], k == 16 || k == NNAMES - 1 ? '\n' : ' ');
        return 0;
    }
    if (strcmp(argv[1], "-L") == 0 || strcmp(argv[1], "--table") == 0) {
        for (int k = 1; k < NNAMES; k++)
            printf("%2d %-8s%s", k, names[k], k % 7 == 0 || k == NNAMES - 1 ? "\n" : "");
        return 0;
    }
    if (strcmp(argv[1], "-s") == 0 || strcmp(argv[1], "--signal") == 0) {
        if (argc < 3)
            return usage(argv[0]);
        signo = signal_number(argv[2]);
        if (signo < 0) {
            fprintf(stderr, "%s: Unknown signal %s\n", argv[0], argv[2]);
            return 1;
        }
        i = 3;
    } else if (argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "--") != 0) {
        signo = signal_number(argv[1] + 1);
        if (signo < 0) {
            fprintf(stderr, "%s: Unknown signal %s\n", argv[0], argv[1] + 1);
            return 1;
        }
        i = 2;
    }
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    if (i >= argc)
        return usage(argv[0]);
    int status = 0;
    for (; i < argc; i++) {
        char *end;
        long pid = strtol(argv[i], &end, 10);
        if (!*argv[i] || *end) {
            fprintf(stderr, "%s: failed to parse argument: '%s'\n", argv[0], argv[i]);
            status = 1;
            continue;
        }
        if (kill((pid_t)pid, signo) < 0) {
            fprintf(stderr, "%s: (%ld): %s\n", argv[0], pid, strerror(errno));
            status = 1;
        }
    }
    return status;
}
