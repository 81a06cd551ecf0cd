/* links: hard links (link count, shared data, removal of one name) and symbolic links
 * (readlink, following, dangling, loops, lstat vs stat). */
#include "rt.h"

#define SYS_symlinkat 36
#define SYS_linkat 37

static long lnk(const char *a, const char *b, int flags)
{
    return syscall6(SYS_linkat, AT_FDCWD, (long)a, AT_FDCWD, (long)b, flags, 0);
}

static long slink(const char *target, const char *path)
{
    return syscall3(SYS_symlinkat, (long)target, AT_FDCWD, (long)path);
}

int main(void)
{
    struct kstat st;
    char buf[64];
    sys_mkdir("/tmp/pagelab-links", 0755);
    long fd = sys_open("/tmp/pagelab-links/a", O_RDWR | O_CREAT | O_TRUNC, 0644);
    write_all(fd, "shared", 6);
    say("link a -> b: ", lnk("/tmp/pagelab-links/a", "/tmp/pagelab-links/b", 0));
    sys_fstat(fd, &st);
    say("  links: ", st.st_nlink);
    unsigned long ino = st.st_ino;
    sys_stat("/tmp/pagelab-links/b", &st);
    say_yes("  same inode: ", st.st_ino == ino);
    long fd2 = sys_open("/tmp/pagelab-links/b", O_RDONLY, 0);
    say("  read through b: ", sys_read(fd2, buf, 64));
    say("link onto an existing name: ", lnk("/tmp/pagelab-links/a", "/tmp/pagelab-links/b", 0));
    say("link a directory: ", lnk("/tmp/pagelab-links", "/tmp/pagelab-links/d", 0));
    say("link a missing file: ", lnk("/tmp/pagelab-links/zz", "/tmp/pagelab-links/c", 0));
    say("link across file systems: ", lnk("/tmp/pagelab-links/a", "/proc/x", 0));
    say("unlink a: ", sys_unlinkat("/tmp/pagelab-links/a", 0));
    sys_fstat(fd, &st);
    say("  links left: ", st.st_nlink);
    sys_lseek(fd2, 0, SEEK_SET);
    say("  b still reads: ", sys_read(fd2, buf, 64));

    say("symlink s -> b: ", slink("b", "/tmp/pagelab-links/s"));
    long n = sys_readlink("/tmp/pagelab-links/s", buf, sizeof buf);
    buf[n > 0 ? n : 0] = 0;
    print("  readlink: ");
    print(buf);
    print("\n");
    say("  readlink with a 1-byte buffer: ", sys_readlink("/tmp/pagelab-links/s", buf, 1));
    say("  open through it: ", sys_open("/tmp/pagelab-links/s", O_RDONLY, 0) >= 0);
    syscall4(SYS_newfstatat, AT_FDCWD, (long)"/tmp/pagelab-links/s", (long)&st, 0x100);
    say_yes("  lstat sees a link: ", (st.st_mode & S_IFMT) == 0120000);
    say("  lstat size: ", st.st_size);
    sys_stat("/tmp/pagelab-links/s", &st);
    say_yes("  stat sees the file: ", (st.st_mode & S_IFMT) == S_IFREG);
    say("symlink onto an existing name: ", slink("x", "/tmp/pagelab-links/s"));
    say("dangling symlink: ", slink("nowhere", "/tmp/pagelab-links/dangling"));
    say("  open it: ", sys_open("/tmp/pagelab-links/dangling", O_RDONLY, 0));
    say("  readlink of a file: ", sys_readlink("/tmp/pagelab-links/b", buf, sizeof buf));
    long cfd = sys_open("/tmp/pagelab-links/dangling", O_WRONLY | O_CREAT, 0644);
    say("  O_CREAT through it creates the target: ", cfd >= 0);
    say("  the target exists now: ", sys_access("/tmp/pagelab-links/nowhere", 0));
    say("  O_CREAT|O_EXCL on the link: ",
        sys_open("/tmp/pagelab-links/dangling", O_WRONLY | O_CREAT | O_EXCL, 0644));
    sys_close(cfd);
    sys_unlinkat("/tmp/pagelab-links/nowhere", 0);
    sys_mkdir("/tmp/pagelab-links/gone", 0755);
    sys_chdir("/tmp/pagelab-links/gone");
    sys_unlinkat("/tmp/pagelab-links/gone", AT_REMOVEDIR);
    say("  getcwd in a removed directory: ", sys_getcwd(buf, sizeof buf));
    sys_chdir("/");
    slink("loop2", "/tmp/pagelab-links/loop1");
    slink("loop1", "/tmp/pagelab-links/loop2");
    say("  open a loop: ", sys_open("/tmp/pagelab-links/loop1", O_RDONLY, 0));
    say("symlink to a directory, then a path through it: ", slink("/tmp/pagelab-links", "/tmp/pagelab-links/up"));
    say("  open up/up/up/b: ", sys_open("/tmp/pagelab-links/up/up/up/b", O_RDONLY, 0) >= 0);
    say("  unlink the link, not the target: ", sys_unlinkat("/tmp/pagelab-links/up", 0));
    say("  directory still there: ", sys_access("/tmp/pagelab-links", 0));

    const char *names[] = {"b", "s", "dangling", "loop1", "loop2"};
    for (int i = 0; i < 5; i++) {
        char path[64] = "/tmp/pagelab-links/";
        memcpy(path + 19, names[i], rt_strlen(names[i]) + 1);
        sys_unlinkat(path, 0);
    }
    say("cleaned up: ", sys_unlinkat("/tmp/pagelab-links", AT_REMOVEDIR));
    return 0;
}
