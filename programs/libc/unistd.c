/* unistd.c -- process helpers (exit, atexit, environment, execvp), sleeping, signals, the
 * terminal, getopt and getopt_long, and directory streams. */
#include "libc.h"

void __stdio_exit(void);

/* ---- exit ---- */
static void (*exit_handlers[32])(void);
static int exit_count;

int atexit(void (*fn)(void))
{
    if (exit_count == 32)
        return -1;
    exit_handlers[exit_count++] = fn;
    return 0;
}

void exit(int status)
{
    while (exit_count > 0)
        exit_handlers[--exit_count]();
    __stdio_exit();
    _exit(status);
}

void abort(void)
{
    struct sigaction sa = {.sa_handler = SIG_DFL};
    sigset_t set = 1UL << (SIGABRT - 1);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGABRT);
    sigaction(SIGABRT, &sa, NULL);       /* a handler returned: die anyway */
    raise(SIGABRT);
    _exit(127);
}

/* ---- environment ---- */
char *getenv(const char *name)
{
    size_t n = strlen(name);
    if (!environ)
        return NULL;
    for (char **e = environ; *e; e++)
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
            return *e + n + 1;
    return NULL;
}

static char **own_environ;            /* environ once setenv has copied it */

int unsetenv(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || strchr(name, '=')) {
        errno = EINVAL;
        return -1;
    }
    if (!environ)
        return 0;
    char **out = environ;
    for (char **e = environ; *e; e++)
        if (!(strncmp(*e, name, n) == 0 && (*e)[n] == '='))
            *out++ = *e;
    *out = NULL;
    return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
    size_t n = strlen(name);
    if (n == 0 || strchr(name, '=')) {
        errno = EINVAL;
        return -1;
    }
    if (getenv(name) && !overwrite)
        return 0;
    char *entry = malloc(n + strlen(value) + 2);
    if (!entry)
        return -1;
    strcpy(entry, name);
    entry[n] = '=';
    strcpy(entry + n + 1, value);
    unsetenv(name);
    size_t count = 0;
    while (environ && environ[count])
        count++;
    char **grown = malloc((count + 2) * sizeof(char *));
    if (!grown) {
        free(entry);
        return -1;
    }
    for (size_t i = 0; i < count; i++)
        grown[i] = environ[i];
    grown[count] = entry;
    grown[count + 1] = NULL;
    if (own_environ)
        free(own_environ);
    environ = own_environ = grown;
    return 0;
}

int execv(const char *path, char *const argv[]) { return execve(path, argv, environ); }

/* execvp: a name without '/' is looked up in each directory of $PATH (default /bin). */
int execvp(const char *file, char *const argv[])
{
    if (!*file) {
        errno = ENOENT;
        return -1;
    }
    if (strchr(file, '/'))
        return execve(file, argv, environ);
    const char *path = getenv("PATH");
    if (!path)
        path = "/bin:/usr/bin";
    char buf[PATH_MAX];
    int saw_eacces = 0;
    for (;;) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        if (len + strlen(file) + 2 <= sizeof buf) {
            memcpy(buf, path, len);
            if (len == 0)
                buf[len++] = '.';
            buf[len] = '/';
            strcpy(buf + len + 1, file);
            execve(buf, argv, environ);
            if (errno == EACCES)
                saw_eacces = 1;
            else if (errno != ENOENT && errno != ENOTDIR)
                return -1;
        }
        if (!colon)
            break;
        path = colon + 1;
    }
    errno = saw_eacces ? EACCES : ENOENT;
    return -1;
}

/* ---- sleeping ---- */
unsigned int sleep(unsigned int seconds)
{
    struct timespec req = {seconds, 0}, rem = {0, 0};
    if (nanosleep(&req, &rem) < 0)
        return (unsigned int)(rem.tv_sec + (rem.tv_nsec > 0));
    return 0;
}

int usleep(unsigned long usec)
{
    struct timespec req = {(long)(usec / 1000000), (long)(usec % 1000000) * 1000};
    return nanosleep(&req, NULL);
}

time_t time(time_t *t)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (t)
        *t = ts.tv_sec;
    return ts.tv_sec;
}

unsigned int alarm(unsigned int seconds)
{
    struct itimerval value = {{0, 0}, {(long)seconds, 0}}, old;
    setitimer(ITIMER_REAL, &value, &old);
    return (unsigned int)(old.it_value.tv_sec + (old.it_value.tv_usec > 0));
}

long sysconf(int name)
{
    if (name == _SC_CLK_TCK)
        return 100;
    if (name == _SC_PAGESIZE)
        return 4096;
    errno = EINVAL;
    return -1;
}

int getpagesize(void) { return 4096; }

/* ---- signals ---- */
sighandler_t signal(int signo, sighandler_t handler)
{
    struct sigaction sa = {.sa_handler = handler, .sa_flags = SA_RESTART}, old;
    if (sigaction(signo, &sa, &old) < 0)
        return SIG_ERR;
    return old.sa_handler;
}

int raise(int signo) { return kill(getpid(), signo); }

int pause(void)
{
    sigset_t mask;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    return sigsuspend(&mask);
}

static int bad_signal(int signo)
{
    if (signo <= 0 || signo >= NSIG) {
        errno = EINVAL;
        return 1;
    }
    return 0;
}

int sigemptyset(sigset_t *set) { *set = 0; return 0; }
int sigfillset(sigset_t *set) { *set = ~0UL; return 0; }
int sigaddset(sigset_t *set, int signo)
{
    if (bad_signal(signo))
        return -1;
    *set |= 1UL << (signo - 1);
    return 0;
}
int sigdelset(sigset_t *set, int signo)
{
    if (bad_signal(signo))
        return -1;
    *set &= ~(1UL << (signo - 1));
    return 0;
}
int sigismember(const sigset_t *set, int signo)
{
    if (bad_signal(signo))
        return -1;
    return (*set >> (signo - 1)) & 1;
}

