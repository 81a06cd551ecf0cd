/* memhog [-f] MIB -- allocate MIB mebibytes with mmap and touch every page (each touch is a
 * page fault that makes the page resident: watch RSS grow in ps/free/vmstat).  With -f it then
 * holds the memory until it is killed.  Exits 1 when the allocation fails (ENOMEM under
 * vm.overcommit_memory=2, for example). */
#include "libc.h"

int main(int argc, char **argv)
{
    int forever = 0, i = 1;
    if (i < argc && strcmp(argv[i], "-f") == 0)
        forever = 1, i++;
    char *end;
    long mib = i < argc ? strtol(argv[i], &end, 10) : -1;
    if (i >= argc || *end || mib <= 0 || mib > 65536) {
        fprintf(stderr, "usage: memhog [-f] MIB   (allocate and touch MIB MiB; -f: then hold "
                        "it until killed)\n");
        return 2;
    }
    size_t size = (size_t)mib << 20;
    char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "memhog: cannot allocate %ld MiB: %s\n", mib, strerror(errno));
        return 1;
    }
    for (size_t off = 0; off < size; off += 4096)
        p[off] = (char)(off >> 12);
    printf("memhog: %ld MiB touched\n", mib);
    fflush(stdout);
    while (forever)
        pause();
    return 0;
}
