/* pmap -- the memory map of processes, as procps-ng 4's pmap prints it.
 *
 *   pmap [-x | -X | -XX] [-q] [-p] PID...
 *
 * Default and -x read /proc/PID/maps and /proc/PID/smaps (RSS, Dirty = Shared_Dirty +
 * Private_Dirty); -X shows smaps's fields as columns (without the page sizes, the
 * clean/dirty split, AnonHugePages and VmFlags), -XX every field.  A mapping is named by the
 * file's base name (-p: its path), "[ stack ]" when it holds the process's initial stack
 * pointer, else "[ anon ]".  A PID that cannot be read is skipped silently and the exit
 * status is 42, as procps does.
 */
#include "proc.h"

static const char *usage_text =
    "\n"
    "Usage:\n"
    " pmap [options] PID [PID ...]\n"
    "\n"
    "Options:\n"
    " -x, --extended              show details\n"
    " -X                          show even more details\n"
    "            WARNING: format changes according to /proc/PID/smaps\n"
    " -XX                         show everything the kernel provides\n"
    " -c, --read-rc               read the default rc\n"
    " -C, --read-rc-from=<file>   read the rc from file\n"
    " -n, --create-rc             create new default rc\n"
    " -N, --create-rc-to=<file>   create new rc to file\n"
    "            NOTE: pid arguments are not allowed with -n, -N\n"
    " -d, --device                show the device format\n"
    " -q, --quiet                 do not display header and footer\n"
    " -p, --show-path             show path in the mapping\n"
    " -A, --range=<low>[,<high>]  limit results to the given range\n"
    "\n"
    " -h, --help     display this help and exit\n"
    " -V, --version  output version information and exit\n"
    "\n"
    "For more details see pmap(1).\n";

static int opt_x, opt_X, opt_q, opt_p;

#define MAX_FIELDS 40
#define MAX_MAPS 4096

struct map {
    unsigned long start, end, offset, inode;
    char perms[5];
    char device[16];
    char path[256];
    long values[MAX_FIELDS];
    char flags[64];
};

static char field_names[MAX_FIELDS][32];
static int nfields;
static struct map *maps;
static int nmaps;

static int field_index(const char *name)
{
    for (int i = 0; i < nfields; i++)
        if (strcmp(field_names[i], name) == 0)
            return i;
    if (nfields == MAX_FIELDS)
        return -1;
    strlcpy(field_names[nfields], name, sizeof field_names[0]);
    return nfields++;
}

static int hidden_in_X(const char *name)
{
    static const char *const hidden[] = {"KernelPageSize", "MMUPageSize", "Shared_Clean",
                                         "Shared_Dirty", "Private_Clean", "Private_Dirty",
                                         "AnonHugePages", NULL};
    for (int i = 0; hidden[i]; i++)
        if (strcmp(hidden[i], name) == 0)
            return 1;
    return 0;
}

/* Parse /proc/PID/smaps into maps[] (or maps only, from /proc/PID/maps). */
static int load(const char *text)
{
    nmaps = 0;
    struct map *m = NULL;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char buf[512];
        if (len >= sizeof buf)
            len = sizeof buf - 1;
        memcpy(buf, line, len);
        buf[len] = 0;
        line += len + (end != NULL);
        char *colon = strchr(buf, ':');
        char *dash = strchr(buf, '-');
        if (dash && (!colon || dash < colon) && isxdigit((unsigned char)buf[0])) {
            if (nmaps == MAX_MAPS)
                break;
            m = &maps[nmaps++];
            memset(m, 0, sizeof *m);
            char *p = buf;
            m->start = strtoul(p, &p, 16);
            m->end = strtoul(p + 1, &p, 16);
            while (*p == ' ') p++;
            memcpy(m->perms, p, 4);
            p += 4;
            m->offset = strtoul(p, &p, 16);
            while (*p == ' ') p++;
            size_t d = strcspn(p, " ");
            if (d >= sizeof m->device)
                d = sizeof m->device - 1;
            memcpy(m->device, p, d);
            p += d;
            m->inode = strtoul(p, &p, 10);
            while (*p == ' ') p++;
            strlcpy(m->path, p, sizeof m->path);
        } else if (m && colon) {
            *colon = 0;
            if (strcmp(buf, "VmFlags") == 0) {
                char *v = colon + 1;
                while (*v == ' ') v++;
                size_t n = strlen(v);
                while (n && v[n - 1] == ' ')
                    v[--n] = 0;
                strlcpy(m->flags, v, sizeof m->flags);
            } else {
                int k = field_index(buf);
                if (k >= 0)
                    m->values[k] = strtol(colon + 1, NULL, 10);
            }
        }
    }
    return nmaps;
}

