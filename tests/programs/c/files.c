/* files: the file system calls on a private directory under /tmp: create, write, read, seek,
 * append, truncate, stat, list, remove, and the errors for each misuse. */
#include "rt.h"

static char dir[64] = "/tmp/pagelab-files-";
static char path[128];

static const char *in_dir(const char *name)
{
    size_t n = rt_strlen(dir);
    memcpy(path, dir, n);
    path[n] = '/';
    memcpy(path + n + 1, name, rt_strlen(name) + 1);
    return path;
}

static void append_dec(char *s, long v)
{
    char tmp[24];
    int i = 0;
    do {
        tmp[i++] = '0' + v % 10;
        v /= 10;
    } while (v);
    s += rt_strlen(s);
    while (i)
        *s++ = tmp[--i];
    *s = 0;
}

int main(void)
{
    char buf[512];
    struct kstat st;
    append_dec(dir, sys_getpid());

    say("mkdir: ", sys_mkdir(dir, 0755));
    say("mkdir again: ", sys_mkdir(dir, 0755));
    long fd = sys_open(in_dir("a.txt"), O_RDWR | O_CREAT | O_EXCL, 0644);
    say("open O_CREAT|O_EXCL gives fd: ", fd);
    say("again with O_EXCL: ", sys_open(in_dir("a.txt"), O_RDWR | O_CREAT | O_EXCL, 0644));
    say("write: ", sys_write(fd, "hello, file\n", 12));
    say("fstat: ", sys_fstat(fd, &st));
    say("  size: ", st.st_size);
    say_yes("  regular file: ", (st.st_mode & S_IFMT) == S_IFREG);
    say("  links: ", st.st_nlink);
    say("lseek SEEK_CUR: ", sys_lseek(fd, 0, SEEK_CUR));
    say("lseek SEEK_SET 7: ", sys_lseek(fd, 7, SEEK_SET));
    long n = sys_read(fd, buf, sizeof buf);
    say("read after seek: ", n);
    write_all(1, buf, n);
    say("lseek past the end: ", sys_lseek(fd, 20, SEEK_SET));
    say("write there: ", sys_write(fd, "!", 1));
    sys_fstat(fd, &st);
    say("size with the hole: ", st.st_size);
    sys_lseek(fd, 12, SEEK_SET);
    n = sys_read(fd, buf, sizeof buf);
    say("hole bytes + '!': ", n);
    say("hole byte value: ", buf[0]);
    say("lseek negative: ", sys_lseek(fd, -1, SEEK_SET));
    say("lseek bad whence: ", sys_lseek(fd, 0, 9));
    sys_close(fd);

    fd = sys_open(in_dir("a.txt"), O_WRONLY | O_APPEND, 0);
    sys_lseek(fd, 0, SEEK_SET);
    sys_write(fd, "+", 1);
    sys_close(fd);
    sys_stat(in_dir("a.txt"), &st);
    say("size after O_APPEND write: ", st.st_size);
    fd = sys_open(in_dir("a.txt"), O_RDONLY, 0);
    say("write to a read-only fd: ", sys_write(fd, "x", 1));
    int d = sys_dup(fd);
    sys_read(fd, buf, 3);
    say("dup shares the offset: ", sys_lseek(d, 0, SEEK_CUR));
    sys_close(fd);
    sys_close(d);
    fd = sys_open(in_dir("a.txt"), O_RDWR | O_TRUNC, 0);
    sys_fstat(fd, &st);
    say("size after O_TRUNC: ", st.st_size);
    sys_close(fd);

    sys_mkdir(in_dir("sub"), 0755);
    sys_close(sys_open(in_dir("b"), O_CREAT | O_WRONLY, 0644));
    sys_close(sys_open(in_dir("c"), O_CREAT | O_WRONLY, 0644));
    fd = sys_open(dir, O_RDONLY | O_DIRECTORY, 0);
    n = sys_getdents64(fd, buf, sizeof buf);
    /* collect names and types, then print them sorted (directory order differs by file system) */
    char names[16][32];
    int types[16], count = 0;
    for (long off = 0; off < n && count < 16;) {
        unsigned short reclen = *(unsigned short *)(buf + off + 16);
        types[count] = buf[off + 18];
        memcpy(names[count], buf + off + 19, 32);
        names[count][31] = 0;
        count++;
        off += reclen;
    }
    for (int i = 0; i < count; i++)
        for (int j = i + 1; j < count; j++)
            if (rt_strcmp(names[j], names[i]) < 0) {
                char t[32];
                memcpy(t, names[i], 32);
                memcpy(names[i], names[j], 32);
                memcpy(names[j], t, 32);
                int tt = types[i];
                types[i] = types[j];
                types[j] = tt;
            }
    for (int i = 0; i < count; i++) {
        print("  entry ");
        print(names[i]);
        say(" type ", types[i]);
    }
    say("getdents64 at the end: ", sys_getdents64(fd, buf, sizeof buf));
    say("getdents64 on a file: ", sys_getdents64(0, buf, sizeof buf));
    sys_close(fd);

    say("open a directory for writing: ", sys_open(dir, O_WRONLY, 0));
    say("O_DIRECTORY on a file: ", sys_open(in_dir("b"), O_RDONLY | O_DIRECTORY, 0));
    say("path through a file: ", sys_open(in_dir("b/x"), O_RDONLY, 0));
    say("missing file: ", sys_open(in_dir("nope"), O_RDONLY, 0));
    say("access existing: ", sys_access(in_dir("b"), 0));
    say("access missing: ", sys_access(in_dir("nope"), 0));
    say("unlink a directory: ", sys_unlinkat(in_dir("sub"), 0));
    say("rmdir a file: ", sys_unlinkat(in_dir("b"), AT_REMOVEDIR));
    say("rmdir non-empty: ", sys_unlinkat(dir, AT_REMOVEDIR));

    say("chdir: ", sys_chdir(dir));
    long len = sys_getcwd(buf, sizeof buf);
    say_yes("getcwd is the directory: ", len == (long)rt_strlen(dir) + 1 && rt_strcmp(buf, dir) == 0);
    say("getcwd with a small buffer: ", sys_getcwd(buf, 5));
    say("relative open: ", sys_open("c", O_RDONLY, 0) >= 0);
    say("chdir to a file: ", sys_chdir("c"));
    sys_chdir("/");

    say("unlink b: ", sys_unlinkat(in_dir("b"), 0));
    say("unlink b again: ", sys_unlinkat(in_dir("b"), 0));
    sys_unlinkat(in_dir("c"), 0);
    sys_unlinkat(in_dir("a.txt"), 0);
    say("rmdir sub: ", sys_unlinkat(in_dir("sub"), AT_REMOVEDIR));
    say("rmdir the directory: ", sys_unlinkat(dir, AT_REMOVEDIR));

    say("stat /: ", sys_stat("/", &st));
    say_yes("  / is a directory: ", (st.st_mode & S_IFMT) == S_IFDIR);
    fd = sys_open("/dev/null", O_RDWR, 0);
    say("write to /dev/null: ", sys_write(fd, "abc", 3));
    say("read from /dev/null: ", sys_read(fd, buf, 10));
    sys_fstat(fd, &st);
    say_yes("/dev/null is a character device: ", (st.st_mode & S_IFMT) == S_IFCHR);
    sys_close(fd);
    fd = sys_open("/dev/zero", O_RDONLY, 0);
    buf[0] = buf[1] = 7;
    say("read from /dev/zero: ", sys_read(fd, buf, 2));
    say("  bytes: ", buf[0] + buf[1]);
    say("read into a bad pointer: ", sys_read(fd, bad_address(8), 1));
    say("close: ", sys_close(fd));
    say("close again: ", sys_close(fd));
    say("open with a bad path pointer: ", sys_open(bad_address(8), O_RDONLY, 0));
    return 0;
}
