/* libc_test.c -- unit tests of pagelab's libc, run inside the guest.
 *
 * Each CHECK prints "ok <n> <what>" or "FAIL <n> <what> (file:line)"; the last line is
 * "<passed>/<total> passed" and the exit status is the number of failures.  The same binary runs
 * under qemu-riscv64 (real Linux) and pagelab (tests/programs/test_libc.py runs both).
 */
#include "libc.h"

static int total, failed;

static void check(int ok, const char *what, int line)
{
    total++;
    if (ok) {
        printf("ok %d %s\n", total, what);
    } else {
        failed++;
        printf("FAIL %d %s (libc_test.c:%d)\n", total, what, line);
    }
}
#define CHECK(cond) check((cond) != 0, #cond, __LINE__)

static char buf[256];

static int formats(const char *expected, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (strcmp(buf, expected) != 0 || n != (int)strlen(expected)) {
        printf("  got \"%s\" (%d), want \"%s\"\n", buf, n, expected);
        return 0;
    }
    return 1;
}

static void test_printf(void)
{
    CHECK(formats("42", "%d", 42));
    CHECK(formats("-42", "%i", -42));
    CHECK(formats("[   42]", "[%5d]", 42));
    CHECK(formats("[42   ]", "[%-5d]", 42));
    CHECK(formats("[00042]", "[%05d]", 42));
    CHECK(formats("[-0042]", "[%05d]", -42));
    CHECK(formats("[+42]", "[%+d]", 42));
    CHECK(formats("[ 42]", "[% d]", 42));
    CHECK(formats("[  007]", "[%5.3d]", 7));
    CHECK(formats("[]", "[%.0d]", 0));
    CHECK(formats("9223372036854775807", "%ld", LONG_MAX));
    CHECK(formats("-9223372036854775808", "%ld", LONG_MIN));
    CHECK(formats("18446744073709551615", "%lu", ULONG_MAX));
    CHECK(formats("4294967295", "%u", UINT_MAX));
    CHECK(formats("ffffffffffffffff", "%lx", ULONG_MAX));
    CHECK(formats("DEADBEEF", "%X", 0xdeadbeefU));
    CHECK(formats("0x1f", "%#x", 31));
    CHECK(formats("0", "%#x", 0));
    CHECK(formats("017", "%#o", 15));
    CHECK(formats("17", "%o", 15));
    CHECK(formats("0x0000ff", "%#08x", 255));
    CHECK(formats("-1", "%hhd", 255));
    CHECK(formats("65535", "%hu", -1));
    CHECK(formats("123", "%zu", (size_t)123));
    CHECK(formats("x", "%c", 'x'));
    CHECK(formats("[  x]", "[%3c]", 'x'));
    CHECK(formats("hello", "%s", "hello"));
    CHECK(formats("[   hi]", "[%5s]", "hi"));
    CHECK(formats("[hi   ]", "[%-5s]", "hi"));
    CHECK(formats("[hel]", "[%.3s]", "hello"));
    CHECK(formats("[  hel]", "[%5.3s]", "hello"));
    CHECK(formats("[   ab]", "[%*s]", 5, "ab"));
    CHECK(formats("[ab   ]", "[%*s]", -5, "ab"));
    CHECK(formats("[hel]", "[%.*s]", 3, "hello"));
    CHECK(formats("(null)", "%s", (char *)NULL));
    CHECK(formats("100%", "%d%%", 100));
    CHECK(formats("0x1000", "%p", (void *)0x1000));
    CHECK(formats("(nil)", "%p", (void *)0));
    CHECK(formats("a1b2c", "a%db%dc", 1, 2));
    /* truncation: snprintf returns the length it wanted */
    char small[4];
    CHECK(snprintf(small, sizeof small, "%s", "abcdef") == 6 && strcmp(small, "abc") == 0);
    CHECK(snprintf(NULL, 0, "%d", 12345) == 5);
    CHECK(sprintf(buf, "%s-%d", "x", 7) == 3 && strcmp(buf, "x-7") == 0);
}

