/* sysctl [-n] [-e] [-a] [-w] NAME[=VALUE]... -- read and write kernel parameters under
 * /proc/sys (procps-ng 4's output: "name = value"; -n prints only the value). */
#include "proc.h"

static int opt_n, opt_e, opt_w, opt_q;

static void to_path(const char *name, char *path, size_t size)
{
    snprintf(path, size, "/proc/sys/%s", name);
    for (char *p = path + 10; *p; p++)
        if (*p == '.')
            *p = '/';
}

static void to_name(const char *path, char *name, size_t size)
{
    strlcpy(name, path + 10, size);
    for (char *p = name; *p; p++)
        if (*p == '/')
            *p = '.';
}

static void print_value(const char *name, const char *text)
{
    size_t n = strlen(text);
    while (n && text[n - 1] == '\n')
        n--;
    if (opt_n)
        printf("%.*s\n", (int)n, text);
    else
        printf("%s = %.*s\n", name, (int)n, text);
}

static int read_one(const char *name)
{
    char path[PATH_MAX];
    to_path(name, path, sizeof path);
    struct stat st;
    if (stat(path, &st) < 0) {
        if (!opt_e)
            fprintf(stderr, "sysctl: cannot stat %s: %s\n", path, strerror(errno));
        return opt_e ? 0 : 1;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "sysctl: reading key \"%s\"\n", name);
        return 1;
    }
    char *text = read_text(path, NULL);
    if (!text) {
        fprintf(stderr, "sysctl: reading key \"%s\"\n", name);
        return 1;
    }
    print_value(name, text);
    free(text);
    return 0;
}

static int write_one(char *setting)
{
    char *eq = strchr(setting, '=');
    if (!eq || eq == setting) {
        fprintf(stderr, "sysctl: \"%s\" must be of the form name=value\n", setting);
        return 1;
    }
    *eq = 0;
    char *name = setting, *value = eq + 1;
    char path[PATH_MAX];
    to_path(name, path, sizeof path);
    int fd = open(path, O_WRONLY);
    if (fd < 0) {
        if (errno == ENOENT) {
            if (!opt_e)
                fprintf(stderr, "sysctl: cannot stat %s: %s\n", path, strerror(errno));
            return opt_e ? 0 : 1;
        }
        fprintf(stderr, "sysctl: permission denied on key \"%s\"\n", name);
        return 1;
    }
    if (write(fd, value, strlen(value)) < 0) {
        fprintf(stderr, "sysctl: setting key \"%s\": %s\n", name, strerror(errno));
        close(fd);
        return 1;
    }
    close(fd);
    if (!opt_q)
        print_value(name, value);
    return 0;
}

static int names_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* every readable file under `path`, depth first in name order */
static int walk(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 1;
    char **names = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            names = realloc(names, sizeof *names * (size_t)cap);
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, names_cmp);
    for (int i = 0; i < n; i++) {
        char child[PATH_MAX], name[PATH_MAX];
        snprintf(child, sizeof child, "%s/%s", path, names[i]);
        struct stat st;
        if (stat(child, &st) == 0 && S_ISDIR(st.st_mode)) {
            walk(child);
        } else {
            char *text = read_text(child, NULL);
            if (text) {
                to_name(child, name, sizeof name);
                print_value(name, text);
                free(text);
            }
        }
        free(names[i]);
    }
    free(names);
    return 0;
}

int main(int argc, char **argv)
{
    int all = 0, status = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        for (char *o = argv[i] + 1; *o; o++) {
            switch (*o) {
            case 'n': opt_n = 1; break;
            case 'e': opt_e = 1; break;
            case 'w': opt_w = 1; break;
            case 'q': opt_q = 1; break;
            case 'a': case 'A': case 'X': all = 1; break;
            case 'N': case 'o': case 'x': break;      /* -o and -x do nothing */
            default:
                fprintf(stderr, "sysctl: invalid option -- '%c'\n", *o);
                fprintf(stderr, "\nUsage:\n sysctl [options] [variable[=value] ...]\n\n"
                                "For more details see sysctl(8).\n");
                return 1;
            }
        }
    }
    if (all)
        return walk("/proc/sys");
    if (i >= argc) {
        fprintf(stderr, "sysctl: no variables specified\nTry `sysctl --help' for more "
                        "information.\n");
        return 1;
    }
    for (; i < argc; i++) {
        if (opt_w || strchr(argv[i], '='))
            status |= write_one(argv[i]);
        else
            status |= read_one(argv[i]);
    }
    return status;
}
