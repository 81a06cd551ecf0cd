/* sync [-d|--data] [-f|--file-system] [FILE]... -- write cached data to the disk (GNU
 * coreutils): with no FILE, everything (sync(2)); else each FILE (fsync, or fdatasync with -d)
 * or the file system holding it (syncfs with -f). */
#include "libc.h"

/* fdatasync(2) and syncfs(2), which the libc does not wrap */
#define SYS_fdatasync 83
#define SYS_syncfs 267

static int raw_sync(long nr, int fd)
{
    long r = __syscall(nr, fd, 0, 0, 0, 0, 0);
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    return 0;
}

static int sync_file(const char *name, int data, int filesystem)
{
    int fd = open(name, O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        fd = open(name, O_WRONLY | O_NONBLOCK);
    if (fd < 0) {
        fprintf(stderr, "sync: error opening '%s': %s\n", name, strerror(errno));
        return 0;
    }
    int ok = 1;
    int r = filesystem ? raw_sync(SYS_syncfs, fd) : data ? raw_sync(SYS_fdatasync, fd) : fsync(fd);
    if (r < 0) {
        fprintf(stderr, "sync: error syncing '%s': %s\n", name, strerror(errno));
        ok = 0;
    }
    if (close(fd) < 0) {
        fprintf(stderr, "sync: failed to close '%s': %s\n", name, strerror(errno));
        ok = 0;
    }
    return ok;
}

int main(int argc, char **argv)
{
    static const struct option options[] = {
        {"data", 0, 0, 'd'}, {"file-system", 0, 0, 'f'}, {0, 0, 0, 0}};
    int data = 0, filesystem = 0, c;
    while ((c = getopt_long(argc, argv, "df", options, 0)) != -1) {
        if (c == 'd')
            data = 1;
        else if (c == 'f')
            filesystem = 1;
        else {
            fprintf(stderr, "Try 'sync --help' for more information.\n");
            return 1;
        }
    }
    if (data && filesystem) {
        fprintf(stderr, "sync: cannot specify both --data and --file-system\n");
        return 1;
    }
    if (optind == argc) {
        if (data) {
            fprintf(stderr, "sync: --data needs at least one argument\n");
            return 1;
        }
        sync();
        return 0;
    }
    int ok = 1;
    for (int i = optind; i < argc; i++)
        ok &= sync_file(argv[i], data, filesystem);
    return ok ? 0 : 1;
}
