/* swapgrow -- a program bigger than RAM survives when there is swap; VmSwap rises.
 *
 *   pagelab run --mem 16M --swap 64M programs/pressure/swapgrow.s
 *   pagelab run --mem 16M programs/pressure/swapgrow.s          # no swap: mmap fails
 *
 * Maps 32 MiB of anonymous memory (twice the machine's RAM) and writes it 4 MiB at a time,
 * printing VmRSS and VmSwap from /proc/self/status after each step: once RAM is full, reclaim
 * writes the older pages to swap, so VmRSS stays below RAM while VmSwap keeps growing.  Then
 * it reads every page back (swap-ins: major faults) and checks the contents.  Without swap
 * the heuristic overcommit mode refuses the mapping at once (32 MiB > RAM + swap): "mmap of
 * 32 MiB failed: Cannot allocate memory", exit status 1.
 *
 * Expected output:
 *   touched 4 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 8 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 12 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 16 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 20 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 24 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 28 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   touched 32 MiB: VmRSS <kb> kB, VmSwap <kb> kB
 *   all 32 MiB read back intact
 */
#include "../libc/libc.h"

#define MIB (1024 * 1024)
#define TOTAL (32 * MIB)
#define STEP (4 * MIB)

static long status_kb(const char *key)
{
    static char buf[4096];
    int fd = open("/proc/self/status", O_RDONLY);
    long n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
    if (fd >= 0)
        close(fd);
    if (n <= 0)
        return -1;
    buf[n] = 0;
    char *at = strstr(buf, key);
    return at ? strtol(at + strlen(key), 0, 10) : -1;
}

int main(void)
{
    long *p = mmap(0, TOTAL, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        printf("mmap of 32 MiB failed: %s\n", strerror(errno));
        return 1;
    }
    long words = 4096 / sizeof(long);
    for (long done = 0; done < TOTAL; done += STEP) {
        for (long off = done; off < done + STEP; off += 4096)
            p[off / sizeof(long)] = off / 4096 + 1;
        printf("touched %ld MiB: VmRSS %ld kB, VmSwap %ld kB\n", (done + STEP) / MIB,
               status_kb("VmRSS:"), status_kb("VmSwap:"));
    }
    for (long page = 0; page < TOTAL / 4096; page++)
        if (p[page * words] != page + 1) {
            printf("page %ld holds %ld\n", page, p[page * words]);
            return 1;
        }
    printf("all 32 MiB read back intact\n");
    return 0;
}
