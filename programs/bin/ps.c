/* ps -- report a snapshot of the processes, as procps-ng 4's ps prints it.
 *
 *   ps [-e|-A] [-f] [-p PID[,PID...]] [-o FORMAT]... [--sort [+|-]KEY[,...]] [--no-headers]
 *   ps aux
 *
 * FORMAT keys: pid ppid pgid sid tty tname time bsdtime etime cmd args command comm ucmd
 * vsz rss sz min_flt maj_flt stat s user uid c stime start pcpu %cpu pmem %mem nlwp pri ni;
 * `key=Header` renames a column (an empty header hides the header line when all are empty).
 * Columns are separated by one space, numbers right-aligned, text left-aligned; the last column
 * is cut at 80 characters (ps's width when its output is not a terminal).  Processes are listed
 * in /proc's order (ascending pid) unless --sort says otherwise.
 */
#include "proc.h"

#define HZ 100
#define SCREEN 80

struct proc {
    struct pstat st;
    char *cmdline;             /* arguments joined by spaces; "" for a kernel thread / none */
    unsigned uid;
    long vm_lock;              /* VmLck in kB */
    long order;                /* position in /proc */
};

static long mem_total_kb;
static long now_centis;        /* uptime */
static long boot_time;         /* btime */
static long wall_now;

enum kind { NUM, TEXT };
struct key {
    const char *name;
    const char *header;
    int width;
    int right;
    int kind;
    void (*format)(struct proc *p, char *out, size_t size);
    long (*number)(struct proc *p);         /* for sorting numeric columns */
};

static long total_ticks(struct proc *p) { return (long)(p->st.utime + p->st.stime); }

static long pcpu_permille(struct proc *p)
{
    /* CPU time over the time since the process started (ticks are hundredths: HZ 100) */
    long elapsed = now_centis - (long)(p->st.starttime * 100 / HZ);
    if (elapsed <= 0)
        return 0;
    long v = total_ticks(p) * (100 / HZ) * 1000 / elapsed;
    return v > 999 ? 999 : v;
}

static long pmem_permille(struct proc *p)
{
    if (mem_total_kb <= 0)
        return 0;
    long v = p->st.rss * 4 * 1000 / mem_total_kb;
    return v > 999 ? 999 : v;
}

static void f_long(char *out, size_t size, long v) { snprintf(out, size, "%ld", v); }

#define NUMBER(fn, expr) \
    static long n_##fn(struct proc *p) { return (long)(expr); } \
    static void f_##fn(struct proc *p, char *out, size_t size) { f_long(out, size, n_##fn(p)); }
NUMBER(pid, p->st.pid)
NUMBER(ppid, p->st.ppid)
NUMBER(pgid, p->st.pgrp)
NUMBER(sid, p->st.session)
NUMBER(vsz, p->st.vsize / 1024)
NUMBER(rss, p->st.rss * 4)
NUMBER(sz, p->st.vsize / 4096)
NUMBER(minflt, p->st.minflt)
NUMBER(majflt, p->st.majflt)
NUMBER(nlwp, p->st.num_threads)
NUMBER(ni, p->st.nice)
NUMBER(uid, p->uid)
NUMBER(c, pcpu_permille(p) / 10)
static long n_time(struct proc *p) { return total_ticks(p); }
static long n_start(struct proc *p) { return (long)p->st.starttime; }



static void f_permille(long v, char *out, size_t size)
{
    snprintf(out, size, "%ld.%ld", v / 10, v % 10);
}
static void f_pcpu(struct proc *p, char *out, size_t size) { f_permille(pcpu_permille(p), out, size); }
static void f_pmem(struct proc *p, char *out, size_t size) { f_permille(pmem_permille(p), out, size); }
static long n_pcpu(struct proc *p) { return pcpu_permille(p); }
static long n_pmem(struct proc *p) { return pmem_permille(p); }

static void f_tty(struct proc *p, char *out, size_t size)
{
    int major = (p->st.tty_nr >> 8) & 0xfff, minor = (p->st.tty_nr & 0xff) |
                                                     ((p->st.tty_nr >> 12) & 0xfff00);
    if (p->st.tty_nr == 0)
        snprintf(out, size, "?");
    else if (major == 136)
        snprintf(out, size, "pts/%d", minor);
    else if (major == 4)
        snprintf(out, size, "tty%d", minor);
    else if (major == 5 && minor == 1)
        snprintf(out, size, "console");
    else
        snprintf(out, size, "%d,%d", major, minor);
}

