/* echo -- print the arguments (GNU: -n no newline, -e interpret \ escapes, -E do not). */
#include "libc.h"

static int put_escaped(const char *s)
{
    for (; *s; s++) {
        if (*s != '\\' || !s[1]) {
            putchar(*s);
            continue;
        }
        s++;
        switch (*s) {
        case 'n': putchar('\n'); break;
        case 't': putchar('\t'); break;
        case 'r': putchar('\r'); break;
        case 'a': putchar('\a'); break;
        case 'b': putchar('\b'); break;
        case 'f': putchar('\f'); break;
        case 'v': putchar('\v'); break;
        case 'e': putchar(27); break;
        case '\\': putchar('\\'); break;
        case 'c': return 1;                 /* \c: stop output here */
        case '0': {
            int v = 0, k = 0;
            while (k < 3 && s[1] >= '0' && s[1] <= '7')
                v = v * 8 + (*++s - '0'), k++;
            putchar(v);
            break;
        }
        default: putchar('\\'); putchar(*s); break;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    int newline = 1, escapes = 0, i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *p = argv[i] + 1;
        if (strspn(p, "neE") != strlen(p))
            break;                          /* not an option: print it */
        for (; *p; p++) {
            if (*p == 'n') newline = 0;
            else if (*p == 'e') escapes = 1;
            else escapes = 0;
        }
    }
    for (int first = i; i < argc; i++) {
        if (i > first)
            putchar(' ');
        if (escapes ? put_escaped(argv[i]) : (fputs(argv[i], stdout), 0))
            return 0;
    }
    if (newline)
        putchar('\n');
    return 0;
}
