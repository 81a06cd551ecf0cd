/* free -- the amount of free and used memory, as procps-ng 4's free prints it.
 *
 *   free [-b|-k|-m|-g|--kilo|--mega|--giga|-h] [--si] [-w] [-t] [-s N] [-c N]
 *
 * From /proc/meminfo: used = MemTotal - MemAvailable (procps-ng 4's definition),
 * buff/cache = Buffers + Cached + SReclaimable, shared = Shmem, available = MemAvailable;
 * swap used = SwapTotal - SwapFree.  Values are KiB scaled by the chosen unit (truncated);
 * -h picks the largest unit that keeps a value within 4 characters plus the unit, as procps.
 */
#include "proc.h"

static int exponent = 2;                /* 1 bytes, 2 KiB, 3 MiB, ... */
static int human, si, wide, totals;

static const char *usage_text =
    "\n"
    "Usage:\n"
    " free [options]\n"
    "\n"
    "Options:\n"
    " -b, --bytes         show output in bytes\n"
    "     --kilo          show output in kilobytes\n"
    "     --mega          show output in megabytes\n"
    "     --giga          show output in gigabytes\n"
    "     --tera          show output in terabytes\n"
    "     --peta          show output in petabytes\n"
    " -k, --kibi          show output in kibibytes\n"
    " -m, --mebi          show output in mebibytes\n"
    " -g, --gibi          show output in gibibytes\n"
    "     --tebi          show output in tebibytes\n"
    "     --pebi          show output in pebibytes\n"
    " -h, --human         show human-readable output\n"
    "     --si            use powers of 1000 not 1024\n"
    " -l, --lohi          show detailed low and high memory statistics\n"
    " -t, --total         show total for RAM + swap\n"
    " -v, --committed     show committed memory and commit limit\n"
    " -s N, --seconds N   repeat printing every N seconds\n"
    " -c N, --count N     repeat printing N times, then exit\n"
    " -w, --wide          wide output\n"
    "\n"
    "     --help     display this help and exit\n"
    " -V, --version  output version information and exit\n"
    "\n"
    "For more details see free(1).\n";

static unsigned long long power(unsigned long long base, int n)
{
    unsigned long long v = 1;
    while (n-- > 0)
        v *= base;
    return v;
}

/* procps's scale_size: `kib` KiB in the chosen unit */
static const char *scale(unsigned long kib)
{
    static char buf[64];
    static const char units[] = "BKMGTP";
    unsigned long long base = si ? 1000 : 1024, bytes = (unsigned long long)kib * 1024;
    if (!human) {
        if (exponent == 1)
            snprintf(buf, sizeof buf, "%lu", (unsigned long)bytes);
        else
            snprintf(buf, sizeof buf, "%lu", (unsigned long)(bytes / power(base, exponent - 1)));
        return buf;
    }
    if (snprintf(buf, sizeof buf, "%luB", (unsigned long)bytes) <= 4)
        return buf;
    for (int i = 1; units[i]; i++) {
        unsigned long long div = power(base, i);
        unsigned long long tenths = (bytes * 10 + div / 2) / div;     /* %.1f */
        int limit = si ? 4 : 5;
        if (snprintf(buf, sizeof buf, "%lu.%lu%c%s", (unsigned long)(tenths / 10),
                     (unsigned long)(tenths % 10), units[i], si ? "" : "i") <= limit)
            return buf;
        if (snprintf(buf, sizeof buf, "%lu%c%s", (unsigned long)(bytes / div), units[i],
                     si ? "" : "i") <= limit)
            return buf;
    }
    return buf;
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "free: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", usage_text);
    return 1;
}

