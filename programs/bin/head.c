/* head [-n N | -N] [-c N] [FILE]... -- the first lines (or bytes) of files (GNU coreutils). */
#include "libc.h"

static char buf[8192];

static int head(int fd, long count, int bytes)
{
    while (count > 0) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return (int)n;
        ssize_t take = 0;
        if (bytes) {
            take = n < count ? n : count;
            count -= take;
        } else {
            while (take < n && count > 0)
                if (buf[take++] == '\n')
                    count--;
        }
        fwrite(buf, 1, (size_t)take, stdout);
    }
    return 0;
}

int main(int argc, char **argv)
{
    long count = 10;
    int bytes = 0, i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        char *arg = argv[i], *value;
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (isdigit((unsigned char)arg[1])) {
            value = arg + 1;
            bytes = 0;
        } else if (arg[1] == 'n' || arg[1] == 'c') {
            bytes = arg[1] == 'c';
            value = arg[2] ? arg + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!value) {
                fprintf(stderr, "head: option requires an argument -- '%c'\n"
                                "Try 'head --help' for more information.\n", arg[1]);
                return 1;
            }
        } else {
            fprintf(stderr, "head: invalid option -- '%c'\n"
                            "Try 'head --help' for more information.\n", arg[1]);
            return 1;
        }
        char *end;
        count = strtol(value, &end, 10);
        if (*end || !*value || count < 0) {
            fprintf(stderr, "head: invalid number of %s: '%s'\n", bytes ? "bytes" : "lines",
                    value);
            return 1;
        }
    }
    int nfiles = argc - i, status = 0;
    if (nfiles == 0)
        return head(0, count, bytes) < 0;
    for (int k = i; k < argc; k++) {
        int fd = strcmp(argv[k], "-") == 0 ? 0 : open(argv[k], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "head: cannot open '%s' for reading: %s\n", argv[k], strerror(errno));
            status = 1;
            continue;
        }
        if (nfiles > 1)
            printf("%s==> %s <==\n", k > i ? "\n" : "",
                   fd == 0 ? "standard input" : argv[k]);
        if (head(fd, count, bytes) < 0) {
            fprintf(stderr, "head: error reading '%s': %s\n", argv[k], strerror(errno));
            status = 1;
        }
        fflush(stdout);
        if (fd != 0)
            close(fd);
    }
    return status;
}
