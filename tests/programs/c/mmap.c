/* mmap: argument checking of mmap/munmap/mprotect, and what accesses do after each. */
#include "rt.h"

static volatile int faults, last_code;
static volatile unsigned long last_addr;

static void handler(int sig, ksiginfo_t *info, void *uc)
{
    faults++;
    last_code = info->si_code;
    last_addr = (unsigned long)info->si_addr;
    skip_faulting_instruction(uc);
}

static void probe_write(const char *what, volatile char *p, unsigned long base)
{
    int before = faults;
    *p = 1;
    print(what);
    if (faults == before)
        print(": ok\n");
    else {
        print(": SIGSEGV code ");
        print_dec(last_code);
        print(" at base+");
        print_dec((long)(last_addr - base));
        print("\n");
    }
}

static void probe_read(const char *what, volatile char *p, unsigned long base)
{
    int before = faults;
    char c = *p;
    (void)c;
    print(what);
    if (faults == before)
        print(": ok\n");
    else {
        print(": SIGSEGV code ");
        print_dec(last_code);
        print(" at base+");
        print_dec((long)(last_addr - base));
        print("\n");
    }
}

int main(void)
{
    sigaction3(SIGSEGV, handler, SA_SIGINFO | SA_NODEFER);
    int rw = PROT_READ | PROT_WRITE, pa = MAP_PRIVATE | MAP_ANONYMOUS;

    say("mmap length 0: ", (long)sys_mmap(0, 0, rw, pa, -1, 0));
    say("mmap without SHARED/PRIVATE: ", (long)sys_mmap(0, PAGE, rw, MAP_ANONYMOUS, -1, 0));
    say("mmap unaligned offset: ", (long)sys_mmap(0, PAGE, rw, pa, -1, 100));
    say("mmap FIXED unaligned: ", (long)sys_mmap((void *)0x10000001, PAGE, rw, pa | MAP_FIXED, -1, 0));
    say("mmap bad fd: ", (long)sys_mmap(0, PAGE, rw, MAP_PRIVATE, 99, 0));
    say("mmap bad prot: ", (long)sys_mmap(0, PAGE, 0x100, pa, -1, 0));

    char *p = sys_mmap(0, 4 * PAGE, rw, pa, -1, 0);
    unsigned long base = (unsigned long)p;
    say_yes("mapping is page aligned: ", (base & (PAGE - 1)) == 0);
    say("fresh anonymous memory reads: ", p[5000]);
    p[0] = 'a';
    p[3 * PAGE] = 'd';
    say("munmap unaligned: ", sys_munmap(p + 1, PAGE));
    say("munmap length 0: ", sys_munmap(p, 0));
    say("munmap second page: ", sys_munmap(p + PAGE, PAGE));
    probe_write("write to the hole", p + PAGE + 8, base);
    probe_write("write to page 0", p, base);
    say("mprotect unaligned: ", sys_mprotect(p + 1, PAGE, PROT_READ));
    say("mprotect over the hole: ", sys_mprotect(p, 3 * PAGE, PROT_READ));
    say("mprotect page 2 read-only: ", sys_mprotect(p + 2 * PAGE, PAGE, PROT_READ));
    probe_read("read page 2", p + 2 * PAGE + 100, base);
    probe_write("write page 2", p + 2 * PAGE + 100, base);
    say("mprotect page 2 PROT_NONE: ", sys_mprotect(p + 2 * PAGE, PAGE, PROT_NONE));
    probe_read("read page 2", p + 2 * PAGE + 200, base);
    say("mprotect page 2 read-write: ", sys_mprotect(p + 2 * PAGE, PAGE, rw));
    probe_write("write page 2", p + 2 * PAGE + 300, base);
    say("page 3 kept its byte: ", p[3 * PAGE]);
    char *q = sys_mmap(p + 3 * PAGE, PAGE, rw, pa | MAP_FIXED, -1, 0);
    say_yes("MAP_FIXED returns the address: ", q == p + 3 * PAGE);
    say("MAP_FIXED replaced the page, now reads: ", p[3 * PAGE]);
    say("munmap everything (with the hole): ", sys_munmap(p, 4 * PAGE));
    probe_read("read after munmap", p + 3 * PAGE, base);
    say("munmap of nothing: ", sys_munmap(p, 4 * PAGE));
    say("faults seen: ", faults);
    return 0;
}
