/* ls [-a] [-l] [-1] [-d] [FILE]... -- list directory contents, one name per line (GNU ls's
 * output when stdout is not a terminal; names sorted bytewise as in the C locale).  -l shows
 * mode, links, owner and group ids (the guest has no /etc/passwd), size, time and name. */
#include "proc.h"

static int opt_a, opt_l, opt_d;
static int status;

struct entry {
    char *name;
    struct stat st;
    int have_stat;
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static void mode_string(unsigned mode, char *out)
{
    const char *types = "?pc?d?b?-?l?s???";
    out[0] = types[(mode >> 12) & 15];
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++)
        out[1 + i] = (mode & (0400 >> i)) ? rwx[i] : '-';
    if (mode & 04000) out[3] = out[3] == 'x' ? 's' : 'S';
    if (mode & 02000) out[6] = out[6] == 'x' ? 's' : 'S';
    if (mode & 01000) out[9] = out[9] == 'x' ? 't' : 'T';
    out[10] = 0;
}

static void time_string(long t, char *out, size_t size)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                   "Sep", "Oct", "Nov", "Dec"};
    long now = time(NULL), y;
    int m, d;
    civil(t >= 0 ? t / 86400 : (t - 86399) / 86400, &y, &m, &d);
    long secs = ((t % 86400) + 86400) % 86400;
    if (t > now - 15778476L && t <= now + 60)       /* within six months: the time of day */
        snprintf(out, size, "%s %2d %02ld:%02ld", months[m - 1], d, secs / 3600,
                 secs / 60 % 60);
    else
        snprintf(out, size, "%s %2d  %ld", months[m - 1], d, y);
}

static int digits(long v)
{
    int n = 1;
    while (v >= 10)
        v /= 10, n++;
    return n;
}

static void print_entries(struct entry *e, int n, const char *dir)
{
    if (!opt_l) {
        for (int i = 0; i < n; i++)
            puts(e[i].name);
        return;
    }
    int wl = 1, wu = 1, wg = 1, ws = 1;
    long blocks = 0;
    for (int i = 0; i < n; i++) {
        if (!e[i].have_stat)
            continue;
        if (digits(e[i].st.st_nlink) > wl) wl = digits(e[i].st.st_nlink);
        if (digits(e[i].st.st_uid) > wu) wu = digits(e[i].st.st_uid);
        if (digits(e[i].st.st_gid) > wg) wg = digits(e[i].st.st_gid);
        long size = S_ISCHR(e[i].st.st_mode) ? 0 : e[i].st.st_size;
        if (digits(size) > ws) ws = digits(size);
        blocks += e[i].st.st_blocks;
    }
    if (dir)
        printf("total %ld\n", blocks / 2);
    for (int i = 0; i < n; i++) {
        char mode[12], when[32];
        struct stat *st = &e[i].st;
        if (!e[i].have_stat) {
            printf("?????????? ? ? ? ? ? %s\n", e[i].name);
            continue;
        }
        mode_string(st->st_mode, mode);
        time_string(st->st_mtim.tv_sec, when, sizeof when);
        printf("%s %*u %*u %*u ", mode, wl, st->st_nlink, wu, st->st_uid, wg, st->st_gid);
        if (S_ISCHR(st->st_mode))
            printf("%*lu, %lu", ws, (st->st_rdev >> 8) & 0xfff, st->st_rdev & 0xff);
        else
            printf("%*ld", ws, st->st_size);
        printf(" %s %s", when, e[i].name);
        if (S_ISLNK(st->st_mode)) {
            char target[PATH_MAX], path[PATH_MAX];
            snprintf(path, sizeof path, "%s%s%s", dir ? dir : "", dir ? "/" : "", e[i].name);
            ssize_t k = readlink(path, target, sizeof target - 1);
            if (k >= 0) {
                target[k] = 0;
                printf(" -> %s", target);
            }
        }
        putchar('\n');
    }
}

static void list_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "ls: cannot open directory '%s': %s\n", path, strerror(errno));
        status = 2;
        return;
    }
    int n = 0, cap = 64;
    struct entry *e = malloc(sizeof *e * (size_t)cap);
    struct dirent *de;
    while (e && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' && !opt_a)
            continue;
        if (n == cap) {
            cap *= 2;
            struct entry *grown = realloc(e, sizeof *e * (size_t)cap);
            if (!grown)
                break;
            e = grown;
        }
        e[n].name = strdup(de->d_name);
        e[n].have_stat = 0;
        if (opt_l)
            e[n].have_stat = fstatat(dirfd(d), de->d_name, &e[n].st, AT_SYMLINK_NOFOLLOW) == 0;
        n++;
    }
    closedir(d);
    qsort(e, (size_t)n, sizeof *e, by_name);
    print_entries(e, n, path);
    for (int i = 0; i < n; i++)
        free(e[i].name);
    free(e);
}

int main(int argc, char **argv)
{
    int opt;
    while ((opt = getopt(argc, argv, "al1d")) != -1) {
        if (opt == 'a') opt_a = 1;
        else if (opt == 'l') opt_l = 1;
        else if (opt == 'd') opt_d = 1;
        else if (opt == '?') {
            fprintf(stderr, "Try 'ls --help' for more information.\n");
            return 2;
        }
    }
    int nargs = argc - optind;
    if (nargs == 0) {
        static char *dot[] = {".", NULL};
        argv = dot;
        optind = 0;
        nargs = 1;
    }
    /* files first (sorted), then each directory */
    struct entry *files = malloc(sizeof *files * (size_t)nargs);
    struct entry *dirs = malloc(sizeof *dirs * (size_t)nargs);
    int nf = 0, nd = 0;
    if (!files || !dirs)
        return 2;
    for (int i = optind; i < optind + nargs; i++) {
        struct stat st;
        if (stat(argv[i], &st) < 0 && lstat(argv[i], &st) < 0) {
            fprintf(stderr, "ls: cannot access '%s': %s\n", argv[i], strerror(errno));
            status = 2;
            continue;
        }
        struct entry e = {argv[i], st, 1};
        if (S_ISDIR(st.st_mode) && !opt_d)
            dirs[nd++] = e;
        else {
            if (opt_l)
                lstat(argv[i], &e.st);
            files[nf++] = e;
        }
    }
    qsort(files, (size_t)nf, sizeof *files, by_name);
    qsort(dirs, (size_t)nd, sizeof *dirs, by_name);
    print_entries(files, nf, NULL);
    for (int i = 0; i < nd; i++) {
        if (nf || nd > 1 || status)
            printf("%s%s:\n", (nf || i) ? "\n" : "", dirs[i].name);
        list_dir(dirs[i].name);
    }
    return status;
}
