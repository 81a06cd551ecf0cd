/* uptime [-p | -s] -- how long the system has been running, as procps-ng 4's uptime prints it:
 * " HH:MM:SS up ..., N user,  load average: a, b, c" (the guest keeps no login records, so
 * there are 0 users; the clock is UTC). */
#include "proc.h"

static void civil(long days, long *y, int *m, int *d)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* "0.05 0.10 0.00 ..." -> hundredths */
static void load_averages(long *v)
{
    char *text = read_text("/proc/loadavg", NULL);
    char *p = text;
    for (int i = 0; i < 3; i++) {
        v[i] = 0;
        if (!p)
            continue;
        long whole = strtol(p, &p, 10), frac = 0;
        if (*p == '.') {
            p++;
            frac = (isdigit((unsigned char)p[0]) ? (p[0] - '0') * 10 : 0) +
                   (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) ? p[1] - '0' : 0);
            while (isdigit((unsigned char)*p))
                p++;
        }
        v[i] = whole * 100 + frac;
    }
    free(text);
}

static void pretty(long up)
{
    long years = up / (60 * 60 * 24 * 365), rest = up % (60 * 60 * 24 * 365);
    long weeks = rest / (60 * 60 * 24 * 7);
    rest %= 60 * 60 * 24 * 7;
    long days = rest / (60 * 60 * 24);
    rest %= 60 * 60 * 24;
    long hours = rest / 3600, minutes = rest / 60 % 60;
    const char *sep = "";
    printf("up ");
    if (years) { printf("%ld %s", years, years > 1 ? "years" : "year"); sep = ", "; }
    if (weeks) { printf("%s%ld %s", sep, weeks, weeks > 1 ? "weeks" : "week"); sep = ", "; }
    if (days) { printf("%s%ld %s", sep, days, days > 1 ? "days" : "day"); sep = ", "; }
    if (hours) { printf("%s%ld %s", sep, hours, hours > 1 ? "hours" : "hour"); sep = ", "; }
    if (minutes || !*sep)
        printf("%s%ld %s", sep, minutes, minutes != 1 ? "minutes" : "minute");
    putchar('\n');
}

int main(int argc, char **argv)
{
    int opt_p = 0, opt_s = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-p") == 0 || strcmp(argv[i], "--pretty") == 0)
            opt_p = 1;
        else if (strcmp(argv[i], "-s") == 0 || strcmp(argv[i], "--since") == 0)
            opt_s = 1;
        else {
            fprintf(stderr, "uptime: invalid option -- '%s'\n\nUsage:\n uptime [options]\n\n"
                            "Options:\n -p, --pretty   show uptime in pretty format\n"
                            " -h, --help     display this help and exit\n"
                            " -s, --since    system up since\n"
                            " -V, --version  output version information and exit\n\n"
                            "For more details see uptime(1).\n", argv[i] + 1);
            return 1;
        }
    }
    long up = uptime_centis() / 100, now = time(NULL), y;
    int m, d;
    if (opt_s) {
        long since = now - up;
        civil(since / 86400, &y, &m, &d);
        printf("%04ld-%02d-%02d %02ld:%02ld:%02ld\n", y, m, d, since / 3600 % 24,
               since / 60 % 60, since % 60);
        return 0;
    }
    if (opt_p) {
        pretty(up);
        return 0;
    }
    printf(" %02ld:%02ld:%02ld up ", now / 3600 % 24, now / 60 % 60, now % 60);
    long days = up / 86400, hours = up / 3600 % 24, minutes = up / 60 % 60;
    if (days)
        printf("%ld %s, ", days, days > 1 ? "days" : "day");
    if (hours)
        printf("%2ld:%02ld, ", hours, minutes);
    else
        printf("%ld min, ", minutes);
    long load[3];
    load_averages(load);
    printf(" 0 user,  load average: %ld.%02ld, %ld.%02ld, %ld.%02ld\n", load[0] / 100,
           load[0] % 100, load[1] / 100, load[1] % 100, load[2] / 100, load[2] % 100);
    return 0;
}
