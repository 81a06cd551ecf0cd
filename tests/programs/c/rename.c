/* rename: renameat2's cases -- replace, RENAME_NOREPLACE, RENAME_EXCHANGE, directories (empty,
 * non-empty, into themselves), file/directory mismatches, missing names, across file systems. */
#include "rt.h"

#define SYS_renameat2 276

static long ren(const char *a, const char *b, int flags)
{
    return syscall6(SYS_renameat2, AT_FDCWD, (long)a, AT_FDCWD, (long)b, flags, 0);
}

static void put(const char *path, const char *text)
{
    long fd = sys_open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write_all(fd, text, rt_strlen(text));
    sys_close(fd);
}

static void show(const char *path)
{
    char buf[64];
    long fd = sys_open(path, O_RDONLY, 0);
    print(path + 19);                          /* the part after the directory prefix */
    if (fd < 0) {
        say(": error ", fd);
        return;
    }
    long n = sys_read(fd, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    print(": ");
    print(buf);
    print("\n");
    sys_close(fd);
}

int main(void)
{
    /* each name is 19 characters of prefix + the rest */
    sys_mkdir("/tmp/pagelab-rename", 0755);
    put("/tmp/pagelab-rename/a", "A");
    put("/tmp/pagelab-rename/b", "B");
    say("rename a -> c: ", ren("/tmp/pagelab-rename/a", "/tmp/pagelab-rename/c", 0));
    show("/tmp/pagelab-rename/a");
    show("/tmp/pagelab-rename/c");
    say("NOREPLACE c -> b: ", ren("/tmp/pagelab-rename/c", "/tmp/pagelab-rename/b", 1));
    say("EXCHANGE c <-> b: ", ren("/tmp/pagelab-rename/c", "/tmp/pagelab-rename/b", 2));
    show("/tmp/pagelab-rename/b");
    show("/tmp/pagelab-rename/c");
    say("replace b with c: ", ren("/tmp/pagelab-rename/c", "/tmp/pagelab-rename/b", 0));
    show("/tmp/pagelab-rename/b");
    show("/tmp/pagelab-rename/c");
    say("missing source: ", ren("/tmp/pagelab-rename/zz", "/tmp/pagelab-rename/b", 0));
    say("bad flags: ", ren("/tmp/pagelab-rename/b", "/tmp/pagelab-rename/d", 8));
    say("EXCHANGE|NOREPLACE: ", ren("/tmp/pagelab-rename/b", "/tmp/pagelab-rename/d", 3));
    say("EXCHANGE with a missing target: ", ren("/tmp/pagelab-rename/b", "/tmp/pagelab-rename/d", 2));

    sys_mkdir("/tmp/pagelab-rename/d1", 0755);
    sys_mkdir("/tmp/pagelab-rename/d2", 0755);
    put("/tmp/pagelab-rename/d2/x", "X");
    say("file over a directory: ", ren("/tmp/pagelab-rename/b", "/tmp/pagelab-rename/d1", 0));
    say("directory over a file: ", ren("/tmp/pagelab-rename/d1", "/tmp/pagelab-rename/b", 0));
    say("directory over a non-empty one: ", ren("/tmp/pagelab-rename/d1", "/tmp/pagelab-rename/d2", 0));
    say("directory into itself: ", ren("/tmp/pagelab-rename/d2", "/tmp/pagelab-rename/d2/sub", 0));
    say("directory over an empty one: ", ren("/tmp/pagelab-rename/d2", "/tmp/pagelab-rename/d1", 0));
    show("/tmp/pagelab-rename/d1/x");
    say("old directory name gone: ", sys_access("/tmp/pagelab-rename/d2", 0));
    say("file with a trailing slash: ", ren("/tmp/pagelab-rename/b/", "/tmp/pagelab-rename/e", 0));
    say("rename of '.': ", ren("/tmp/pagelab-rename/.", "/tmp/pagelab-rename/f", 0));
    say("same file: ", ren("/tmp/pagelab-rename/b", "/tmp/pagelab-rename/b", 0));
    say("to another file system: ", ren("/tmp/pagelab-rename/b", "/proc/b", 0));

    sys_unlinkat("/tmp/pagelab-rename/d1/x", 0);
    sys_unlinkat("/tmp/pagelab-rename/d1", AT_REMOVEDIR);
    sys_unlinkat("/tmp/pagelab-rename/b", 0);
    say("cleaned up: ", sys_unlinkat("/tmp/pagelab-rename", AT_REMOVEDIR));
    return 0;
}
