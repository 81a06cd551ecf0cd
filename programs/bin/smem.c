/* smem [-k] [-t] [-r] [-s pid|user|command|swap|uss|pss|rss] -- memory per process with shared
 * pages accounted fairly, as smem prints it: USS (pages only this process maps), PSS (each
 * shared page divided among its users), RSS, and Swap, summed over /proc/<pid>/smaps.
 * Processes without a command line (kernel threads, init) are left out; rows are sorted by
 * PSS unless -s says otherwise (-r: reversed); -k shows sizes with units, -t adds a total. */
#include "proc.h"

struct row {
    int pid;
    char user[16];
    char command[256];
    unsigned long swap, uss, pss, rss;
};

static char sort_key[16] = "pss";
static int reverse;

static unsigned long key(const struct row *r)
{
    if (strcmp(sort_key, "swap") == 0) return r->swap;
    if (strcmp(sort_key, "uss") == 0) return r->uss;
    if (strcmp(sort_key, "rss") == 0) return r->rss;
    if (strcmp(sort_key, "pid") == 0) return (unsigned long)r->pid;
    return r->pss;
}

static int compare(const void *a, const void *b)
{
    const struct row *x = a, *y = b;
    int c;
    if (strcmp(sort_key, "command") == 0)
        c = strcmp(x->command, y->command);
    else if (strcmp(sort_key, "user") == 0)
        c = strcmp(x->user, y->user);
    else
        c = key(x) < key(y) ? -1 : key(x) > key(y);
    return reverse ? -c : c;
}

static int human;

/* smem's units(): "%.1f" of the size in the largest unit below 1024, or "0" */
static const char *size_text(unsigned long kb, char *out, size_t size)
{
    if (!human) {
        snprintf(out, size, "%lu", kb);
        return out;
    }
    if (kb == 0) {
        snprintf(out, size, "0");
        return out;
    }
    static const char units[] = " KMGT";
    unsigned long long num = (unsigned long long)kb * 1024, den = 1;
    int u = 0;
    while (u < 4 && num >= den * 1024) {
        den *= 1024;
        u++;
    }
    fixed_point(out, size, num, den, 1);
    size_t n = strlen(out);
    if (u && n + 1 < size) {
        out[n] = units[u];
        out[n + 1] = 0;
    }
    return out;
}

static void print_row(const char *pid, const char *user, const char *command, unsigned long swap,
                      unsigned long uss, unsigned long pss, unsigned long rss)
{
    char a[32], b[32], c[32], d[32];
    printf("%5s %-8s %-27.27s %8s %8s %8s %8s \n", pid, user, command,
           size_text(swap, a, sizeof a), size_text(uss, b, sizeof b), size_text(pss, c, sizeof c),
           size_text(rss, d, sizeof d));
}

int main(int argc, char **argv)
{
    int totals = 0;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "-k") == 0 || strcmp(a, "--abbreviate") == 0) human = 1;
        else if (strcmp(a, "-t") == 0 || strcmp(a, "--totals") == 0) totals = 1;
        else if (strcmp(a, "-r") == 0 || strcmp(a, "--reverse") == 0) reverse = 1;
        else if ((strcmp(a, "-s") == 0 || strcmp(a, "--sort") == 0) && i + 1 < argc)
            strlcpy(sort_key, argv[++i], sizeof sort_key);
        else if (strncmp(a, "--sort=", 7) == 0)
            strlcpy(sort_key, a + 7, sizeof sort_key);
        else {
            fprintf(stderr, "Usage: smem [options]\n\nsmem: error: no such option: %s\n", a);
            return 2;
        }
    }
    int n = 0, cap = 64;
    struct row *rows = malloc(sizeof *rows * (size_t)cap);
    DIR *dir = opendir("/proc");
    struct dirent *e;
    while (rows && dir && (e = readdir(dir)) != NULL) {
        if (!is_pid_name(e->d_name))
            continue;
        char path[64];
        size_t len = 0;
        snprintf(path, sizeof path, "/proc/%s/cmdline", e->d_name);
        char *cmdline = read_text(path, &len);
        if (!cmdline || len == 0) {
            free(cmdline);
            continue;
        }
        snprintf(path, sizeof path, "/proc/%s/smaps", e->d_name);
        char *smaps = read_text(path, NULL);
        if (!smaps) {
            free(cmdline);
            continue;
        }
        if (n == cap) {
            cap *= 2;
            rows = realloc(rows, sizeof *rows * (size_t)cap);
            if (!rows)
                break;
        }
        struct row *r = &rows[n++];
        memset(r, 0, sizeof *r);
        r->pid = atoi(e->d_name);
        while (len && cmdline[len - 1] == 0)
            len--;
        for (size_t k = 0; k < len; k++)
            if (cmdline[k] == 0)
                cmdline[k] = ' ';
        cmdline[len] = 0;
        strlcpy(r->command, cmdline, sizeof r->command);
        for (char *line = smaps; line && *line;) {
            long v;
            if ((v = strncmp(line, "Rss:", 4) == 0 ? strtol(line + 4, NULL, 10) : -1) >= 0)
                r->rss += (unsigned long)v;
            else if (strncmp(line, "Pss:", 4) == 0)
                r->pss += (unsigned long)strtol(line + 4, NULL, 10);
            else if (strncmp(line, "Private_Clean:", 14) == 0)
                r->uss += (unsigned long)strtol(line + 14, NULL, 10);
            else if (strncmp(line, "Private_Dirty:", 14) == 0)
                r->uss += (unsigned long)strtol(line + 14, NULL, 10);
            else if (strncmp(line, "Swap:", 5) == 0)
                r->swap += (unsigned long)strtol(line + 5, NULL, 10);
            line = strchr(line, '\n');
            if (line)
                line++;
        }
        snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
        char *status = read_text(path, NULL);
        long uid = status ? field_value(status, "Uid") : 0;
        if (uid <= 0)
            strlcpy(r->user, "root", sizeof r->user);
        else
            snprintf(r->user, sizeof r->user, "%ld", uid);
        free(status);
        free(smaps);
        free(cmdline);
    }
    if (dir)
        closedir(dir);
    qsort(rows, (size_t)n, sizeof *rows, compare);
    printf("%5s %-8s %-27s %8s %8s %8s %8s \n", "PID", "User", "Command", "Swap", "USS", "PSS",
           "RSS");
    unsigned long swap = 0, uss = 0, pss = 0, rss = 0;
    int users = 0;
    for (int i = 0; i < n; i++) {
        char pid[16];
        snprintf(pid, sizeof pid, "%d", rows[i].pid);
        print_row(pid, rows[i].user, rows[i].command, rows[i].swap, rows[i].uss, rows[i].pss,
                  rows[i].rss);
        swap += rows[i].swap;
        uss += rows[i].uss;
        pss += rows[i].pss;
        rss += rows[i].rss;
        int seen = 0;
        for (int k = 0; k < i; k++)
            seen |= strcmp(rows[k].user, rows[i].user) == 0;
        users += !seen;
    }
    if (totals) {
        char count[16], nusers[16];
        printf("-------------------------------------------------------------------------------\n");
        snprintf(count, sizeof count, "%d", n);
        snprintf(nusers, sizeof nusers, "%d", users);
        print_row(count, nusers, "", swap, uss, pss, rss);
    }
    return 0;
}
