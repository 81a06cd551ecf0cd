"""The page cache under pressure, from a guest program: write() through the cache, Dirty in
meminfo, writeback by fsync / sync / the flusher on simulated time, drop_caches, and a file
larger than RAM written and mapped with no swap and no OOM kill (kernel/mm/writeback.py)."""
from __future__ import annotations

import pytest

from proc_harness import build_c, run_pagelab

PRELUDE = r"""
enum { SYS_openat = 56, SYS_close = 57, SYS_lseek = 62, SYS_read = 63, SYS_pread = 67,
       SYS_sync = 81, SYS_fsync = 82, SYS_fdatasync = 83, SYS_msync = 227, SYS_syncfs = 267 };
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_TRUNC 01000
#define AT_FDCWD -100
static long open_(const char *p, int flags) { return sys4(SYS_openat, AT_FDCWD, p, flags, 0644); }
static char text[8192];
/* the value of one meminfo/vmstat line ("Dirty:  12 kB" -> 12), -1 if absent */
static long field(const char *file, const char *name) {
    long fd = open_(file, O_RDONLY), n = sys3(SYS_read, fd, text, sizeof text - 1);
    sys1(SYS_close, fd);
    if (n < 0) return -1;
    text[n] = 0;
    size_t len = slen(name);
    for (char *p = text; *p; ) {
        int match = 1;
        for (size_t i = 0; i < len; i++) if (p[i] != name[i]) { match = 0; break; }
        if (match && (p[len] == ':' || p[len] == ' ')) {
            char *q = p + len + 1; long v = 0;
            while (*q == ' ') q++;
            while (*q >= '0' && *q <= '9') v = v * 10 + (*q++ - '0');
            return v;
        }
        while (*p && *p != '\n') p++;
        if (*p) p++;
    }
    return -1;
}
static void sleep_s(long s) { long ts[2] = {s, 0}; sys2(SYS_nanosleep, ts, 0); }
static void put(const char *path, const char *s) {
    long fd = open_(path, O_WRONLY | O_TRUNC); sys3(SYS_write, fd, s, slen(s)); sys1(SYS_close, fd); }
static unsigned long stamp(unsigned long off) { return off * 2654435761u + 12345; }
"""


@pytest.fixture(scope="module")
def small_ram_prog(tmp_path_factory):
    """Write `mib` MiB to /big (root fs: disk-backed), mmap it, read it all back."""
    src = PRELUDE + r"""
static unsigned long buf[32768];                 /* 256 KiB */
int main(int argc, char **argv, char **envp) {
    long mib = 64;
    long fd = open_("/big", O_RDWR | O_CREAT | O_TRUNC);
    long chunks = mib * 4;
    for (long c = 0; c < chunks; c++) {
        for (long i = 0; i < 32768; i++) buf[i] = stamp(c * 32768 + i);
        if (sys3(SYS_write, fd, buf, sizeof buf) != sizeof buf) { out("short write\n"); return 1; }
        long dirty = field("/proc/meminfo", "Dirty");
        long limit = field("/proc/vmstat", "nr_dirty_threshold") * 4;
        if (dirty > limit + 256) { kv("over-limit", dirty); return 1; }
    }
    kv("size", sys3(SYS_lseek, fd, 0, 2));
    unsigned long *map = (unsigned long *)sys6(SYS_mmap, 0, mib << 20, 1, 1, fd, 0);
    if ((long)map < 0) { kv("mmap", (long)map); return 1; }
    long bad = 0;
    for (unsigned long i = 0; i < (unsigned long)mib << 17; i += 61)
        if (map[i] != stamp(i)) bad++;
    kv("bad", bad);
    kv("written", field("/proc/vmstat", "nr_written") > 0);
    kv("swaptotal", field("/proc/meminfo", "SwapTotal"));
    return 0;
}
"""
    return build_c(tmp_path_factory.mktemp("wb"), src, "bigfile")


