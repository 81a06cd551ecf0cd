/* swapon [-s | --show[=COLUMNS] [--noheadings] [--raw] [--bytes]] [DEVICE] -- the swap areas
 * (/proc/swaps) as util-linux prints them; with a DEVICE, enable it (swapon(2)).
 * Also /bin/swapoff [-a] DEVICE (swapoff(2)): the program looks at the name it was run as. */
#include "proc.h"

#define SYS_swapon 224
#define SYS_swapoff 225

struct area { char name[256], type[32]; unsigned long size, used; long prio; };

static int load(struct area *areas, int max)
{
    char *text = read_text("/proc/swaps", NULL);
    if (!text)
        return -1;
    int n = 0;
    char *line = strchr(text, '\n');                /* skip the header */
    while (line && *++line && n < max) {
        struct area *a = &areas[n];
        char *p = line;
        size_t k = strcspn(p, " \t\n");
        if (!k)
            break;
        if (k >= sizeof a->name)
            k = sizeof a->name - 1;
        memcpy(a->name, p, k);
        a->name[k] = 0;
        p += strcspn(p, " \t\n");
        p += strspn(p, " \t");
        k = strcspn(p, " \t\n");
        if (k >= sizeof a->type)
            k = sizeof a->type - 1;
        memcpy(a->type, p, k);
        a->type[k] = 0;
        p += strcspn(p, " \t\n");
        a->size = strtoul(p, &p, 10);
        a->used = strtoul(p, &p, 10);
        a->prio = strtol(p, &p, 10);
        n++;
        line = strchr(line, '\n');
    }
    free(text);
    return n;
}

/* util-linux's size_to_human_string: one decimal, rounded, suffix B K M G T P E */
static void human(unsigned long bytes, char *out, size_t size)
{
    static const char letters[] = "BKMGTPE";
    int exp = 0;
    while (exp < 60 && bytes >= (1UL << (exp + 10)))
        exp += 10;
    unsigned long dec = exp ? bytes >> exp : bytes;
    unsigned long frac = exp ? bytes & ((1UL << exp) - 1) : 0;
    unsigned long tenths = 0;
    if (frac) {
        unsigned long thousandths = frac >= ~0UL / 1000 ? ((frac / 1024) * 1000) >> (exp - 10)
                                                        : (frac * 1000) >> exp;
        tenths = (thousandths + 50) / 100;
        if (tenths == 10) {
            dec++;
            tenths = 0;
        }
    }
    if (tenths)
        snprintf(out, size, "%lu.%lu%c", dec, tenths, letters[exp / 10]);
    else
        snprintf(out, size, "%lu%c", dec, letters[exp / 10]);
}

static int show(const char *columns, int headings, int raw, int bytes)
{
    struct area areas[32];
    int n = load(areas, 32);
    if (n < 0)
        return 255;
    const char *all[] = {"NAME", "TYPE", "SIZE", "USED", "PRIO"};
    int pick[8], ncol = 0;
    char list[128];
    strlcpy(list, columns, sizeof list);
    for (char *rest = list, *c; (c = strsep(&rest, ",")) != NULL;) {
        int found = -1;
        for (int k = 0; k < 5; k++)
            if (strcasecmp(c, all[k]) == 0)
                found = k;
        if (found < 0) {
            fprintf(stderr, "swapon: unknown column: %s\n", c);
            return 1;
        }
        if (ncol < 8)
            pick[ncol++] = found;
    }
    char cells[33][8][64];
    int width[8];
    for (int c = 0; c < ncol; c++) {
        strlcpy(cells[0][c], all[pick[c]], 64);
        width[c] = headings ? (int)strlen(all[pick[c]]) : 0;
    }
    for (int r = 0; r < n; r++) {
        for (int c = 0; c < ncol; c++) {
            char *cell = cells[r + 1][c];
            switch (pick[c]) {
            case 0: strlcpy(cell, areas[r].name, 64); break;
            case 1: strlcpy(cell, areas[r].type, 64); break;
            case 2: case 3: {
                unsigned long kib = pick[c] == 2 ? areas[r].size : areas[r].used;
                if (bytes)
                    snprintf(cell, 64, "%lu", kib * 1024);
                else
                    human(kib * 1024, cell, 64);
                break;
            }
            default: snprintf(cell, 64, "%ld", areas[r].prio); break;
            }
            if ((int)strlen(cell) > width[c])
                width[c] = (int)strlen(cell);
        }
    }
    if (n == 0)
        return 0;
    for (int r = headings ? 0 : 1; r <= n; r++) {
        for (int c = 0; c < ncol; c++) {
            int right = pick[c] >= 2, last = c == ncol - 1;
            if (raw)
                printf("%s%s", cells[r][c], last ? "" : " ");
            else if (right)
                printf("%*s%s", width[c], cells[r][c], last ? "" : " ");
            else if (last)
                printf("%s", cells[r][c]);
            else
                printf("%-*s ", width[c], cells[r][c]);
        }
        putchar('\n');
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    int off = strcmp(prog, "swapoff") == 0;
    int summary = 0, headings = 1, raw = 0, bytes = 0, all = 0;
    const char *columns = "NAME,TYPE,SIZE,USED,PRIO";
    const char *device = NULL;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "-s") == 0 || strcmp(a, "--summary") == 0) summary = 1;
        else if (strcmp(a, "--show") == 0) ;
        else if (strncmp(a, "--show=", 7) == 0) columns = a + 7;
        else if (strcmp(a, "--noheadings") == 0) headings = 0;
        else if (strcmp(a, "--raw") == 0) raw = 1;
        else if (strcmp(a, "--bytes") == 0) bytes = 1;
        else if (strcmp(a, "-a") == 0 || strcmp(a, "--all") == 0) all = 1;
        else if (a[0] == '-') {
            fprintf(stderr, "%s: invalid option -- '%s'\nTry '%s --help' for more "
                            "information.\n", prog, a + 1, prog);
            return 1;
        } else device = a;
    }
    if (all && !device)
        return off ? 32 : 0;                   /* no /etc/fstab in the guest */
    if (device) {
        long r = __syscall(off ? SYS_swapoff : SYS_swapon, (long)device, 0, 0, 0, 0, 0);
        if (r < 0) {
            fprintf(stderr, "%s: %s: %s failed: %s\n", prog, device, prog, strerror((int)-r));
            return off ? 4 : 255;
        }
        return 0;
    }
    if (off) {
        fprintf(stderr, "Usage:\n swapoff [options] [<spec>]\n");
        return 2;
    }
    if (summary) {
        char *text = read_text("/proc/swaps", NULL);
        if (!text)
            return 255;
        fputs(text, stdout);
        free(text);
        return 0;
    }
    return show(columns, headings, raw, bytes);
}
