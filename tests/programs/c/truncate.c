/* truncate: shrinking a file that was mapped keeps mappings, read() and the page cache coherent:
 * the old bytes beyond the new end read as zero, the surviving bytes stay. */
#include "rt.h"
#define SYS_ftruncate 46
int main(void){ const char *p = "/tmp/pagelab-trunc"; char buf[8192]; memset(buf, 'A', sizeof buf);
 long fd = sys_open(p, O_RDWR|O_CREAT|O_TRUNC, 0600); write_all(fd, buf, 8192);
 char *m = sys_mmap(0, 8192, PROT_READ, MAP_SHARED, fd, 0); say("first byte: ", m[0]); say("byte 5000: ", m[5000]);
 sys_munmap(m, 8192);
 syscall2(SYS_ftruncate, fd, 100);
 sys_lseek(fd, 0, SEEK_SET); write_all(fd, "bb", 2);
 m = sys_mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0);
 say("after truncate to 100 + write: byte 0: ", m[0]); say("byte 50: ", m[50]); say("byte 200 (beyond EOF, zero): ", m[200]);
 sys_munmap(m, 4096); sys_close(fd);
 fd = sys_open(p, O_RDWR|O_TRUNC, 0); write_all(fd, "cc", 2);
 m = sys_mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0);
 say("after O_TRUNC + write: byte 0: ", m[0]); say("byte 2: ", m[2]);
 sys_unlinkat(p, 0); return 0; }
