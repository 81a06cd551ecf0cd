/* overcommit -- the three vm.overcommit_memory modes side by side.
 *
 *   pagelab run --mem 16M programs/pressure/overcommit.s
 *
 * For each mode (written to /proc/sys/vm/overcommit_memory, as root may) the program asks for
 * private writable anonymous mappings of 4 MiB, 12 MiB and 1 GiB, and 1 GiB with
 * MAP_NORESERVE, unmapping each again, and prints "ok" or the error:
 *   0 (heuristic)  refuses only a request bigger than RAM + swap (the 1 GiB); MAP_NORESERVE
 *                  is not charged at all;
 *   1 (always)     never refuses;
 *   2 (never)      refuses whatever would take Committed_AS past CommitLimit (swap + 50% of
 *                  RAM by vm.overcommit_ratio: here about 8 MiB) -- MAP_NORESERVE included.
 *
 * Expected output:
 *   mode            4 MiB   12 MiB    1 GiB  1 GiB noreserve
 *   0 heuristic        ok       ok   ENOMEM       ok
 *   1 always           ok       ok       ok       ok
 *   2 never            ok   ENOMEM   ENOMEM   ENOMEM
 */
#include "../libc/libc.h"

#define MIB (1024L * 1024)

static const char *try_map(long bytes, int extra)
{
    void *p = mmap(0, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | extra, -1, 0);
    if (p == MAP_FAILED)
        return errno == ENOMEM ? "ENOMEM" : strerror(errno);
    munmap(p, bytes);
    return "ok";
}

static int set_mode(int mode)
{
    char text[2] = {(char)('0' + mode), '\n'};
    int fd = open("/proc/sys/vm/overcommit_memory", O_WRONLY);
    int ok = fd >= 0 && write(fd, text, 2) == 2;
    if (fd >= 0)
        close(fd);
    return ok;
}

int main(void)
{
    static const char *names[] = {"heuristic", "always", "never"};
    printf("%-12s %8s %8s %8s  %s\n", "mode", "4 MiB", "12 MiB", "1 GiB", "1 GiB noreserve");
    for (int mode = 0; mode < 3; mode++) {
        if (!set_mode(mode)) {
            printf("cannot set vm.overcommit_memory=%d: %s\n", mode, strerror(errno));
            return 1;
        }
        printf("%d %-10s %8s", mode, names[mode], try_map(4 * MIB, 0));
        printf(" %8s", try_map(12 * MIB, 0));
        printf(" %8s", try_map(1024 * MIB, 0));
        printf(" %8s\n", try_map(1024 * MIB, MAP_NORESERVE));
    }
    set_mode(0);
    return 0;
}
