/* sleep NUMBER[SUFFIX]... -- pause for the sum of the intervals (s, m, h, d; fractions allowed),
 * with GNU coreutils' messages. */
#include "libc.h"

/* "1.5m" -> nanoseconds; -1 if it is not a time interval */
static long parse_interval(const char *s)
{
    long whole = 0, frac = 0, scale = 1000000000L;
    const char *p = s;
    int digits = 0;
    while (isdigit((unsigned char)*p)) {
        whole = whole * 10 + (*p++ - '0');
        digits++;
        if (whole > 100000000L)
            return -1;
    }
    if (*p == '.') {
        p++;
        long unit = 100000000L;
        while (isdigit((unsigned char)*p)) {
            frac += (*p++ - '0') * unit;
            unit /= 10;
            digits++;
        }
    }
    if (!digits)
        return -1;
    long mult = 1;
    if (*p == 's') p++;
    else if (*p == 'm') mult = 60, p++;
    else if (*p == 'h') mult = 3600, p++;
    else if (*p == 'd') mult = 86400, p++;
    if (*p)
        return -1;
    return (whole * scale + frac) * mult;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return 1;
    }
    long total = 0;
    for (int i = 1; i < argc; i++) {
        long ns = parse_interval(argv[i]);
        if (ns < 0) {
            fprintf(stderr, "sleep: invalid time interval '%s'\n"
                            "Try 'sleep --help' for more information.\n", argv[i]);
            return 1;
        }
        total += ns;
    }
    struct timespec req = {total / 1000000000L, total % 1000000000L};
    while (nanosleep(&req, &req) < 0 && errno == EINTR)
        ;
    return 0;
}