static void test_strings(void)
{
    CHECK(strlen("") == 0 && strlen("abc") == 3);
    CHECK(strcmp("abc", "abd") < 0 && strcmp("b", "a") > 0 && strcmp("x", "x") == 0);
    CHECK(strncmp("abcdef", "abcxyz", 3) == 0 && strncmp("abc", "abd", 3) < 0);
    CHECK(strcasecmp("HeLLo", "hello") == 0);
    CHECK(strchr("hello", 'l') - "hello" == 2 || 1);
    const char *s = "hello";
    CHECK(strchr(s, 'l') == s + 2 && strrchr(s, 'l') == s + 3 && strchr(s, 'z') == NULL);
    CHECK(strchr(s, 0) == s + 5);
    CHECK(strstr("the cat sat", "sat") != NULL && strstr("abc", "abd") == NULL);
    CHECK(strspn("aaab", "a") == 3 && strcspn("abc,d", ",") == 3);
    strcpy(buf, "abc");
    strcat(buf, "def");
    CHECK(strcmp(buf, "abcdef") == 0);
    strncpy(buf, "xy", 5);
    CHECK(buf[0] == 'x' && buf[1] == 'y' && buf[2] == 0 && buf[4] == 0);
    char copy[] = "a,b,,c";
    char *rest = copy;
    CHECK(strcmp(strsep(&rest, ","), "a") == 0 && strcmp(strsep(&rest, ","), "b") == 0 &&
          strcmp(strsep(&rest, ","), "") == 0 && strcmp(strsep(&rest, ","), "c") == 0 &&
          rest == NULL);
    char words[] = "  one two  three ";
    char *save;
    char *w1 = strtok_r(words, " ", &save), *w2 = strtok_r(NULL, " ", &save);
    char *w3 = strtok_r(NULL, " ", &save), *w4 = strtok_r(NULL, " ", &save);
    CHECK(strcmp(w1, "one") == 0 && strcmp(w2, "two") == 0 && strcmp(w3, "three") == 0 && !w4);
    char *d = strdup("dup");
    CHECK(d && strcmp(d, "dup") == 0);
    free(d);
    char area[16] = "0123456789";
    memmove(area + 2, area, 5);
    CHECK(memcmp(area, "0101234789", 10) == 0);
    memmove(area, area + 2, 5);
    CHECK(memcmp(area, "0123434789", 10) == 0);
    memset(area, 'z', 3);
    CHECK(memcmp(area, "zzz", 3) == 0 && memchr(area, '4', 10) == area + 4);
    CHECK(isdigit('7') && !isdigit('a') && isspace('\t') && isalpha('Q') && toupper('a') == 'A');
}

static void test_numbers(void)
{
    char *end;
    CHECK(strtol("  -123xyz", &end, 10) == -123 && *end == 'x');
    CHECK(strtol("0x1F", NULL, 0) == 31 && strtol("017", NULL, 0) == 15);
    CHECK(strtol("ff", NULL, 16) == 255 && strtoul("777", NULL, 8) == 511);
    CHECK(strtol("abc", &end, 10) == 0 && *end == 'a');
    errno = 0;
    CHECK(strtol("99999999999999999999", NULL, 10) == LONG_MAX && errno == ERANGE);
    errno = 0;
    CHECK(strtoul("18446744073709551615", NULL, 10) == ULONG_MAX && errno == 0);
    CHECK(atoi("42") == 42 && atol("-7") == -7 && abs(-3) == 3);
}

struct pair { int key, order; };
static int by_key(const void *a, const void *b)
{
    return ((const struct pair *)a)->key - ((const struct pair *)b)->key;
}

static void test_qsort(void)
{
    struct pair items[100];
    for (int i = 0; i < 100; i++) {
        items[i].key = (i * 37) % 10;
        items[i].order = i;
    }
    qsort(items, 100, sizeof items[0], by_key);
    int sorted = 1, stable = 1;
    for (int i = 1; i < 100; i++) {
        if (items[i - 1].key > items[i].key)
            sorted = 0;
        if (items[i - 1].key == items[i].key && items[i - 1].order > items[i].order)
            stable = 0;
    }
    CHECK(sorted);
    CHECK(stable);
    struct pair key = {5, 0};
    struct pair *hit = bsearch(&key, items, 100, sizeof items[0], by_key);
    CHECK(hit && hit->key == 5);
}

static void test_malloc(void)
{
    char *blocks[64];
    int ok = 1;
    for (int i = 0; i < 64; i++) {
        blocks[i] = malloc((size_t)(i * 24 + 1));
        if (!blocks[i] || ((uintptr_t)blocks[i] & 15))
            ok = 0;
        else
            memset(blocks[i], i, (size_t)(i * 24 + 1));
    }
    for (int i = 0; i < 64 && ok; i++)
        for (int j = 0; j < i * 24 + 1; j++)
            if (blocks[i][j] != (char)i)
                ok = 0;
    CHECK(ok);
    for (int i = 0; i < 64; i += 2)
        free(blocks[i]);
    char *again = malloc(24);          /* reuses a freed block: the heap does not grow */
    void *top = sbrk(0);
    for (int i = 0; i < 32; i++)
        free(malloc(40));
    CHECK(again != NULL && sbrk(0) == top);
    char *big = malloc(1 << 20);       /* mmap'ed */
    CHECK(big != NULL);
    big[0] = 1;
    big[(1 << 20) - 1] = 2;
    free(big);
    int *zeros = calloc(100, sizeof(int));
    int allzero = zeros != NULL;
    for (int i = 0; allzero && i < 100; i++)
        allzero = zeros[i] == 0;
    CHECK(allzero);
    char *grown = malloc(8);
    strcpy(grown, "keep");
    grown = realloc(grown, 5000);
    CHECK(grown && strcmp(grown, "keep") == 0);
    free(grown);
    free(zeros);
    for (int i = 1; i < 64; i += 2)
        free(blocks[i]);
    free(again);
}

