/* maps: parse /proc/self/maps and report facts that hold on any Linux: the stack is there, the
 * program text is r-xp, and regions this program maps, splits, merges and unmaps appear with
 * exactly the permissions and bounds it gave them. */
#include "rt.h"

static char maps[65536];

static unsigned long parse_hex(const char **s)
{
    unsigned long v = 0;
    for (;;) {
        char c = **s;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return v;
        v = v * 16 + d;
        (*s)++;
    }
}

static void read_maps(void)
{
    long fd = sys_open("/proc/self/maps", O_RDONLY, 0);
    long total = 0, n;
    while ((n = sys_read(fd, maps + total, sizeof maps - 1 - total)) > 0)
        total += n;
    maps[total] = 0;
    sys_close(fd);
}

/* Find the line whose range contains addr; copy its perms; return its start and end. */
static int find(unsigned long addr, char perms[5], unsigned long *start, unsigned long *end)
{
    const char *s = maps;
    while (*s) {
        const char *line = s;
        unsigned long a = parse_hex(&s);
        s++;                                   /* '-' */
        unsigned long b = parse_hex(&s);
        s++;                                   /* ' ' */
        if (a <= addr && addr < b) {
            memcpy(perms, s, 4);
            perms[4] = 0;
            *start = a;
            *end = b;
            return 1;
        }
        (void)line;
        while (*s && *s != '\n')
            s++;
        if (*s)
            s++;
    }
    return 0;
}

static int has_name(const char *name)
{
    size_t n = rt_strlen(name);
    for (const char *s = maps; *s; s++)
        if (rt_strncmp(s, name, n) == 0)
            return 1;
    return 0;
}

static void show(const char *what, unsigned long addr, unsigned long base)
{
    char perms[5];
    unsigned long a, b;
    print(what);
    if (!find(addr, perms, &a, &b)) {
        print(": not mapped\n");
        return;
    }
    print(": ");
    print(perms);
    print(" base+");
    print_dec((long)(a - base) / (long)PAGE);
    print(" .. base+");
    print_dec((long)(b - base) / (long)PAGE);
    print(" pages\n");
}

int main(void)
{
    int local;
    read_maps();
    say_yes("found [stack]: ", has_name("[stack]"));
    char perms[5];
    unsigned long a, b;
    say_yes("the stack variable is inside a mapping: ", find((unsigned long)&local, perms, &a, &b));
    print("its permissions: ");
    print(perms);
    print("\n");
    find((unsigned long)main, perms, &a, &b);
    print("main's permissions: ");
    print(perms);
    print("\n");

    char *p = sys_mmap(0, 6 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned long base = (unsigned long)p;
    read_maps();
    show("6 read-only pages", base, base);
    sys_mprotect(p + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE);
    read_maps();
    show("after mprotect of pages 2-3: page 0", base, base);
    show("page 2", base + 2 * PAGE, base);
    show("page 5", base + 5 * PAGE, base);
    sys_mprotect(p + 2 * PAGE, 2 * PAGE, PROT_READ);
    read_maps();
    show("mprotect back: the pieces merge again", base + 3 * PAGE, base);
    sys_munmap(p + 4 * PAGE, 2 * PAGE);
    read_maps();
    show("after munmap of pages 4-5: page 0", base, base);
    show("page 4", base + 4 * PAGE, base);
    sys_mmap(p + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    read_maps();
    show("page 4 mapped again rw-", base + 4 * PAGE, base);
    sys_munmap(p, 6 * PAGE);
    read_maps();
    show("after munmap of all", base + PAGE, base);
    return 0;
}