def test_file_larger_than_ram_written_and_mapped_without_swap_or_oom(small_ram_prog):
    result = run_pagelab(small_ram_prog, mem_size=16 << 20)
    assert result.status == 0, result.text
    assert "size=67108864" in result.text
    assert "bad=0" in result.text
    assert "written=1" in result.text and "swaptotal=0" in result.text
    ev = result.kernel.physmem.events
    assert ev["oom_kill"] == 0
    assert ev["nr_written"] >= (64 << 20) // 4096 - result.kernel.physmem.total_pages
    # the data really is on the "disk": the root file system's store
    big = result.kernel.fs.root.lookup("big")
    assert big.size == 64 << 20
    for off in (0, 12345 * 8, (64 << 20) - 8):
        word = int.from_bytes(big.read_page(off // 4096)[off % 4096:off % 4096 + 8], "little")
        expected = (off // 8 * 2654435761 + 12345) & (2**64 - 1)
        if result.kernel.page_cache.find(big, off // 4096) is None:
            assert word == expected


def run_c(tmp_path, body: str, **config):
    exe = build_c(tmp_path, PRELUDE + body, "bigfile")
    return run_pagelab(exe, **config)


def test_write_is_dirty_then_fsync_cleans_and_drop_caches_keeps_data(tmp_path):
    result = run_c(tmp_path, r"""
static char page[16384];
int main(int argc, char **argv, char **envp) {
    long cached0 = field("/proc/meminfo", "Cached");
    long fd = open_("/data", O_RDWR | O_CREAT | O_TRUNC);
    for (int i = 0; i < 16384; i++) page[i] = 'a' + i % 23;
    sys3(SYS_write, fd, page, 16384);
    kv("dirty", field("/proc/meminfo", "Dirty"));
    kv("cached_grew", field("/proc/meminfo", "Cached") - cached0 >= 16);
    kv("nr_dirty", field("/proc/vmstat", "nr_dirty"));
    kv("fsync", sys1(SYS_fsync, fd));
    kv("dirty_after_fsync", field("/proc/meminfo", "Dirty"));
    /* a partial overwrite in the middle of a page: read-modify-write of a cached page */
    sys4(SYS_pread + 1, fd, "XYZ", 3, 5000);
    kv("dirty_after_pwrite", field("/proc/meminfo", "Dirty"));
    kv("fdatasync", sys1(SYS_fdatasync, fd));
    long before = field("/proc/meminfo", "Cached");
    put("/proc/sys/vm/drop_caches", "1");
    kv("dropped", before - field("/proc/meminfo", "Cached") >= 16);
    long n = sys4(SYS_pread, fd, page, 16384, 0);
    kv("read", n);
    int bad = 0;
    for (int i = 0; i < 16384; i++) {
        char want = (i >= 5000 && i < 5003) ? "XYZ"[i - 5000] : 'a' + i % 23;
        if (page[i] != want) bad++;
    }
    kv("bad", bad);
    /* dirty pages survive drop_caches */
    sys4(SYS_pread + 1, fd, "Q", 1, 20000);     /* extends the file: a new dirty page */
    put("/proc/sys/vm/drop_caches", "3");
    kv("dirty_kept", field("/proc/meminfo", "Dirty"));
    kv("syncfs", sys1(SYS_syncfs, fd));
    kv("dirty_after_syncfs", field("/proc/meminfo", "Dirty"));
    kv("size", sys3(SYS_lseek, fd, 0, 2));
    return 0;
}
""")
    out = result.text
    assert result.status == 0, out
    for line in ("dirty=16", "cached_grew=1", "nr_dirty=4", "fsync=0", "dirty_after_fsync=0",
                 "dirty_after_pwrite=4", "fdatasync=0", "dropped=1", "read=16384", "bad=0",
                 "dirty_kept=4", "syncfs=0", "dirty_after_syncfs=0", "size=20001"):
        assert line + "\n" in out, (line, out)
    data = result.kernel.fs.root.lookup("data").data
    assert data[5000:5003] == b"XYZ" and data[20000:] == b"Q" and data[16384:20000] == bytes(3616)
    assert "bigfile (4): drop_caches: 1" in result.kernel.klog.lines()
    assert "bigfile (4): drop_caches: 3" in result.kernel.klog.lines()


def test_flusher_writes_expired_pages_on_simulated_time(tmp_path):
    result = run_c(tmp_path, r"""
int main(int argc, char **argv, char **envp) {
    long fd = open_("/f", O_RDWR | O_CREAT | O_TRUNC);
    sys3(SYS_write, fd, "hello", 5);
    kv("d0", field("/proc/meminfo", "Dirty"));
    sleep_s(10);
    kv("d10", field("/proc/meminfo", "Dirty"));      /* younger than 30 s: still dirty */
    sleep_s(26);
    kv("d36", field("/proc/meminfo", "Dirty"));      /* expired, written at the 35 s wake-up */
    kv("written", field("/proc/vmstat", "nr_written"));
    return 0;
}
""")
    assert result.status == 0, result.text
    assert "d0=4\n" in result.text and "d10=4\n" in result.text
    assert "d36=0\n" in result.text and "written=1\n" in result.text
    assert result.kernel.fs.root.lookup("f").data == b"hello"


def test_dirty_expire_and_writeback_sysctls_steer_the_flusher(tmp_path):
    body = r"""
int main(int argc, char **argv, char **envp) {
    long fd = open_("/f", O_RDWR | O_CREAT | O_TRUNC);
    sys3(SYS_write, fd, "hello", 5);
    sleep_s(3);
    kv("d3", field("/proc/meminfo", "Dirty"));
    return 0;
}
"""
    fast = run_c(tmp_path, body, sysctl={"vm.dirty_expire_centisecs": 100,
                                         "vm.dirty_writeback_centisecs": 100})
    assert "d3=0\n" in fast.text, fast.text
    off = run_c(tmp_path, body, sysctl={"vm.dirty_expire_centisecs": 100,
                                        "vm.dirty_writeback_centisecs": 0})
    assert "d3=4\n" in off.text, off.text


def test_writer_is_throttled_at_dirty_bytes(tmp_path):
    result = run_c(tmp_path, r"""
static char buf[1 << 20];
int main(int argc, char **argv, char **envp) {
    long fd = open_("/f", O_RDWR | O_CREAT | O_TRUNC);
    long worst = 0;
    for (int i = 0; i < 8; i++) {                /* 8 MiB in 1 MiB writes */
        sys3(SYS_write, fd, buf, sizeof buf);
        long d = field("/proc/meminfo", "Dirty");
        if (d > worst) worst = d;
    }
    kv("worst", worst);
    return 0;
}
""", sysctl={"vm.dirty_bytes": 1 << 20, "vm.dirty_background_bytes": 512 << 10})
    assert result.status == 0
    worst = int(result.text.split("worst=")[1].split()[0])
    # never more than dirty_bytes (1 MiB) + one ratelimit step (32 pages) dirty
    assert 0 < worst <= 1024 + 128, result.text
    ev = result.kernel.physmem.events
    assert ev["wb_throttled"] >= 8 and ev["nr_written"] >= 1700
    assert result.kernel.physmem.nr_dirty <= 256 + 32


def test_host_root_files_reach_the_host_when_the_run_ends(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    result = run_c(tmp_path, r"""
int main(int argc, char **argv, char **envp) {
    long fd = open_("/out", O_RDWR | O_CREAT | O_TRUNC);
    sys3(SYS_write, fd, "on the host\n", 12);
    kv("dirty", field("/proc/meminfo", "Dirty"));
    return 0;
}
""", root=str(root))
    assert "dirty=4\n" in result.text, result.text
    assert (root / "out").read_bytes() == b"on the host\n"     # written back at shutdown


def test_tmp_and_dev_shm_are_tmpfs_counted_as_shmem_never_dirty(tmp_path):
    result = run_c(tmp_path, r"""
static char page[8192];
int main(int argc, char **argv, char **envp) {
    long shmem0 = field("/proc/meminfo", "Shmem");
    long a = open_("/dev/shm/seg", O_RDWR | O_CREAT), b = open_("/tmp/t", O_RDWR | O_CREAT);
    for (int i = 0; i < 8192; i++) page[i] = 's';
    sys3(SYS_write, a, page, 8192);
    sys3(SYS_write, b, page, 4096);
    kv("shmem", field("/proc/meminfo", "Shmem") - shmem0);
    kv("dirty", field("/proc/meminfo", "Dirty"));
    kv("rename", sys6(276, -100, "/dev/shm/seg", -100, "/tmp/seg", 0, 0));   /* renameat2 */
    put("/proc/sys/vm/drop_caches", "3");
    kv("kept", field("/proc/meminfo", "Shmem") - shmem0);
    kv("read", sys4(SYS_pread, a, page, 8192, 0));
    return 0;
}
""")
    assert result.status == 0, result.text
    for line in ("shmem=12", "dirty=0", "rename=-18", "kept=12", "read=8192"):
        assert line + "\n" in result.text, (line, result.text)
