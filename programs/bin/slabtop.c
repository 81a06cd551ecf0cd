/* slabtop -o [-s a|b|c|l|n|o|p|s|u|v] -- kernel slab cache information, once, as procps-ng 4's
 * slabtop prints it (a summary, then one line per cache of /proc/slabinfo, sorted). */
#include "proc.h"

struct cache {
    char name[64];
    unsigned long active, objs, size, per_slab, pages_per_slab, active_slabs, slabs;
    unsigned long cache_size;           /* bytes of its slabs */
    unsigned long use;                  /* percent of objects in use */
};

static const char *usage_text =
    "\n"
    "Usage:\n"
    " slabtop [options]\n"
    "\n"
    "Options:\n"
    " -d, --delay <secs>  delay updates\n"
    " -o, --once          only display once, then exit\n"
    " -s, --sort <char>   specify sort criteria by character (see below)\n"
    "\n"
    " -h, --help     display this help and exit\n"
    " -V, --version  output version information and exit\n"
    "\n"
    "The following are valid sort criteria:\n"
    " a: sort by number of active objects\n"
    " b: sort by objects per slab\n"
    " c: sort by cache size\n"
    " l: sort by number of slabs\n"
    " v: sort by (non display) number of active slabs\n"
    " n: sort by name\n"
    " o: sort by number of objects (the default)\n"
    " p: sort by (non display) pages per slab\n"
    " s: sort by object size\n"
    " u: sort by cache utilization\n"
    "\n"
    "For more details see slabtop(1).\n";

static struct cache caches[256];
static int ncaches;
static char sort_key = 'o';

static unsigned long key(const struct cache *c)
{
    switch (sort_key) {
    case 'a': return c->active;
    case 'b': return c->per_slab;
    case 'c': return c->cache_size;
    case 'l': return c->slabs;
    case 'v': return c->active_slabs;
    case 'p': return c->pages_per_slab;
    case 's': return c->size;
    case 'u': return c->use;
    default: return c->objs;
    }
}

static int compare(const void *a, const void *b)
{
    const struct cache *x = a, *y = b;
    if (sort_key == 'n')
        return strcmp(x->name, y->name);
    unsigned long u = key(x), v = key(y);
    return u < v ? 1 : u > v ? -1 : 0;              /* descending */
}

int main(int argc, char **argv)
{
    int once = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--once") == 0) {
            once = 1;
        } else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
            sort_key = (char)tolower((unsigned char)argv[++i][0]);
        } else if (strncmp(argv[i], "-s", 2) == 0 && argv[i][2]) {
            sort_key = (char)tolower((unsigned char)argv[i][2]);
        } else if (strncmp(argv[i], "--sort=", 7) == 0) {
            sort_key = (char)tolower((unsigned char)argv[i][7]);
        } else {
            fprintf(stderr, "slabtop: invalid option -- '%s'\n%s", argv[i] + 1, usage_text);
            return 1;
        }
    }
    (void)once;                          /* pagelab's slabtop always prints once */
    char *text = read_text("/proc/slabinfo", NULL);
    if (!text) {
        fprintf(stderr, "slabtop: Unable to create slabinfo structure: %s\n", strerror(errno));
        return 1;
    }
    char *line = text;
    for (int skip = 0; skip < 2 && line; skip++) {
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    while (line && *line && ncaches < 256) {
        struct cache *c = &caches[ncaches];
        size_t k = strcspn(line, " ");
        if (k >= sizeof c->name)
            k = sizeof c->name - 1;
        memcpy(c->name, line, k);
        c->name[k] = 0;
        char *p = line + k;
        c->active = strtoul(p, &p, 10);
        c->objs = strtoul(p, &p, 10);
        c->size = strtoul(p, &p, 10);
        c->per_slab = strtoul(p, &p, 10);
        c->pages_per_slab = strtoul(p, &p, 10);
        char *slabdata = strstr(p, "slabdata");
        if (slabdata) {
            p = slabdata + 8;
            c->active_slabs = strtoul(p, &p, 10);
            c->slabs = strtoul(p, &p, 10);
        }
        c->cache_size = c->slabs * c->pages_per_slab * 4096;
        c->use = c->objs ? c->active * 100 / c->objs : 0;
        ncaches++;
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    unsigned long active = 0, objs = 0, aslabs = 0, slabs = 0, acaches = 0;
    unsigned long long asize = 0, tsize = 0;
    unsigned long min = ~0UL, max = 0;
    for (int i = 0; i < ncaches; i++) {
        struct cache *c = &caches[i];
        active += c->active;
        objs += c->objs;
        aslabs += c->active_slabs;
        slabs += c->slabs;
        acaches += c->active > 0;
        asize += (unsigned long long)c->active * c->size;
        tsize += (unsigned long long)c->objs * c->size;
        if (c->size < min) min = c->size;
        if (c->size > max) max = c->size;
    }
    if (!ncaches)
        min = 0;
    char a[32], b[32], pct[32];
    fixed_point(pct, sizeof pct, 100ULL * active, objs, 1);
    printf(" %-35s: %lu / %lu (%s%%)\n", "Active / Total Objects (% used)", active, objs, pct);
    fixed_point(pct, sizeof pct, 100ULL * aslabs, slabs, 1);
    printf(" %-35s: %lu / %lu (%s%%)\n", "Active / Total Slabs (% used)", aslabs, slabs, pct);
    fixed_point(pct, sizeof pct, 100ULL * acaches, (unsigned long)ncaches, 1);
    printf(" %-35s: %lu / %d (%s%%)\n", "Active / Total Caches (% used)", acaches, ncaches, pct);
    fixed_point(a, sizeof a, asize, 1024, 2);
    fixed_point(b, sizeof b, tsize, 1024, 2);
    fixed_point(pct, sizeof pct, 100ULL * asize, tsize, 1);
    printf(" %-35s: %sK / %sK (%s%%)\n", "Active / Total Size (% used)", a, b, pct);
    char c3[32];
    fixed_point(a, sizeof a, min, 1024, 2);
    fixed_point(b, sizeof b, objs ? tsize / objs : 0, 1024, 2);
    fixed_point(c3, sizeof c3, max, 1024, 2);
    printf(" %-35s: %sK / %sK / %sK\n\n", "Minimum / Average / Maximum Object", a, b, c3);
    qsort(caches, (size_t)ncaches, sizeof caches[0], compare);
    printf("%-78s\n", "  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME");
    for (int i = 0; i < ncaches; i++) {
        struct cache *c = &caches[i];
        char size[32];
        fixed_point(size, sizeof size, c->size, 1024, 2);
        printf("%6lu %6lu %3lu%% %7sK %6lu %8lu %9luK %-23s\n", c->objs, c->active, c->use, size,
               c->slabs, c->per_slab, c->cache_size / 1024, c->name);
    }
    free(text);
    return 0;
}
