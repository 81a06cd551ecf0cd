/* top -b [-n N] [-d SECONDS] -- the batch mode of procps-ng 4's top: a summary (uptime, tasks,
 * CPU, memory) and the processes sorted by %CPU, every SECONDS, N times; lines are cut at 80
 * columns.  %CPU is measured between frames (0.0 in the first). */
#include "proc.h"

#define HZ 100
#define WIDTH 80
#define MAX_PROCS 1024

struct proc {
    struct pstat st;
    long shared_kb;
    unsigned long prev_ticks;
    long pcpu_tenths;
};

static struct proc procs[MAX_PROCS];
static int nprocs;
static unsigned long prev_ticks[65536 / 16];   /* by pid (small pid space), for %CPU */

static void out_line(const char *text)
{
    printf("%.*s\n", WIDTH, text);
}

static int by_cpu(const void *a, const void *b)
{
    const struct proc *x = a, *y = b;
    return (int)(y->pcpu_tenths - x->pcpu_tenths);
}

static unsigned long long prev_cpu[8];      /* /proc/stat's cpu ticks at the last sample */

static void cpu_sample(unsigned long long *t)
{
    char *cpu = stat ? strstr(stat, "cpu ") : NULL;
    memset(t, 0, 8 * sizeof *t);
    if (cpu) {
        char *p = cpu + 4;
        for (int i = 0; i < 8; i++)
            t[i] = strtoull(p, &p, 10);
    }
    free(stat);
}

static void frame(int first, long elapsed_centis)
{
    char line[512], a[32], b[32], c[32], d[32];
    char *mem = read_text("/proc/meminfo", NULL);
    /* line 1: like uptime */
    char up_text[256];
    uptime_line(up_text, sizeof up_text);
    snprintf(line, sizeof line, "top - %s", up_text);
    out_line(line);
    /* tasks */
    int running = 0, sleeping = 0, stopped = 0, zombie = 0;
    for (int i = 0; i < nprocs; i++) {
        char s = procs[i].st.state;
        if (s == 'R') running++;
        else if (s == 'T' || s == 't') stopped++;
        else if (s == 'Z') zombie++;
        else sleeping++;
    }
    snprintf(line, sizeof line, "Tasks: %3d total, %3d running, %3d sleeping, %3d stopped, "
             "%3d zombie", nprocs, running, sleeping, stopped, zombie);
    out_line(line);
    /* CPU: the ticks since the last sample (the first frame's is taken when top starts, as
     * procps does, so it shows almost nothing but idle time); no ticks at all: 100% idle */
    unsigned long long now_cpu[8], t[8];
    cpu_sample(now_cpu);
    unsigned long long total = 0;
    for (int i = 0; i < 8; i++) {
        t[i] = now_cpu[i] - prev_cpu[i];
        total += t[i];
        prev_cpu[i] = now_cpu[i];
    }
    if (!total) {
        total = 1;
        t[3] = 1;
    }
    char v[8][16];
    for (int i = 0; i < 8; i++)
        fixed_point(v[i], sizeof v[i], t[i] * 100, total, 1);
    /* us sy ni id wa hi si st: /proc/stat's order is user nice system idle iowait irq softirq
     * steal */
    snprintf(line, sizeof line, "%%Cpu(s): %5s us, %5s sy, %5s ni, %5s id, %5s wa, %5s hi, "
             "%5s si, %5s st", v[0], v[2], v[1], v[3], v[4], v[5], v[6], v[7]);
    char *st_part = strstr(line, ", ") ? strrchr(line, ',') : NULL;
    if (st_part && (int)strlen(line) > WIDTH) {          /* st does not fit: top leaves it out */
        st_part[0] = ' ';
        st_part[1] = 0;
    }
    out_line(line);
    long total_kb = mem ? field_value(mem, "MemTotal") : 0, free_kb = mem ? field_value(mem, "MemFree") : 0;
    long avail = mem ? field_value(mem, "MemAvailable") : 0;
    long cache = mem ? field_value(mem, "Buffers") + field_value(mem, "Cached") +
                       field_value(mem, "SReclaimable") : 0;
    long swap_total = mem ? field_value(mem, "SwapTotal") : 0;
    long swap_free = mem ? field_value(mem, "SwapFree") : 0;
    if (avail < 0 || avail > total_kb)
        avail = free_kb;
    fixed_point(a, sizeof a, (unsigned long long)total_kb, 1024, 1);
    fixed_point(b, sizeof b, (unsigned long long)free_kb, 1024, 1);
    fixed_point(c, sizeof c, (unsigned long long)(total_kb - avail), 1024, 1);
    fixed_point(d, sizeof d, (unsigned long long)cache, 1024, 1);
    snprintf(line, sizeof line, "MiB Mem : %8s total, %8s free, %8s used, %8s buff/cache", a, b,
             c, d);
    printf("%-*.*s\n", WIDTH, WIDTH, line);
    fixed_point(a, sizeof a, (unsigned long long)swap_total, 1024, 1);
    fixed_point(b, sizeof b, (unsigned long long)swap_free, 1024, 1);
    fixed_point(c, sizeof c, (unsigned long long)(swap_total - swap_free), 1024, 1);
    fixed_point(d, sizeof d, (unsigned long long)avail, 1024, 1);
    snprintf(line, sizeof line, "MiB Swap: %8s total, %8s free, %8s used. %8s avail Mem ", a, b,
             c, d);
    out_line(line);
    out_line("");
    out_line("  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND");
    for (int i = 0; i < nprocs; i++) {
        struct proc *p = &procs[i];
        unsigned long ticks = p->st.utime + p->st.stime;
        p->pcpu_tenths = first || elapsed_centis <= 0 ? 0 :
                         (long)((ticks - p->prev_ticks) * 1000 / (unsigned long)elapsed_centis);
    }
    qsort(procs, (size_t)nprocs, sizeof procs[0], by_cpu);
    for (int i = 0; i < nprocs; i++) {
        struct proc *p = &procs[i];
        unsigned long ticks = p->st.utime + p->st.stime;
        char pcpu[16], pmem[16], timeplus[32];
        snprintf(pcpu, sizeof pcpu, "%ld.%ld", p->pcpu_tenths / 10, p->pcpu_tenths % 10);
        fixed_point(pmem, sizeof pmem, (unsigned long long)p->st.rss * 4 * 100,
                    (unsigned long long)(total_kb > 0 ? total_kb : 1), 1);
        snprintf(timeplus, sizeof timeplus, "%lu:%02lu.%02lu", ticks / HZ / 60, ticks / HZ % 60,
                 ticks % HZ);
        snprintf(line, sizeof line, "%5d %-8s %3ld %3ld %7lu %6ld %6ld %c %5s %5s %9s %s",
                 p->st.pid, "root", p->st.priority, p->st.nice, p->st.vsize / 1024,
                 p->st.rss * 4, p->shared_kb, p->st.state, pcpu, pmem, timeplus, p->st.comm);
        out_line(line);
    }
    fflush(stdout);
    free(mem);
}

