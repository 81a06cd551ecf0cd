"""syslog(2) (riscv64 number 116): read the kernel log, as `dmesg` does when /dev/kmsg is absent.

Actions (include/linux/syslog.h): 3 SYSLOG_ACTION_READ_ALL copies the newest messages that fit
in `len` bytes, each line as `<level>[seconds.micros] text` (level 6, KERN_INFO), and returns
the byte count; 10 SYSLOG_ACTION_SIZE_BUFFER returns the buffer's size; 9 SIZE_UNREAD the bytes
there are to read.  0 and 1 (close/open) do nothing; other actions (destructive read, clear,
console level) give EPERM here: the guest's user may only read.
"""
from __future__ import annotations

from pagelab.kernel import errno as E
from pagelab.kernel.syscalls import syscall

READ_ALL, SIZE_UNREAD, SIZE_BUFFER = 3, 9, 10
BUFFER_SIZE = 1 << 17          # CONFIG_LOG_BUF_SHIFT=17, Linux's default


def _text(kernel) -> bytes:
    lines = kernel.klog.render().splitlines(keepends=True)
    return "".join(f"<6>{line}" for line in lines).encode()


@syscall(116, "syslog")
def sys_syslog(kernel, task, action, buf, length, *_):
    action = action & 0xFFFFFFFF
    length = length & 0xFFFFFFFF
    if action in (0, 1):
        return 0
    if action == SIZE_BUFFER:
        return BUFFER_SIZE
    text = _text(kernel)
    if action == SIZE_UNREAD:
        return min(len(text), BUFFER_SIZE)
    if action != READ_ALL:
        return -E.EPERM
    if length & 0x80000000:
        return -E.EINVAL
    if buf == 0 and length:
        return -E.EINVAL
    data = text[-length:] if length else b""
    if data and length < len(text):
        newline = data.find(b"\n")                  # whole lines only, as Linux copies them
        data = data[newline + 1:] if newline >= 0 else b""
    try:
        task.mm.copy_out(buf, data)
    except Exception as error:
        if type(error).__name__ == "EFault":
            return -E.EFAULT
        raise
    return len(data)
