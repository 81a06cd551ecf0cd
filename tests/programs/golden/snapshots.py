"""The guest scenarios whose /proc the golden tests capture, and the commands run on each.

A scenario is a shell command line run on a fresh kernel; it ends by stopping its own shell
(`kill -STOP $$`) while its background jobs sleep, so the kernel halts with every process alive
("deadlock") and the snapshot is taken (procsnap.capture).  COMMANDS are run on every snapshot by
the real tool (make_golden.py) and by pagelab's (test_tools_golden.py)."""
SCENARIOS = {
    "basic": ("memhog -f 8 & memhog -f 2 >/dev/null & sleep 1; kill -STOP $$", {}),
}

COMMANDS = [
    "ps -e", "ps -ef", "ps -eo pid,ppid,vsz,rss,min_flt,maj_flt,comm", "ps -e --sort=-rss",
    "ps -eo pid,comm,rss --sort=rss", "ps -e -o pid,stat,vsz,rss,cmd",
    "ps aux", "ps -eo pid,pgid,sid,tty,time,%mem,%cpu,args", "ps -p 3", "ps -e -o pid=,comm=",
    "ps -e --sort=comm,-pid", "ps",
    "free", "free -k", "free -m", "free -h", "free -w", "free -m -w", "free -t", "free --si -h -t",
    "free -b", "free -c 2 -s 1", "free -x",
    "vmstat", "vmstat -s", "vmstat -S m", "vmstat 1 3",
    "pmap 3", "pmap -x 3", "pmap -X 3", "pmap -x 999", "pmap 2 3", "pmap -x 2", "pmap -XX 3",
    "pmap", "pmap -q 3", "vmstat -a", "vmstat -S M 1 2", "vmstat -x",
]