static long value(struct map *m, const char *name)
{
    for (int i = 0; i < nfields; i++)
        if (strcmp(field_names[i], name) == 0)
            return m->values[i];
    return 0;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return path;
    if (opt_p)
        return strchr(path, '/');
    return slash[1] ? slash + 1 : slash;
}

static const char *mapping_name(struct map *m, unsigned long start_stack)
{
    if (strchr(m->path, '/'))
        return base_name(m->path);
    if (start_stack >= m->start && start_stack <= m->end)
        return "  [ stack ]";
    return "  [ anon ]";
}

static void mode_string(struct map *m, char *out)
{
    out[0] = m->perms[0];
    out[1] = m->perms[1];
    out[2] = m->perms[2];
    out[3] = m->perms[3] == 's' ? 's' : '-';
    out[4] = '-';
    out[5] = 0;
}

static int digits(unsigned long v)
{
    int n = 1;
    while (v >= 10)
        v /= 10, n++;
    return n;
}

static void show_X(void)
{
    int show[MAX_FIELDS], widths[MAX_FIELDS];
    long totals[MAX_FIELDS];
    int addr_width = 7, inode_width = 5, flags_width = 7;
    for (int i = 0; i < nmaps; i++) {
        char a[32];
        int n = snprintf(a, sizeof a, "%08lx", maps[i].start);   /* as smaps spells it */
        if (n > addr_width)
            addr_width = n;
        if (digits(maps[i].inode) > inode_width)
            inode_width = digits(maps[i].inode);
        if ((int)strlen(maps[i].flags) > flags_width)
            flags_width = (int)strlen(maps[i].flags);
    }
    for (int f = 0; f < nfields; f++) {
        show[f] = opt_X > 1 || !hidden_in_X(field_names[f]);
        totals[f] = 0;
        for (int i = 0; i < nmaps; i++)
            totals[f] += maps[i].values[f];
        widths[f] = (int)strlen(field_names[f]);
        for (int i = 0; i < nmaps; i++)
            if (digits((unsigned long)maps[i].values[f]) > widths[f])
                widths[f] = digits((unsigned long)maps[i].values[f]);
        if (digits((unsigned long)totals[f]) > widths[f])
            widths[f] = digits((unsigned long)totals[f]);
    }
    if (!opt_q) {
        printf("%*s Perm   Offset Device %*s", addr_width, "Address", inode_width, "Inode");
        for (int f = 0; f < nfields; f++)
            if (show[f])
                printf(" %*s", widths[f], field_names[f]);
        if (opt_X > 1)
            printf(" %*s", flags_width, "VmFlags");
        printf(" Mapping\n");
    }
    for (int i = 0; i < nmaps; i++) {
        struct map *m = &maps[i];
        char address[32];
        snprintf(address, sizeof address, "%08lx", m->start);
        printf("%*s %s %08lx %6s %*lu", addr_width, address, m->perms, m->offset, m->device,
               inode_width, m->inode);
        for (int f = 0; f < nfields; f++)
            if (show[f])
                printf(" %*ld", widths[f], m->values[f]);
        if (opt_X > 1)
            printf(" %*s", flags_width, m->flags);
        printf(" %s\n", strchr(m->path, '/') ? base_name(m->path) : m->path);
    }
    if (opt_q)
        return;
    int indent = addr_width + 1 + 4 + 1 + 8 + 1 + 6 + 1 + inode_width + 1;
    printf("%*s", indent, "");
    for (int f = 0; f < nfields; f++)
        if (show[f]) {
            for (int k = 0; k < widths[f]; k++)
                putchar('=');
            putchar(' ');
        }
    printf("\n%*s", indent, "");
    for (int f = 0; f < nfields; f++)
        if (show[f])
            printf("%*ld ", widths[f], totals[f]);
    printf("KB \n");
}