static int show(void)
{
    char *m = read_text("/proc/meminfo", NULL);
    if (!m) {
        fprintf(stderr, "free: Unable to create meminfo structure\n");
        return 1;
    }
    long total = field_value(m, "MemTotal"), mfree = field_value(m, "MemFree");
    long buffers = field_value(m, "Buffers"), cached = field_value(m, "Cached");
    long reclaim = field_value(m, "SReclaimable"), shmem = field_value(m, "Shmem");
    long avail = field_value(m, "MemAvailable"), swap_total = field_value(m, "SwapTotal");
    long swap_free = field_value(m, "SwapFree");
    free(m);
#define CLAMP(x) ((x) < 0 ? 0 : (x))
    buffers = CLAMP(buffers);
    cached = CLAMP(cached) + CLAMP(reclaim);
    shmem = CLAMP(shmem);
    swap_total = CLAMP(swap_total);
    swap_free = CLAMP(swap_free);
    if (avail < 0 || avail > total)
        avail = mfree;
    long used = total - avail;
    if (used < 0)
        used = total - mfree;
    if (wide)
        printf("               total        used        free      shared     buffers       cache"
               "   available\n");
    else
        printf("               total        used        free      shared  buff/cache   available\n");
    printf("%-9s%11s", "Mem:", scale((unsigned long)total));
    printf(" %11s", scale((unsigned long)used));
    printf(" %11s", scale((unsigned long)mfree));
    printf(" %11s", scale((unsigned long)shmem));
    if (wide) {
        printf(" %11s", scale((unsigned long)buffers));
        printf(" %11s", scale((unsigned long)cached));
    } else {
        printf(" %11s", scale((unsigned long)(buffers + cached)));
    }
    printf(" %11s\n", scale((unsigned long)avail));
    printf("%-9s%11s", "Swap:", scale((unsigned long)swap_total));
    printf(" %11s", scale((unsigned long)(swap_total - swap_free)));
    printf(" %11s\n", scale((unsigned long)swap_free));
    if (totals) {
        printf("%-9s%11s", "Total:", scale((unsigned long)(total + swap_total)));
        printf(" %11s", scale((unsigned long)(used + swap_total - swap_free)));
        printf(" %11s\n", scale((unsigned long)(mfree + swap_free)));
    }
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"bytes", no_argument, NULL, 'b'}, {"kilo", no_argument, NULL, 1},
        {"mega", no_argument, NULL, 2}, {"giga", no_argument, NULL, 3},
        {"tera", no_argument, NULL, 4}, {"peta", no_argument, NULL, 5},
        {"kibi", no_argument, NULL, 'k'}, {"mebi", no_argument, NULL, 'm'},
        {"gibi", no_argument, NULL, 'g'}, {"tebi", no_argument, NULL, 6},
        {"pebi", no_argument, NULL, 7}, {"human", no_argument, NULL, 'h'},
        {"si", no_argument, NULL, 8}, {"total", no_argument, NULL, 't'},
        {"seconds", required_argument, NULL, 's'}, {"count", required_argument, NULL, 'c'},
        {"wide", no_argument, NULL, 'w'}, {"help", no_argument, NULL, 9},
        {NULL, 0, NULL, 0},
    };
    long seconds = -1, count = -1;
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, "bkmghltvs:c:wV", longopts, NULL)) != -1) {
        switch (opt) {
        case 'b': exponent = 1; break;
        case 'k': exponent = 2; break;
        case 'm': exponent = 3; break;
        case 'g': exponent = 4; break;
        case 1: exponent = 2; si = 1; break;
        case 2: exponent = 3; si = 1; break;
        case 3: exponent = 4; si = 1; break;
        case 4: exponent = 5; si = 1; break;
        case 5: exponent = 6; si = 1; break;
        case 6: exponent = 5; break;
        case 7: exponent = 6; break;
        case 'h': human = 1; break;
        case 8: si = 1; break;
        case 't': totals = 1; break;
        case 'w': wide = 1; break;
        case 'l': case 'v': break;
        case 's':
            seconds = strtol(optarg, NULL, 10);
            if (seconds < 1)
                return usage_error("seconds argument '%s' is not positive number", optarg);
            break;
        case 'c':
            count = strtol(optarg, NULL, 10);
            if (count < 1)
                return usage_error("failed to parse count argument: '%s'", optarg);
            break;
        case 9: fputs(usage_text, stdout); return 0;
        case 'V': puts("free from procps-ng 4.0.2 (pagelab)"); return 0;
        default: {
            char option[2] = {(char)optopt, 0};
            if (optopt)
                return usage_error("invalid option -- '%s'", option);
            return usage_error("unrecognized option '%s'", argv[optind - 1]);
        }
        }
    }
    if (optind < argc)
        return usage_error("unrecognized option '%s'", argv[optind]);
    if (count > 0 && seconds < 0)
        seconds = 1;
    for (long i = 0;; i++) {
        if (show())
            return 1;
        if (seconds < 0 || (count > 0 && i + 1 >= count))
            break;
        putchar('\n');
        fflush(stdout);
        sleep((unsigned)seconds);
    }
    return 0;
}
