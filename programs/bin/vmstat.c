/* vmstat -- virtual memory statistics, as procps-ng 4's vmstat prints them.
 *
 *   vmstat [-a] [-n] [-w] [-y] [-S k|K|m|M] [delay [count]]
 *   vmstat -s [-S unit]        event counters and memory totals
 *   vmstat -f                  forks since boot
 *
 * The first line averages since boot (rates divided by the uptime); each later line covers the
 * last `delay` seconds.  Sources: /proc/meminfo, /proc/stat, /proc/vmstat, /proc/uptime.
 */
#include "proc.h"

static const char *usage_text =
    "\n"
    "Usage:\n"
    " vmstat [options] [delay [count]]\n"
    "\n"
    "Options:\n"
    " -a, --active           active/inactive memory\n"
    " -f, --forks            number of forks since boot\n"
    " -m, --slabs            slabinfo\n"
    " -n, --one-header       do not redisplay header\n"
    " -s, --stats            event counter statistics\n"
    " -d, --disk             disk statistics\n"
    " -D, --disk-sum         summarize disk statistics\n"
    " -p, --partition <dev>  partition specific statistics\n"
    " -S, --unit <char>      define display unit\n"
    " -w, --wide             wide output\n"
    " -t, --timestamp        show timestamp\n"
    " -y, --no-first         skips first line of output\n"
    "\n"
    " -h, --help     display this help and exit\n"
    " -V, --version  output version information and exit\n"
    "\n"
    "For more details see vmstat(8).\n";

static unsigned long data_unit = 1024;
static char unit_name[2] = "K";
static int a_option, w_option, y_option, one_header;

struct sample {
    unsigned long long user, nice, sys, idle, iowait, irq, softirq, steal, guest, guest_nice;
    unsigned long running, blocked, intr, ctxt, btime, forks;
    unsigned long pgpgin, pgpgout, pswpin, pswpout;
    unsigned long mem_total, mem_free, mem_avail, buffers, cached, active, inactive;
    unsigned long swap_total, swap_free;
};

static unsigned long convert(unsigned long kb) { return (unsigned long)(kb * 1024 / data_unit); }