static void test_files(void)
{
    errno = 0;
    CHECK(open("/no/such/file", O_RDONLY) == -1 && errno == ENOENT);
    CHECK(strcmp(strerror(ENOENT), "No such file or directory") == 0);
    FILE *f = fopen("/tmp/libc_test.txt", "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fprintf(f, "line %d\nsecond\n", 1);
    fclose(f);
    f = fopen("/tmp/libc_test.txt", "r");
    char line[64];
    CHECK(f && fgets(line, sizeof line, f) && strcmp(line, "line 1\n") == 0);
    CHECK(f && fgets(line, sizeof line, f) && strcmp(line, "second\n") == 0);
    CHECK(f && !fgets(line, sizeof line, f) && feof(f));
    if (f)
        fclose(f);
    struct stat st;
    CHECK(stat("/tmp/libc_test.txt", &st) == 0 && st.st_size == 14 && S_ISREG(st.st_mode));
    CHECK(unlink("/tmp/libc_test.txt") == 0 && access("/tmp/libc_test.txt", F_OK) == -1);
    /* a directory stream over /proc/self (the same entries on any Linux) */
    DIR *dir = opendir("/proc/self");
    int saw_maps = 0, saw_status = 0;
    struct dirent *e;
    while (dir && (e = readdir(dir)) != NULL) {
        saw_maps |= strcmp(e->d_name, "maps") == 0;
        saw_status |= strcmp(e->d_name, "status") == 0;
    }
    CHECK(dir != NULL && saw_maps && saw_status);
    if (dir)
        closedir(dir);
    CHECK(opendir("/no/such/dir") == NULL && errno == ENOENT);
    f = fopen("/proc/self/status", "r");
    int found = 0;
    while (f && fgets(line, sizeof line, f))
        found |= strncmp(line, "VmRSS:", 6) == 0;
    CHECK(found);
    if (f)
        fclose(f);
}

static void test_getopt(void)
{
    char *argv[] = {"prog", "-a", "-bvalue", "-c", "arg", "--long=7", "--flag", "rest", NULL};
    int argc = 8, a = 0, c_seen = 0, flag = 0;
    char *b = NULL, *c = NULL, *longval = NULL;
    struct option longopts[] = {{"long", required_argument, NULL, 'L'},
                                {"flag", no_argument, &flag, 1}, {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "ab:c:", longopts, NULL)) != -1) {
        if (opt == 'a') a = 1;
        else if (opt == 'b') b = optarg;
        else if (opt == 'c') { c_seen = 1; c = optarg; }
        else if (opt == 'L') longval = optarg;
    }
    CHECK(a && b && strcmp(b, "value") == 0 && c_seen && strcmp(c, "arg") == 0);
    CHECK(longval && strcmp(longval, "7") == 0 && flag == 1);
    CHECK(optind == 7 && strcmp(argv[optind], "rest") == 0);
    char *argv2[] = {"prog", "-xy", "--", "-z", NULL};
    int x = 0, y = 0;
    optind = 1;
    while ((opt = getopt(4, argv2, "xy")) != -1)
        x += opt == 'x', y += opt == 'y';
    CHECK(x == 1 && y == 1 && optind == 3);
}

static volatile int got_signal;
static void on_usr1(int signo) { got_signal = signo; }

static void test_processes(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        dprintf(fds[1], "child %d", 5);
        _exit(7);
    }
    close(fds[1]);
    char text[32] = {0};
    ssize_t n = read(fds[0], text, sizeof text - 1);
    close(fds[0]);
    int status = 0;
    CHECK(n == 7 && strcmp(text, "child 5") == 0);
    CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 7);
    CHECK(wait(&status) == -1 && errno == ECHILD);
    child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    kill(child, SIGTERM);
    CHECK(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    signal(SIGUSR1, on_usr1);
    raise(SIGUSR1);
    CHECK(got_signal == SIGUSR1);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigismember(&set, SIGUSR1) == 1 && sigismember(&set, SIGUSR2) == 0);
    CHECK(getpid() > 1 && getppid() >= 0);
    struct timespec before, after;
    clock_gettime(CLOCK_MONOTONIC, &before);
    CHECK(usleep(20000) == 0 && sleep(0) == 0);
    clock_gettime(CLOCK_MONOTONIC, &after);
    long elapsed = (after.tv_sec - before.tv_sec) * 1000000000L + after.tv_nsec - before.tv_nsec;
    CHECK(elapsed >= 20000000L);
    CHECK(setenv("PAGELAB_X", "1", 0) == 0 && strcmp(getenv("PAGELAB_X"), "1") == 0);
    CHECK(setenv("PAGELAB_X", "2", 0) == 0 && strcmp(getenv("PAGELAB_X"), "1") == 0);
    CHECK(setenv("PAGELAB_X", "3", 1) == 0 && strcmp(getenv("PAGELAB_X"), "3") == 0);
    CHECK(unsetenv("PAGELAB_X") == 0 && getenv("PAGELAB_X") == NULL);
    void *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED && munmap(p, 8192) == 0);
    CHECK(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED && errno == EBADF);
}

int main(void)
{
    test_printf();
    test_strings();
    test_numbers();
    test_qsort();
    test_malloc();
    test_files();
    test_getopt();
    test_processes();
    printf("%d/%d passed\n", total - failed, total);
    return failed;
}
