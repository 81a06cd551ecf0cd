"""The guest scenarios whose /proc the golden tests capture, and the commands run on each.

A scenario is a shell command line run on a fresh kernel; it ends by stopping its own shell
(`kill -STOP $$`) while its background jobs sleep, so the kernel halts with every process alive
("deadlock") and the snapshot is taken (procsnap.capture).  A scenario's commands are run on its
snapshot by the real tool (make_golden.py) and by pagelab's (test_tools_golden.py)."""
SWAPS = ("Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"
         "/dev/vdb                                partition\t65532\t\t1024\t\t-2\n"
         "/swapfile                               file\t\t1572860\t\t0\t\t-3\n")
SWAP_COMMANDS = ["smem", "smem -k -t", "swapon -s", "swapon --show", "swapon", "swapon --show --bytes",
                 "swapon --show=NAME,SIZE --noheadings", "swapon --raw --show", "swapoff -a"]

# a bigger machine whose processes have used CPU time: TIME, %CPU, C, rounding of percentages
BUSY_COMMANDS = ["ps aux", "ps -ef", "ps -eo pid,ppid,pgid,time,etime,c,%cpu,%mem,stat,comm",
                 "ps -e --sort=-%cpu,pid", "top -b -n 1", "vmstat", "vmstat -s", "free -h",
                 "free -w", "smem -t", "smem -k -s rss -r", "pmap -x 3", "pmap -X 7", "uptime",
                 "slabtop -o", "slabtop -o -s u"]

COMMANDS = [
    "ps -e", "ps -ef", "ps -eo pid,ppid,vsz,rss,min_flt,maj_flt,comm", "ps -e --sort=-rss",
    "ps -eo pid,comm,rss --sort=rss", "ps -e -o pid,stat,vsz,rss,cmd",
    "ps aux", "ps -eo pid,pgid,sid,tty,time,%mem,%cpu,args", "ps -p 3", "ps -e -o pid=,comm=",
    "ps -e --sort=comm,-pid", "ps",
    "free", "free -k", "free -m", "free -h", "free -w", "free -m -w", "free -t", "free --si -h -t",
    "free -b", "free -c 2 -s 1", "free -x",
    "vmstat", "vmstat -s", "vmstat -S m", "vmstat 1 3",
    "pmap 3", "pmap -x 3", "pmap -X 3", "pmap -x 999", "pmap 2 3", "pmap -x 2", "pmap -XX 3",
    "pmap", "pmap -q 3", "uptime", "uptime -p", "uptime -s", "sysctl vm.swappiness",
    "sysctl -a", "sysctl -w vm.swappiness=10", "sysctl kernel.pid_max vm.overcommit_memory",
    "sysctl -n vm.overcommit_ratio", "sysctl no.such.key", "slabtop -o", "slabtop -o -s c",
    "slabtop -o -s a", "top -b -n 1", "swapon -s", "swapon --show", "swapon", "vmstat -a",
    "vmstat -S M 1 2", "vmstat -x", "smem", "smem -k", "smem -t", "smem -s rss", "smem -s pss -r",
    "smem -s uss", "smem -s swap", "smem -k -t -s rss -r",
    "ps -o foo", "ps --sort=bar", "ps -Q", "uptime -x", "smem -x", "slabtop -x", "pmap -x 3 999",
    "sysctl -x", "top -b -n 2 -d 1",
]

# name -> (shell command line, KernelConfig options, files added to the captured /proc (the
# kernel does not have them yet: a swap area), commands run on it)
SCENARIOS = {
    "basic": ("memhog -f 8 & memhog -f 2 >/dev/null & sleep 1; kill -STOP $$", {}, {}, COMMANDS),
    "busy": ("memhog -f 120 & memhog -f 60 & sh -c 'memhog -f 3' & sleep 3; kill -STOP $$",
             {"mem_size": 256 << 20}, {}, BUSY_COMMANDS),
    "swap": ("memhog -f 1 & sleep 1; kill -STOP $$", {}, {"swaps": SWAPS}, SWAP_COMMANDS),
}