static unsigned long stat_value(const char *text, const char *name)
{
    size_t n = strlen(name);
    for (const char *line = text; line && *line;) {
        if (strncmp(line, name, n) == 0 && line[n] == ' ')
            return strtoul(line + n + 1, NULL, 10);
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    return 0;
}

static unsigned long meminfo_value(const char *text, const char *name)
{
    long v = field_value(text, name);
    return v < 0 ? 0 : (unsigned long)v;
}

static int take(struct sample *s)
{
    memset(s, 0, sizeof *s);
    char *stat = read_text("/proc/stat", NULL);
    char *vm = read_text("/proc/vmstat", NULL);
    char *mem = read_text("/proc/meminfo", NULL);
    if (!stat || !vm || !mem) {
        fprintf(stderr, "vmstat: Unable to create %s structure\n",
                !vm ? "vmstat" : !stat ? "system stat" : "meminfo");
        exit(1);
    }
    char *cpu = strstr(stat, "cpu ");
    if (cpu) {
        unsigned long long *t[] = {&s->user, &s->nice, &s->sys, &s->idle, &s->iowait, &s->irq,
                                   &s->softirq, &s->steal, &s->guest, &s->guest_nice};
        char *p = cpu + 4;
        for (int i = 0; i < 10; i++)
            *t[i] = strtoull(p, &p, 10);
    }
    s->running = stat_value(stat, "procs_running");
    s->blocked = stat_value(stat, "procs_blocked");
    s->intr = stat_value(stat, "intr");
    s->ctxt = stat_value(stat, "ctxt");
    s->btime = stat_value(stat, "btime");
    s->forks = stat_value(stat, "processes");
    s->pgpgin = stat_value(vm, "pgpgin");
    s->pgpgout = stat_value(vm, "pgpgout");
    s->pswpin = stat_value(vm, "pswpin");
    s->pswpout = stat_value(vm, "pswpout");
    s->mem_total = meminfo_value(mem, "MemTotal");
    s->mem_free = meminfo_value(mem, "MemFree");
    long avail = field_value(mem, "MemAvailable");
    s->mem_avail = avail < 0 || (unsigned long)avail > s->mem_total ? s->mem_free
                                                                     : (unsigned long)avail;
    s->buffers = meminfo_value(mem, "Buffers");
    s->cached = meminfo_value(mem, "Cached") + meminfo_value(mem, "SReclaimable");
    s->active = meminfo_value(mem, "Active");
    s->inactive = meminfo_value(mem, "Inactive");
    s->swap_total = meminfo_value(mem, "SwapTotal");
    s->swap_free = meminfo_value(mem, "SwapFree");
    free(stat);
    free(vm);
    free(mem);
    return 0;
}

static void header(void)
{
    if (w_option)
        printf("--procs-- -----------------------memory---------------------- ---swap-- "
               "-----io---- -system-- --------cpu--------\n");
    else
        printf("procs -----------memory---------- ---swap-- -----io---- -system-- "
               "------cpu-----\n");
    static const char *names[] = {"r", "b", "swpd", "free", "buff", "cache", "si", "so", "bi",
                                  "bo", "in", "cs", "us", "sy", "id", "wa", "st"};
    static const int width[] = {2, 2, 6, 6, 6, 6, 4, 4, 5, 5, 4, 4, 2, 2, 2, 2, 2};
    static const int wide[] = {4, 4, 12, 12, 12, 12, 4, 4, 5, 5, 4, 4, 3, 3, 3, 3, 3};
    for (int i = 0; i < 17; i++) {
        const char *name = names[i];
        if (a_option && i == 4) name = "inact";
        if (a_option && i == 5) name = "active";
        printf("%*s%s", w_option ? wide[i] : width[i], name, i < 16 ? " " : "\n");
    }
}

/* one line of numbers; a value wider than its column just pushes the rest right */
static void line(unsigned long *v)
{
    static const int width[] = {2, 2, 6, 6, 6, 6, 4, 4, 5, 5, 4, 4, 2, 2, 2, 2, 2};
    static const int wide[] = {4, 4, 12, 12, 12, 12, 4, 4, 5, 5, 4, 4, 3, 3, 3, 3, 3};
    for (int i = 0; i < 17; i++)
        printf("%*lu%s", w_option ? wide[i] : width[i], v[i], i < 16 ? " " : "\n");
    fflush(stdout);
}

static void memory_columns(struct sample *s, unsigned long *v)
{
    v[0] = s->running;
    v[1] = s->blocked;
    v[2] = convert(s->swap_total - s->swap_free);
    v[3] = convert(s->mem_free);
    v[4] = convert(a_option ? s->inactive : s->buffers);
    v[5] = convert(a_option ? s->active : s->cached);
}

static void cpu_columns(long long use, long long sys, long long idl, long long iow,
                        long long sto, unsigned long *v)
{
    long long div = use + sys + idl + iow + sto;
    if (!div) {
        div = 1;
        idl = 1;
    }
    long long half = div / 2;
    v[12] = (unsigned long)((100 * use + half) / div);
    v[13] = (unsigned long)((100 * sys + half) / div);
    v[14] = (unsigned long)((100 * idl + half) / div);
    v[15] = (unsigned long)((100 * iow + half) / div);
    v[16] = (unsigned long)((100 * sto + half) / div);
}

static void sum_format(void)
{
    struct sample s;
    take(&s);
    const char *u = unit_name;
    printf("%13lu %s total memory\n", convert(s.mem_total), u);
    printf("%13lu %s used memory\n", convert(s.mem_total - s.mem_avail), u);
    printf("%13lu %s active memory\n", convert(s.active), u);
    printf("%13lu %s inactive memory\n", convert(s.inactive), u);
    printf("%13lu %s free memory\n", convert(s.mem_free), u);
    printf("%13lu %s buffer memory\n", convert(s.buffers), u);
    printf("%13lu %s swap cache\n", convert(s.cached), u);
    printf("%13lu %s total swap\n", convert(s.swap_total), u);
    printf("%13lu %s used swap\n", convert(s.swap_total - s.swap_free), u);
    printf("%13lu %s free swap\n", convert(s.swap_free), u);
    printf("%13llu non-nice user cpu ticks\n", s.user);
    printf("%13llu nice user cpu ticks\n", s.nice);
    printf("%13llu system cpu ticks\n", s.sys);
    printf("%13llu idle cpu ticks\n", s.idle);
    printf("%13llu IO-wait cpu ticks\n", s.iowait);
    printf("%13llu IRQ cpu ticks\n", s.irq);
    printf("%13llu softirq cpu ticks\n", s.softirq);
    printf("%13llu stolen cpu ticks\n", s.steal);
    printf("%13llu non-nice guest cpu ticks\n", s.guest);
    printf("%13llu nice guest cpu ticks\n", s.guest_nice);
    printf("%13lu K paged in\n", s.pgpgin);
    printf("%13lu K paged out\n", s.pgpgout);
    printf("%13lu pages swapped in\n", s.pswpin);
    printf("%13lu pages swapped out\n", s.pswpout);
    printf("%13lu interrupts\n", s.intr);
    printf("%13lu CPU context switches\n", s.ctxt);
    printf("%13lu boot time\n", s.btime);
    printf("%13lu forks\n", s.forks);
}

static int usage(FILE *out)
{
    fputs(usage_text, out);
    return out == stderr ? 1 : 0;
}

static long parse_number(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno) {
        fprintf(stderr, "vmstat: failed to parse argument: '%s'\n", s);
        exit(1);
    }
    return v;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"active", no_argument, NULL, 'a'}, {"forks", no_argument, NULL, 'f'},
        {"one-header", no_argument, NULL, 'n'}, {"stats", no_argument, NULL, 's'},
        {"unit", required_argument, NULL, 'S'}, {"wide", no_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
        {"no-first", no_argument, NULL, 'y'}, {NULL, 0, NULL, 0},
    };
    int stats = 0, forks = 0, opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, "afnsS:whVy", longopts, NULL)) != -1) {
        switch (opt) {
        case 'a': a_option = 1; break;
        case 'f': forks = 1; break;
        case 'n': one_header = 1; break;
        case 's': stats = 1; break;
        case 'w': w_option = 1; break;
        case 'y': y_option = 1; break;
        case 'h': return usage(stdout);
        case 'V': puts("vmstat from procps-ng 4.0.2 (pagelab)"); return 0;
        case 'S':
            switch (optarg[0]) {
            case 'b': case 'B': data_unit = 1; break;
            case 'k': data_unit = 1000; break;
            case 'K': data_unit = 1024; break;
            case 'm': data_unit = 1000000; break;
            case 'M': data_unit = 1048576; break;
            default:
                fprintf(stderr, "vmstat: -S requires k, K, m or M (default is KiB)\n");
                return 1;
            }
            unit_name[0] = optarg[0];
            break;
        default:
            if (optopt)
                fprintf(stderr, "vmstat: invalid option -- '%c'\n", optopt);
            else
                fprintf(stderr, "vmstat: unrecognized option '%s'\n", argv[optind - 1]);
            return usage(stderr);
        }
    }
    if (forks) {
        struct sample s;
        take(&s);
        printf("%13lu forks\n", s.forks);
        return 0;
    }
    long delay = 1, count = 1;
    int infinite = 0;
    if (optind < argc) {
        delay = parse_number(argv[optind++]);
        if (delay < 1) {
            fprintf(stderr, "vmstat: delay must be positive integer\n");
            return 1;
        }
        infinite = 1;
    }
    if (optind < argc) {
        count = parse_number(argv[optind++]);
        infinite = 0;
    }
    if (optind < argc)
        return usage(stderr);
    if (stats) {
        sum_format();
        return 0;
    }
    unsigned long v[17];
    struct sample prev, cur;
    take(&prev);
    long centis = uptime_centis();
    if (centis == 0)
        centis = 100;
    header();
    if (!y_option) {
        memory_columns(&prev, v);
        v[6] = (unsigned long)(convert(prev.pswpin * 4) * 100 / (unsigned long)centis);
        v[7] = (unsigned long)(convert(prev.pswpout * 4) * 100 / (unsigned long)centis);
        v[8] = (unsigned long)(prev.pgpgin * 100 / (unsigned long)centis);
        v[9] = (unsigned long)(prev.pgpgout * 100 / (unsigned long)centis);
        v[10] = (unsigned long)(prev.intr * 100 / (unsigned long)centis);
        v[11] = (unsigned long)(prev.ctxt * 100 / (unsigned long)centis);
        long long guest = (long long)(prev.guest + prev.guest_nice);
        long long use = (long long)(prev.user + prev.nice);
        use = use >= guest ? use - guest : 0;
        cpu_columns(use, (long long)(prev.sys + prev.irq + prev.softirq), (long long)prev.idle,
                    (long long)prev.iowait, (long long)prev.steal, v);
        line(v);
    } else {
        count++;
    }
    for (long i = 1; infinite || i < count; i++) {
        sleep((unsigned)delay);
        if (!one_header && i % 22 == 0)
            header();
        take(&cur);
        unsigned long half = (unsigned long)delay / 2;
        memory_columns(&cur, v);
        v[6] = (convert((cur.pswpin - prev.pswpin) * 4) + half) / (unsigned long)delay;
        v[7] = (convert((cur.pswpout - prev.pswpout) * 4) + half) / (unsigned long)delay;
        v[8] = (cur.pgpgin - prev.pgpgin + half) / (unsigned long)delay;
        v[9] = (cur.pgpgout - prev.pgpgout + half) / (unsigned long)delay;
        v[10] = (cur.intr - prev.intr + half) / (unsigned long)delay;
        v[11] = (cur.ctxt - prev.ctxt + half) / (unsigned long)delay;
        long long guest = (long long)(cur.guest + cur.guest_nice - prev.guest - prev.guest_nice);
        long long use = (long long)(cur.user + cur.nice - prev.user - prev.nice);
        use = use >= guest ? use - guest : 0;
        cpu_columns(use, (long long)(cur.sys + cur.irq + cur.softirq - prev.sys - prev.irq -
                                     prev.softirq),
                    (long long)(cur.idle - prev.idle), (long long)(cur.iowait - prev.iowait),
                    (long long)(cur.steal - prev.steal), v);
        line(v);
        prev = cur;
    }
    return 0;
}
