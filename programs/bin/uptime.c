/* uptime [-p | -s] -- how long the system has been running, as procps-ng 4's uptime prints it:
 * " HH:MM:SS up ..., N user,  load average: a, b, c" (the guest keeps no login records, so
 * there are 0 users; the clock is UTC). */
#include "proc.h"

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
    char line[256];
    uptime_line(line, sizeof line);
    printf(" %s\n", line);
    return 0;
}
