/* wc [-lwc] [FILE]... -- count lines, words and bytes, laid out as GNU coreutils does. */
#include "libc.h"

struct counts { long lines, words, bytes; };
static char buf[16384];

static int count(int fd, struct counts *c)
{
    int in_word = 0;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        c->bytes += n;
        for (ssize_t k = 0; k < n; k++) {
            unsigned char ch = (unsigned char)buf[k];
            if (ch == '\n')
                c->lines++;
            if (isspace(ch)) {
                in_word = 0;
            } else if (isprint(ch) || ch >= 0x80) {
                if (!in_word)
                    c->words++;
                in_word = 1;
            }
        }
    }
}

static int show_lines, show_words, show_bytes, width;

static void print(struct counts *c, const char *name)
{
    const char *sep = "";
    if (show_lines) { printf("%*ld", width, c->lines); sep = " "; }
    if (show_words) { printf("%s%*ld", sep, width, c->words); sep = " "; }
    if (show_bytes) { printf("%s%*ld", sep, width, c->bytes); }
    if (name)
        printf(" %s", name);
    putchar('\n');
}

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        for (char *p = argv[i] + 1; *p; p++) {
            if (*p == 'l') show_lines = 1;
            else if (*p == 'w') show_words = 1;
            else if (*p == 'c') show_bytes = 1;
            else {
                fprintf(stderr, "wc: invalid option -- '%c'\n"
                                "Try 'wc --help' for more information.\n", *p);
                return 1;
            }
        }
    }
    if (!show_lines && !show_words && !show_bytes)
        show_lines = show_words = show_bytes = 1;
    int nfiles = argc - i, status = 0;
    /* GNU's column width: digits of the total size of the regular files, at least 7 when an
     * input is not a regular file; 1 when only one number is printed */
    long total_size = 0;
    int irregular = nfiles == 0;
    for (int k = i; k < argc; k++) {
        struct stat st;
        if (strcmp(argv[k], "-") == 0)
            irregular = 1;
        else if (stat(argv[k], &st) == 0 && !S_ISREG(st.st_mode))
            irregular = 1;
        else if (stat(argv[k], &st) == 0)
            total_size += st.st_size;
    }
    width = 1;
    for (long v = total_size; v >= 10; v /= 10)
        width++;
    if (irregular && width < 7)
        width = 7;
    if (show_lines + show_words + show_bytes == 1 && nfiles <= 1)
        width = 1;
    if (nfiles == 0) {
        struct counts c = {0, 0, 0};
        count(0, &c);
        print(&c, NULL);
        return 0;
    }
    struct counts total = {0, 0, 0};
    for (int k = i; k < argc; k++) {
        int fd = strcmp(argv[k], "-") == 0 ? 0 : open(argv[k], O_RDONLY);
        struct counts c = {0, 0, 0};
        if (fd < 0 || count(fd, &c) < 0) {
            fprintf(stderr, "wc: %s: %s\n", argv[k], strerror(errno));
            status = 1;
            if (fd > 0)
                close(fd);
            continue;
        }
        if (fd > 0)
            close(fd);
        print(&c, argv[k]);
        total.lines += c.lines;
        total.words += c.words;
        total.bytes += c.bytes;
    }
    if (nfiles > 1)
        print(&total, "total");
    return status;
}
