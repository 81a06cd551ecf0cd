/* proc.h -- helpers the /proc tools share (ps, free, vmstat, pmap, ...): read a whole file,
 * find a "Name: value" line, parse /proc/<pid>/stat.  Header-only (static inline), so every
 * tool stays one C file plus the libc. */
#ifndef PAGELAB_PROC_H
#define PAGELAB_PROC_H
#include "libc.h"

/* The whole file as a NUL-terminated malloc'ed string (NULL and errno on failure). */
static inline char *read_text(const char *path, size_t *length)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            close(fd);
            errno = ENOMEM;
            return NULL;
        }
        if (n + 1 >= cap) {
            char *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                continue;
            }
            buf = grown;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int saved = errno;
            free(buf);
            close(fd);
            errno = saved;
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    if (length)
        *length = n;
    return buf;
}

/* The number after "Name:" in text such as /proc/meminfo ("MemTotal:  123 kB"); -1 if absent. */
static inline long field_value(const char *text, const char *name)
{
    size_t n = strlen(name);
    for (const char *line = text; line && *line;) {
        if (strncmp(line, name, n) == 0 && line[n] == ':')
            return strtol(line + n + 1, NULL, 10);
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    return -1;
}

/* The fields of /proc/<pid>/stat that the tools use (names as in proc(5)). */
struct pstat {
    int pid;
    char comm[64];
    char state;
    int ppid, pgrp, session, tty_nr, tpgid;
    unsigned long flags, minflt, cminflt, majflt, cmajflt, utime, stime;
    long cutime, cstime, priority, nice, num_threads;
    unsigned long long starttime;
    unsigned long vsize;
    long rss;
};

/* Parse a stat line; the command name is between the first '(' and the last ')'. */
static inline int parse_stat(const char *text, struct pstat *st)
{
    memset(st, 0, sizeof *st);
    st->pid = atoi(text);
    const char *open_paren = strchr(text, '('), *close_paren = strrchr(text, ')');
    if (!open_paren || !close_paren || close_paren < open_paren)
        return -1;
    size_t n = (size_t)(close_paren - open_paren - 1);
    if (n >= sizeof st->comm)
        n = sizeof st->comm - 1;
    memcpy(st->comm, open_paren + 1, n);
    st->comm[n] = 0;
    const char *p = close_paren + 2;
    st->state = *p;
    unsigned long v[50];
    int count = 0;
    p++;
    while (*p && count < 50) {
        while (*p == ' ')
            p++;
        if (!*p || *p == '\n')
            break;
        v[count++] = strtoul(p, (char **)&p, 10);
    }
    if (count < 21)
        return -1;
    /* v[0] is field 4 (ppid) */
    st->ppid = (int)v[0];
    st->pgrp = (int)v[1];
    st->session = (int)v[2];
    st->tty_nr = (int)v[3];
    st->tpgid = (int)v[4];
    st->flags = v[5];
    st->minflt = v[6];
    st->cminflt = v[7];
    st->majflt = v[8];
    st->cmajflt = v[9];
    st->utime = v[10];
    st->stime = v[11];
    st->cutime = (long)v[12];
    st->cstime = (long)v[13];
    st->priority = (long)v[14];
    st->nice = (long)v[15];
    st->num_threads = (long)v[16];
    st->starttime = v[18];
    st->vsize = v[19];
    st->rss = (long)v[20];
    return 0;
}

/* Seconds since boot (the first number of /proc/uptime), in hundredths. */
static inline long uptime_centis(void)
{
    char *text = read_text("/proc/uptime", NULL);
    if (!text)
        return 0;
    long whole = strtol(text, NULL, 10), frac = 0;
    char *dot = strchr(text, '.');
    if (dot && isdigit((unsigned char)dot[1])) {
        frac = (dot[1] - '0') * 10;
        if (isdigit((unsigned char)dot[2]))
            frac += dot[2] - '0';
    }
    free(text);
    return whole * 100 + frac;
}

/* num / den with `decimals` digits, rounded to nearest (ties to even) as printf's %.Nf does */
static inline void fixed_point(char *out, size_t size, unsigned long long num,
                               unsigned long long den, int decimals)
{
    unsigned long long scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    if (den == 0) {
        snprintf(out, size, "%s", "-nan");
        return;
    }
    unsigned long long q = num * scale / den, r = num * scale % den;
    if (r * 2 > den || (r * 2 == den && (q & 1)))
        q++;
    snprintf(out, size, "%llu.%0*llu", q / scale, decimals, q % scale);
}

/* days since 1970-01-01 -> year, month, day (Howard Hinnant's civil_from_days) */
static inline void civil(long days, long *y, int *m, int *d)
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

/* procps's uptime line after the clock: "up 0 min,  0 user,  load average: a, b, c" (the
 * guest keeps no login records: 0 users; the load averages as /proc/loadavg spells them) */
static inline void uptime_line(char *out, size_t size)
{
    long up = uptime_centis() / 100, now = time(NULL);
    int n = snprintf(out, size, "%02ld:%02ld:%02ld up ", now / 3600 % 24, now / 60 % 60,
                     now % 60);
    long days = up / 86400, hours = up / 3600 % 24, minutes = up / 60 % 60;
    if (days)
        n += snprintf(out + n, size - (size_t)n, "%ld %s, ", days, days > 1 ? "days" : "day");
    if (hours)
        n += snprintf(out + n, size - (size_t)n, "%2ld:%02ld, ", hours, minutes);
    else
        n += snprintf(out + n, size - (size_t)n, "%ld min, ", minutes);
    char load[3][16] = {"0.00", "0.00", "0.00"};
    char *text = read_text("/proc/loadavg", NULL);
    char *p = text;
    for (int i = 0; p && i < 3; i++) {
        while (*p == ' ')
            p++;
        size_t k = strcspn(p, " \n");
        if (k >= sizeof load[i])
            k = sizeof load[i] - 1;
        memcpy(load[i], p, k);
        load[i][k] = 0;
        p += k;
    }
    free(text);
    snprintf(out + n, size - (size_t)n, " 0 user,  load average: %s, %s, %s", load[0], load[1],
             load[2]);
}

/* Is the name all digits (a pid directory of /proc)? */
static inline int is_pid_name(const char *name)
{
    if (!*name)
        return 0;
    for (; *name; name++)
        if (!isdigit((unsigned char)*name))
            return 0;
    return 1;
}
#endif