static void f_time(struct proc *p, char *out, size_t size)
{
    long t = total_ticks(p) / HZ;
    if (t >= 86400)
        snprintf(out, size, "%ld-%02ld:%02ld:%02ld", t / 86400, t / 3600 % 24, t / 60 % 60, t % 60);
    else
        snprintf(out, size, "%02ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
}

static void f_bsdtime(struct proc *p, char *out, size_t size)
{
    long t = total_ticks(p) / HZ;
    snprintf(out, size, "%ld:%02ld", t / 60, t % 60);
}

static void f_etime(struct proc *p, char *out, size_t size)
{
    long t = now_centis / 100 - (long)(p->st.starttime / HZ);
    if (t < 0)
        t = 0;
    if (t >= 86400)
        snprintf(out, size, "%ld-%02ld:%02ld:%02ld", t / 86400, t / 3600 % 24, t / 60 % 60, t % 60);
    else if (t >= 3600)
        snprintf(out, size, "%02ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(out, size, "%02ld:%02ld", t / 60, t % 60);
}

static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                      "Sep", "Oct", "Nov", "Dec"};

/* STIME / START: the time of day within the last 24 hours, else month and day within the
 * year, else the year (UTC: the guest has no time zone). */
static void f_stime(struct proc *p, char *out, size_t size)
{
    long start = boot_time + (long)(p->st.starttime / HZ), y;
    int m, d;
    civil(start / 86400, &y, &m, &d);
    if (wall_now - start < 86400)
        snprintf(out, size, "%02ld:%02ld", start / 3600 % 24, start / 60 % 60);
    else if (wall_now - start < 365L * 86400)
        snprintf(out, size, "%s%02d", months[m - 1], d);
    else
        snprintf(out, size, "%ld", y);
}

static void f_stat(struct proc *p, char *out, size_t size)
{
    size_t n = 0;
    out[n++] = p->st.state;
    if (p->st.nice < 0) out[n++] = '<';
    else if (p->st.nice > 0) out[n++] = 'N';
    if (p->vm_lock > 0) out[n++] = 'L';
    if (p->st.session == p->st.pid) out[n++] = 's';
    if (p->st.num_threads > 1) out[n++] = 'l';
    if (p->st.tpgid != -1 && p->st.tpgid == p->st.pgrp) out[n++] = '+';
    out[n] = 0;
    (void)size;
}

static void f_state(struct proc *p, char *out, size_t size) { snprintf(out, size, "%c", p->st.state); }
static void f_comm(struct proc *p, char *out, size_t size) { snprintf(out, size, "%s", p->st.comm); }

static void f_args(struct proc *p, char *out, size_t size)
{
    if (p->cmdline[0])
        snprintf(out, size, "%s", p->cmdline);
    else
        snprintf(out, size, "[%s]", p->st.comm);
}

static void f_user(struct proc *p, char *out, size_t size)
{
    if (p->uid == 0)
        snprintf(out, size, "root");
    else
        snprintf(out, size, "%u", p->uid);
}

static const struct key keys[] = {
    {"pid", "PID", 5, 1, NUM, f_pid, n_pid},
    {"ppid", "PPID", 5, 1, NUM, f_ppid, n_ppid},
    {"pgid", "PGID", 5, 1, NUM, f_pgid, n_pgid},
    {"pgrp", "PGRP", 5, 1, NUM, f_pgid, n_pgid},
    {"sid", "SID", 5, 1, NUM, f_sid, n_sid},
    {"sess", "SESS", 5, 1, NUM, f_sid, n_sid},
    {"tty", "TT", 8, 0, TEXT, f_tty, NULL},
    {"tt", "TT", 8, 0, TEXT, f_tty, NULL},
    {"tname", "TTY", 8, 0, TEXT, f_tty, NULL},
    {"time", "TIME", 8, 1, NUM, f_time, n_time},
    {"cputime", "TIME", 8, 1, NUM, f_time, n_time},
    {"bsdtime", "TIME", 6, 1, NUM, f_bsdtime, n_time},
    {"etime", "ELAPSED", 11, 1, NUM, f_etime, n_start},
    {"cmd", "CMD", 0, 0, TEXT, f_args, NULL},
    {"args", "COMMAND", 0, 0, TEXT, f_args, NULL},
    {"command", "COMMAND", 0, 0, TEXT, f_args, NULL},
    {"comm", "COMMAND", 15, 0, TEXT, f_comm, NULL},
    {"ucmd", "CMD", 15, 0, TEXT, f_comm, NULL},
    {"ucomm", "COMMAND", 15, 0, TEXT, f_comm, NULL},
    {"vsz", "VSZ", 6, 1, NUM, f_vsz, n_vsz},
    {"vsize", "VSZ", 6, 1, NUM, f_vsz, n_vsz},
    {"rss", "RSS", 5, 1, NUM, f_rss, n_rss},
    {"rssize", "RSS", 5, 1, NUM, f_rss, n_rss},
    {"rsz", "RSZ", 5, 1, NUM, f_rss, n_rss},
    {"sz", "SZ", 5, 1, NUM, f_sz, n_sz},
    {"min_flt", "MINFL", 6, 1, NUM, f_minflt, n_minflt},
    {"minflt", "MINFL", 6, 1, NUM, f_minflt, n_minflt},
    {"maj_flt", "MAJFL", 6, 1, NUM, f_majflt, n_majflt},
    {"majflt", "MAJFL", 6, 1, NUM, f_majflt, n_majflt},
    {"stat", "STAT", 4, 0, TEXT, f_stat, NULL},
    {"s", "S", 1, 0, TEXT, f_state, NULL},
    {"state", "S", 1, 0, TEXT, f_state, NULL},
    {"user", "USER", 8, 0, TEXT, f_user, NULL},
    {"euser", "EUSER", 8, 0, TEXT, f_user, NULL},
    {"uname", "USER", 8, 0, TEXT, f_user, NULL},
    {"uid", "UID", 5, 1, NUM, f_uid, n_uid},
    {"euid", "EUID", 5, 1, NUM, f_uid, n_uid},
    {"c", "C", 2, 1, NUM, f_c, n_c},
    {"stime", "STIME", 5, 1, NUM, f_stime, n_start},
    {"start_time", "START", 5, 1, NUM, f_stime, n_start},
    {"pcpu", "%CPU", 4, 1, NUM, f_pcpu, n_pcpu},
    {"%cpu", "%CPU", 4, 1, NUM, f_pcpu, n_pcpu},
    {"pmem", "%MEM", 4, 1, NUM, f_pmem, n_pmem},
    {"%mem", "%MEM", 4, 1, NUM, f_pmem, n_pmem},
    {"nlwp", "NLWP", 4, 1, NUM, f_nlwp, n_nlwp},
    {"ni", "NI", 3, 1, NUM, f_ni, n_ni},
    {"nice", "NI", 3, 1, NUM, f_ni, n_ni},
    {"uid_hack", "UID", 8, 0, TEXT, f_user, NULL},
    {NULL, NULL, 0, 0, 0, NULL, NULL},
};

struct column {
    const struct key *key;
    const char *header;
    int width;
};

#define MAX_COLUMNS 64
static struct column columns[MAX_COLUMNS];
static int ncolumns;

struct sort_key { const struct key *key; int descending; };
static struct sort_key sort_keys[16];
static int nsort;

static void usage_error(const char *message)
{
    fprintf(stderr, "error: %s\n\nUsage:\n ps [options]\n\n"
                    " Try 'ps --help <simple|list|output|threads|misc|all>'\n"
                    "  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\n"
                    "For more details see ps(1).\n", message);
    exit(1);
}

static const struct key *find_key(const char *name)
{
    for (const struct key *k = keys; k->name; k++)
        if (strcmp(k->name, name) == 0)
            return k;
    return NULL;
}

static void add_columns(const char *list)
{
    char *copy = strdup(list), *rest = copy, *item;
    while ((item = strsep(&rest, ",")) != NULL) {
        if (!*item)
            continue;
        char *eq = strchr(item, '=');
        const char *header_text = NULL;
        if (eq) {                         /* "key=Header": the header takes the rest of the
                                           * list; "key=" (empty) ends at the comma */
            *eq = 0;
            if (eq[1] || rest) {
                size_t at = (size_t)(eq - copy) + 1;
                if (list[at] && list[at] != ',') {
                    header_text = list + at;
                    rest = NULL;
                } else {
                    header_text = "";
                }
            } else {
                header_text = "";
            }
        }
        const struct key *k = find_key(item);
        if (!k) {
            char message[160];
            snprintf(message, sizeof message, "unknown user-defined format specifier \"%s\"",
                     item);
            usage_error(message);
        }
        if (ncolumns == MAX_COLUMNS)
            usage_error("too many output columns");
        const char *header = header_text ? header_text : k->header;
        int width = k->width;
        if ((int)strlen(header) > width)
            width = (int)strlen(header);
        columns[ncolumns++] = (struct column){k, header, width};
    }
}

static void add_sort(const char *list)
{
    char *copy = strdup(list), *rest = copy, *item;
    while ((item = strsep(&rest, ",")) != NULL) {
        int descending = 0;
        if (*item == '-' || *item == '+') {
            descending = *item == '-';
            item++;
        }
        const struct key *k = find_key(item);
        if (!k || nsort == 16)
            usage_error("unknown sort specifier");
        sort_keys[nsort++] = (struct sort_key){k, descending};
    }
}

static int compare(const void *a, const void *b)
{
    struct proc *x = *(struct proc *const *)a, *y = *(struct proc *const *)b;
    for (int i = 0; i < nsort; i++) {
        const struct key *k = sort_keys[i].key;
        int c;
        if (k->number) {
            long u = k->number(x), v = k->number(y);
            c = u < v ? -1 : u > v;
        } else {
            char s[512], t[512];
            k->format(x, s, sizeof s);
            k->format(y, t, sizeof t);
            c = strcmp(s, t);
        }
        if (c)
            return sort_keys[i].descending ? -c : c;
    }
    return 0;
}

static char line[4096];
static size_t line_len;
static int carry;              /* how far earlier columns overflowed: later ones give it back */

static void put(const char *text, int width, int right, int last)
{
    char cell[1024];
    int len = (int)strlen(text);
    while (carry > 0 && len < width) {
        width--;
        carry--;
    }
    if (last && !right)
        snprintf(cell, sizeof cell, "%s", text);
    else if (right)
        snprintf(cell, sizeof cell, "%*s", width, text);
    else
        snprintf(cell, sizeof cell, "%-*s", width, text);
    if (len > width)
        carry += len - width;
    size_t n = strlen(cell);
    if (line_len + n + 2 < sizeof line) {
        memcpy(line + line_len, cell, n);
        line_len += n;
    }
    if (!last)
        line[line_len++] = ' ';
}

static void end_line(void)
{
    if (line_len > SCREEN)
        line_len = SCREEN;
    line[line_len] = 0;
    puts(line);
    line_len = 0;
    carry = 0;
}

static int read_proc(const char *name, struct proc *p)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%s/stat", name);
    char *text = read_text(path, NULL);
    if (!text)
        return -1;
    int bad = parse_stat(text, &p->st);
    free(text);
    if (bad)
        return -1;
    snprintf(path, sizeof path, "/proc/%s/cmdline", name);
    size_t n = 0;
    text = read_text(path, &n);
    if (!text) {
        text = strdup("");
        n = 0;
    }
    while (n > 0 && text[n - 1] == 0)
        n--;
    for (size_t i = 0; i < n; i++)
        if (text[i] == 0 || text[i] == '\n' || text[i] == '\t')
            text[i] = ' ';
    text[n] = 0;
    p->cmdline = text;
    snprintf(path, sizeof path, "/proc/%s/status", name);
    text = read_text(path, NULL);
    p->uid = 0;
    p->vm_lock = 0;
    if (text) {
        long uid = field_value(text, "Uid");
        p->uid = uid > 0 ? (unsigned)uid : 0;
        long lck = field_value(text, "VmLck");
        p->vm_lock = lck > 0 ? lck : 0;
        free(text);
    }
    return 0;
}

