/* dmesg [-r] -- print the kernel log (syslog(2) READ_ALL), as util-linux's dmesg does when it
 * reads through syslog(2): "[seconds.micros] text" per line; -r keeps the raw "<level>"
 * prefix. */
#include "proc.h"

#define SYS_syslog 116

int main(int argc, char **argv)
{
    int raw = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-r") == 0 || strcmp(argv[i], "--raw") == 0) {
            raw = 1;
        } else {
            fprintf(stderr, "dmesg: invalid option -- '%s'\nTry 'dmesg --help' for more "
                            "information.\n", argv[i] + 1);
            return 1;
        }
    }
    long size = __syscall(SYS_syslog, 10, 0, 0, 0, 0, 0);
    if (size <= 0)
        size = 1 << 17;
    char *buf = malloc((size_t)size + 1);
    if (!buf)
        return 1;
    long n = __syscall(SYS_syslog, 3, (long)buf, size, 0, 0, 0);
    if (n < 0) {
        fprintf(stderr, "dmesg: read kernel buffer failed: %s\n", strerror((int)-n));
        return 1;
    }
    buf[n] = 0;
    for (char *line = buf; *line;) {
        char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *text = line;
        if (!raw && *text == '<') {
            char *close = memchr(text, '>', len);
            if (close) {
                len -= (size_t)(close + 1 - text);
                text = close + 1;
            }
        }
        fwrite(text, 1, len, stdout);
        putchar('\n');
        line += (end ? (size_t)(end - line) + 1 : strlen(line));
    }
    free(buf);
    return 0;
}