/* ---- terminal ---- */
int tcgetattr(int fd, struct termios *t) { return ioctl(fd, TCGETS, t); }
int tcsetattr(int fd, int action, const struct termios *t)
{
    return ioctl(fd, TCSETS + action, t);
}
int isatty(int fd)
{
    struct termios t;
    return tcgetattr(fd, &t) == 0;
}
pid_t tcgetpgrp(int fd)
{
    int pgrp;
    return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}
int tcsetpgrp(int fd, pid_t pgrp) { return ioctl(fd, TIOCSPGRP, &pgrp); }

/* ---- getopt (POSIX; with GNU's permutation left out: options stop at the first operand) ---- */
char *optarg;
int optind = 1, opterr = 1, optopt;
static int optpos;            /* position inside a group of short options such as -abc */

static int short_option(int argc, char *const argv[], const char *optstring)
{
    char *arg = argv[optind];
    if (optpos == 0)
        optpos = 1;
    int c = (unsigned char)arg[optpos++];
    const char *spec = c != ':' ? strchr(optstring, c) : NULL;
    int colon_mode = optstring[0] == ':';
    if (!arg[optpos]) {
        optind++;
        optpos = 0;
    }
    if (!spec) {
        optopt = c;
        if (opterr && !colon_mode)
            fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
        return '?';
    }
    if (spec[1] == ':') {
        if (optpos) {                          /* -ovalue */
            optarg = arg + optpos;
            optind++;
            optpos = 0;
        } else if (spec[2] == ':') {           /* optional argument: only attached */
            optarg = NULL;
        } else if (optind < argc) {            /* -o value */
            optarg = argv[optind++];
        } else {
            optopt = c;
            if (colon_mode)
                return ':';
            if (opterr)
                fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
            return '?';
        }
    }
    return c;
}

static int long_option(int argc, char *const argv[], const struct option *longopts,
                       int *longindex)
{
    char *name = argv[optind] + 2;
    char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const struct option *found = NULL;
    int matches = 0, exact = 0;
    for (const struct option *o = longopts; o->name; o++) {
        if (strncmp(o->name, name, len) != 0)
            continue;
        if (strlen(o->name) == len) {
            found = o;
            exact = 1;
            break;
        }
        if (!found)
            found = o;
        matches++;
    }
    optind++;
    if (!found || (!exact && matches > 1)) {
        if (opterr) {
            if (found)
                fprintf(stderr, "%s: option '--%.*s' is ambiguous\n", argv[0], (int)len, name);
            else
                fprintf(stderr, "%s: unrecognized option '--%.*s'\n", argv[0], (int)len, name);
        }
        optopt = 0;
        return '?';
    }
    optarg = NULL;
    if (found->has_arg == no_argument && eq) {
        if (opterr)
            fprintf(stderr, "%s: option '--%s' doesn't allow an argument\n", argv[0], found->name);
        optopt = found->val;
        return '?';
    }
    if (eq) {
        optarg = eq + 1;
    } else if (found->has_arg == required_argument) {
        if (optind >= argc) {
            if (opterr)
                fprintf(stderr, "%s: option '--%s' requires an argument\n", argv[0], found->name);
            optopt = found->val;
            return '?';
        }
        optarg = argv[optind++];
    }
    if (longindex)
        *longindex = (int)(found - longopts);
    if (found->flag) {
        *found->flag = found->val;
        return 0;
    }
    return found->val;
}

int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex)
{
    optarg = NULL;
    if (optind == 0) {                        /* optind = 0 restarts scanning */
        optind = 1;
        optpos = 0;
    }
    if (optpos == 0) {
        if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || !argv[optind][1])
            return -1;
        if (strcmp(argv[optind], "--") == 0) {
            optind++;
            return -1;
        }
        if (argv[optind][1] == '-' && longopts)
            return long_option(argc, argv, longopts, longindex);
        if (argv[optind][1] == '-')
            return -1;
    }
    return short_option(argc, argv, optstring);
}

int getopt(int argc, char *const argv[], const char *optstring)
{
    return getopt_long(argc, argv, optstring, NULL, NULL);
}

/* ---- directory streams ---- */
struct DIR {
    int fd;
    int pos, len;
    struct dirent entry;
    char buf[4096];
};

DIR *fdopendir(int fd)
{
    DIR *d = malloc(sizeof(DIR));
    if (!d)
        return NULL;
    d->fd = fd;
    d->pos = d->len = 0;
    return d;
}

DIR *opendir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    DIR *d = fdopendir(fd);
    if (!d)
        close(fd);
    return d;
}

/* linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name */
struct dirent *readdir(DIR *d)
{
    if (d->pos >= d->len) {
        int n = getdents64(d->fd, d->buf, sizeof d->buf);
        if (n <= 0)
            return NULL;
        d->len = n;
        d->pos = 0;
    }
    char *raw = d->buf + d->pos;
    unsigned short reclen;
    memcpy(&d->entry.d_ino, raw, 8);
    memcpy(&d->entry.d_off, raw + 8, 8);
    memcpy(&reclen, raw + 16, 2);
    d->entry.d_reclen = reclen;
    d->entry.d_type = (unsigned char)raw[18];
    strlcpy(d->entry.d_name, raw + 19, sizeof d->entry.d_name);
    d->pos += reclen;
    return &d->entry;
}

int closedir(DIR *d)
{
    int r = close(d->fd);
    free(d);
    return r;
}

int dirfd(DIR *d) { return d->fd; }