static int in_list(int pid, const char *list)
{
    char *copy = strdup(list), *rest = copy, *item;
    int found = 0;
    while ((item = strsep(&rest, ", ")) != NULL)
        if (*item && atoi(item) == pid)
            found = 1;
    free(copy);
    return found;
}

int main(int argc, char **argv)
{
    int all = 0, full = 0, bsd_aux = 0, no_headers = 0;
    const char *pid_list = NULL;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "--sort") == 0) {
            if (++i >= argc)
                usage_error("unknown sort specifier");
            add_sort(argv[i]);
        } else if (strncmp(a, "--sort=", 7) == 0) {
            add_sort(a + 7);
        } else if (strcmp(a, "--no-headers") == 0 || strcmp(a, "--no-heading") == 0) {
            no_headers = 1;
        } else if (strncmp(a, "--pid=", 6) == 0) {
            pid_list = a + 6;
        } else if (a[0] == '-' && a[1] != '-') {
            for (char *o = a + 1; *o; o++) {
                if (*o == 'e' || *o == 'A') {
                    all = 1;
                } else if (*o == 'f') {
                    full = 1;
                } else if (*o == 'o' || *o == 'p') {
                    char *value = o[1] ? o + 1 : (i + 1 < argc ? argv[++i] : NULL);
                    if (!value)
                        usage_error(*o == 'o' ? "improper format list"
                                              : "list of process IDs must follow -p");
                    if (*o == 'o')
                        add_columns(value);
                    else
                        pid_list = value;
                    break;
                } else {
                    usage_error("unsupported SysV option");
                }
            }
        } else if (a[0] != '-' && strspn(a, "aux") == strlen(a)) {
            bsd_aux = 1;
            all = 1;
        } else {
            usage_error("unsupported option (BSD syntax)");
        }
    }
    if (ncolumns == 0) {
        if (bsd_aux)
            add_columns("user,pid,%cpu,%mem,vsz,rss,tname,stat,start_time,bsdtime,args");
        else if (full)
            add_columns("uid_hack,pid,ppid,c,stime,tname,time,cmd");
        else
            add_columns("pid,tname,time,ucmd");
    }
    if (bsd_aux) {                           /* aux's START header */
        for (int c = 0; c < ncolumns; c++)
            if (columns[c].key->format == f_stime)
                columns[c].header = "START";
    }

    char *meminfo = read_text("/proc/meminfo", NULL);
    mem_total_kb = meminfo ? field_value(meminfo, "MemTotal") : 0;
    free(meminfo);
    now_centis = uptime_centis();
    char *stat = read_text("/proc/stat", NULL);
    char *btime = stat ? strstr(stat, "btime ") : NULL;
    boot_time = btime ? atol(btime + 6) : 0;
    free(stat);
    wall_now = time(NULL);

    DIR *dir = opendir("/proc");
    if (!dir) {
        fprintf(stderr, "Error, do this: mount -t proc proc /proc\n");
        return 1;
    }
    int n = 0, cap = 64;
    struct proc **procs = malloc(sizeof *procs * (size_t)cap);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (!is_pid_name(e->d_name))
            continue;
        struct proc *p = malloc(sizeof *p);
        if (!p || read_proc(e->d_name, p) < 0) {
            free(p);
            continue;
        }
        if (pid_list && !in_list(p->st.pid, pid_list))
            continue;
        (void)all;
        if (n == cap) {
            cap *= 2;
            procs = realloc(procs, sizeof *procs * (size_t)cap);
        }
        p->order = n;
        procs[n++] = p;
    }
    closedir(dir);
    if (nsort)
        qsort(procs, (size_t)n, sizeof *procs, compare);

    int any_header = 0;
    for (int c = 0; c < ncolumns; c++)
        any_header |= columns[c].header[0] != 0;
    if (any_header && !no_headers) {
        for (int c = 0; c < ncolumns; c++)
            put(columns[c].header, columns[c].width, columns[c].key->right, c == ncolumns - 1);
        end_line();
    }
    for (int i = 0; i < n; i++) {
        for (int c = 0; c < ncolumns; c++) {
            char cell[1024];
            columns[c].key->format(procs[i], cell, sizeof cell);
            put(cell, columns[c].width, columns[c].key->right, c == ncolumns - 1);
        }
        end_line();
    }
    return pid_list && n == 0 ? 1 : 0;
}