static int pmap_pid(const char *arg)
{
    char path[64];
    char *end;
    long pid = strtol(arg, &end, 10);
    if (!*arg || *end || pid <= 0)
        return -1;
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    char *stat_text = read_text(path, NULL);
    snprintf(path, sizeof path, "/proc/%ld/%s", pid, (opt_x || opt_X) ? "smaps" : "maps");
    char *text = read_text(path, NULL);
    snprintf(path, sizeof path, "/proc/%ld/cmdline", pid);
    size_t n = 0;
    char *cmdline = read_text(path, &n);
    if (!stat_text || !text || !cmdline) {
        free(stat_text);
        free(text);
        free(cmdline);
        return -1;
    }
    /* start_stack is field 28 of stat */
    unsigned long start_stack = 0;
    const char *p = strrchr(stat_text, ')');
    for (int field = 2; p && *p && field < 28; p++)
        if (*p == ' ')
            field++;
    if (p)
        start_stack = strtoul(p, NULL, 10);
    while (n > 0 && cmdline[n - 1] == 0)
        n--;
    for (size_t i = 0; i < n; i++)
        if (cmdline[i] == 0)
            cmdline[i] = ' ';
    cmdline[n] = 0;
    if (!n) {
        struct pstat st;
        parse_stat(stat_text, &st);
        printf("%ld:   [ %s ]\n", pid, st.comm);
    } else {
        printf("%ld:   %s\n", pid, cmdline);
    }
    load(text);
    if (opt_X) {
        show_X();
    } else if (opt_x) {
        unsigned long total_size = 0, total_rss = 0, total_dirty = 0;
        if (!opt_q)
            printf("Address           Kbytes     RSS   Dirty Mode  Mapping\n");
        for (int i = 0; i < nmaps; i++) {
            struct map *m = &maps[i];
            char mode[6];
            mode_string(m, mode);
            unsigned long size = (m->end - m->start) >> 10;
            unsigned long rss = (unsigned long)value(m, "Rss");
            unsigned long dirty = (unsigned long)(value(m, "Shared_Dirty") +
                                                  value(m, "Private_Dirty"));
            total_size += size;
            total_rss += rss;
            total_dirty += dirty;
            printf("%016lx %7lu %7lu %7lu %s %s\n", m->start, size, rss, dirty, mode,
                   mapping_name(m, start_stack));
        }
        if (!opt_q)
            printf("---------------- ------- ------- ------- \ntotal kB %15lu %7lu %7lu\n",
                   total_size, total_rss, total_dirty);
    } else {
        unsigned long total = 0;
        for (int i = 0; i < nmaps; i++) {
            struct map *m = &maps[i];
            char mode[6];
            mode_string(m, mode);
            unsigned long size = (m->end - m->start) >> 10;
            total += size;
            printf("%016lx %6luK %s %s\n", m->start, size, mode, mapping_name(m, start_stack));
        }
        if (!opt_q)
            printf(" total %16luK\n", total);
    }
    free(stat_text);
    free(text);
    free(cmdline);
    return 0;
}

int main(int argc, char **argv)
{
    int first = 0;
    maps = malloc(sizeof *maps * MAX_MAPS);
    if (!maps)
        return 1;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "-x") == 0 || strcmp(a, "--extended") == 0) opt_x = 1;
        else if (strcmp(a, "-X") == 0) opt_X = 1;
        else if (strcmp(a, "-XX") == 0) opt_X = 2;
        else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) opt_q = 1;
        else if (strcmp(a, "-p") == 0 || strcmp(a, "--show-path") == 0) opt_p = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (a[0] == '-') {
            fprintf(stderr, "pmap: invalid option -- '%s'\n%s", a + 1, usage_text);
            return 1;
        } else if (!first) {
            first = i;
        }
    }
    if (!first) {
        fputs(usage_text, stderr);
        return 1;
    }
    int failed = 0;
    for (int i = first; i < argc; i++) {
        if (argv[i][0] == '-')
            continue;
        fflush(stdout);
        if (pmap_pid(argv[i]) < 0)
            failed = 1;
    }
    return failed ? 42 : 0;
}