static void scan(void)
{
    nprocs = 0;
    DIR *dir = opendir("/proc");
    struct dirent *e;
    while (dir && (e = readdir(dir)) != NULL && nprocs < MAX_PROCS) {
        if (!is_pid_name(e->d_name))
            continue;
        char path[64];
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        char *text = read_text(path, NULL);
        if (!text)
            continue;
        struct proc *p = &procs[nprocs];
        if (parse_stat(text, &p->st) == 0) {
            snprintf(path, sizeof path, "/proc/%s/statm", e->d_name);
            char *statm = read_text(path, NULL);
            long shared = 0;
            if (statm) {
                char *q = statm;
                strtol(q, &q, 10);
                strtol(q, &q, 10);
                shared = strtol(q, NULL, 10);
                free(statm);
            }
            p->shared_kb = shared * 4;
            int slot = p->st.pid % (int)(sizeof prev_ticks / sizeof prev_ticks[0]);
            p->prev_ticks = prev_ticks[slot];
            nprocs++;
        }
        free(text);
    }
    if (dir)
        closedir(dir);
}

int main(int argc, char **argv)
{
    long frames = -1, delay = 3;
    int batch = 0;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "-b") == 0) batch = 1;
        else if (strcmp(a, "-n") == 0 && i + 1 < argc) frames = atol(argv[++i]);
        else if (strncmp(a, "-n", 2) == 0 && a[2]) frames = atol(a + 2);
        else if (strcmp(a, "-d") == 0 && i + 1 < argc) delay = atol(argv[++i]);
        else if (strncmp(a, "-d", 2) == 0 && a[2]) delay = atol(a + 2);
        else if (strcmp(a, "-bn1") == 0) batch = 1, frames = 1;
        else {
            fprintf(stderr, "top: unknown option '%s'\nUsage:\n  top -b [-n N] [-d SECONDS]\n",
                    a + 1);
            return 1;
        }
    }
    if (!batch)
        batch = 1;                                   /* the only mode pagelab's top has */
    if (delay < 1)
        delay = 1;
    cpu_sample(prev_cpu);
    for (long f = 0; frames < 0 || f < frames; f++) {
        if (f > 0) {
            sleep((unsigned)delay);
            putchar('\n');
        }
        scan();
        frame(f == 0, delay * 100);
        for (int i = 0; i < nprocs; i++)
            prev_ticks[procs[i].st.pid % (int)(sizeof prev_ticks / sizeof prev_ticks[0])] =
                procs[i].st.utime + procs[i].st.stime;
    }
    return 0;
}
