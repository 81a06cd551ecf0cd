"""String merging of SHF_MERGE|SHF_STRINGS sections, as GNU ld does it (bfd/merge.c).

Compilers put string literals in sections like `.rodata.str1.8,"aMS",@progbits,1`.  ld keeps
one copy of each distinct string across the input sections of one *group* (same output section,
entry size, alignment and flags), and stores a string that is the tail of another inside it.
We follow bfd's algorithm step by step, so that the bytes and every address pointing into them
match GNU's:

record   each input section in link order: a string (NUL included) at offset `off` becomes an
         entry with alignment lowbit(off) capped at the section alignment (0 -> the section
         alignment).  NULs after a string are padding and skipped, except that the first NUL
         found at a fully aligned offset records one empty string.  An identical string maps to
         the existing entry - unless the new occurrence needs a larger alignment: then the old
         entry is dropped and a new one (at the end of the list) replaces it.
sort     live entries by their bytes read backwards (NUL excluded), shorter first on a tie;
         when every entry has the same alignment A > 1, first by (length mod A).
suffix   walking the sorted list from the end, an entry that is a suffix of the current "head"
         (at an offset that is a multiple of its own alignment, head at least as aligned) is
         stored inside the head; otherwise it becomes the head.
layout   entries in list order, each input section's kept entries packed with their
         alignment; if every input section's size was a multiple of its alignment, the last
         section's merged size is rounded up to the alignment too.

References into a merged section (labels, `.LC0+4`) are mapped through the string that
contains them: the new position of that string plus the offset inside it.
Only 1-byte strings are merged (entsize 1, what GCC emits); sections with fixups are left alone.
"""
from __future__ import annotations

import bisect
import functools


class _Entry:
    __slots__ = ("data", "align", "owner", "suffix_of", "index", "live")

    def __init__(self, data: bytes, align: int, owner):
        self.data = data              # the string with its NUL
        self.align = align
        self.owner = owner            # input section that keeps it
        self.suffix_of = None
        self.index = 0                # offset in the owner's merged contents
        self.live = True


def _record(sec, table: dict, entries: list):
    """Returns the string start offsets of `sec` (for mapping references)."""
    data = sec.data
    n = len(data)
    mask = max(sec.align, 1) - 1
    starts = []
    nul = False
    p = 0
    while p < n:
        align = (p & -p) if p else mask + 1
        if align > mask:
            align = mask + 1
        end = data.find(b"\0", p)
        text = data[p:end + 1] if end >= 0 else data[p:] + b"\0"
        _add(table, entries, text, align, sec)
        starts.append(p)
        p += len(text)
        while p < n and data[p] == 0:
            if not nul and not p & mask:
                nul = True
                _add(table, entries, b"\0", mask + 1, sec)
                starts.append(p)
            p += 1
    return starts


def _add(table, entries, text, align, sec):
    entry = table.get(text)
    if entry is not None and entry.align >= align:
        return entry
    if entry is not None:
        entry.live = False            # a better-aligned copy replaces it
    entry = _Entry(text, align, sec)
    table[text] = entry
    entries.append(entry)
    return entry


def _revcmp(a: _Entry, b: _Entry, align: int) -> int:
    la, lb = len(a.data) - 1, len(b.data) - 1          # NUL excluded, as bfd sorts
    if align:
        tail = (la & (align - 1)) - (lb & (align - 1))
        if tail:
            return tail
    ra, rb = a.data[la - 1::-1] if la else b"", b.data[lb - 1::-1] if lb else b""
    m = min(la, lb)
    if ra[:m] != rb[:m]:
        for x, y in zip(ra, rb):
            if x != y:
                return x - y
    return la - lb


def merge_strings(sections) -> None:
    """Merge one group of input sections; rewrites `data`/`size`, sets `remap` and `merged`."""
    table: dict[bytes, _Entry] = {}
    entries: list[_Entry] = []
    starts = {id(sec): _record(sec, table, entries) for sec in sections}
    live = [e for e in entries if e.live]
    aligns = {e.align for e in live}
    common = aligns.pop() if len(aligns) == 1 else 0
    key = functools.cmp_to_key(lambda a, b: _revcmp(a, b, common if common > 1 else 0))
    ordered = sorted(live, key=key)
    if ordered:
        head = ordered[-1]
        for cmp in reversed(ordered[:-1]):
            if (head.align >= cmp.align and (len(head.data) - len(cmp.data)) % cmp.align == 0
                    and len(head.data) > len(cmp.data) and head.data.endswith(cmp.data)):
                cmp.suffix_of = head
            else:
                head = cmp
    outputs = {id(sec): bytearray() for sec in sections}
    kept = [e for e in live if e.suffix_of is None]
    for e in kept:
        buf = outputs[id(e.owner)]
        buf += bytes((-len(buf)) % e.align)
        e.index = len(buf)
        buf += e.data
    padded = all(len(sec.data) % max(sec.align, 1) == 0 for sec in sections)
    if padded and kept:
        last = kept[-1].owner
        buf = outputs[id(last)]
        buf += bytes((-len(buf)) % max(last.align, 1))
    for e in live:
        head, extra = e, 0
        while head.suffix_of is not None:
            extra += len(head.suffix_of.data) - len(head.data)
            head = head.suffix_of
        e.owner, e.index = head.owner, head.index + extra
    for sec in sections:
        original = sec.data
        sec_starts = starts[id(sec)]
        sec.data = bytes(outputs[id(sec)])
        sec.size = len(sec.data)
        sec.merged = not any(e.owner is sec for e in kept)      # nothing of its own left
        sec.remap = _remapper(sec, original, sec_starts, table)


def _remapper(sec, original: bytes, starts: list, table: dict):
    """offset in the original section -> (section now holding it, offset there)."""

    def remap(offset):
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return sec, offset
        start = starts[i]
        end = original.find(b"\0", start)
        text = original[start:end + 1] if end >= 0 else original[start:] + b"\0"
        entry = table.get(text)
        if entry is None:
            return sec, offset
        return entry.owner, entry.index + (offset - start)
    return remap


def merge_groups(inputs, output_name):
    """Group the mergeable string sections of `inputs` [(obj, name, sec)] as ld does, merge."""
    groups: dict = {}
    for obj, name, sec in inputs:
        if "M" in sec.flags and "S" in sec.flags and sec.entsize == 1 and not sec.fixups \
                and not sec.nobits and sec.data:
            key = (output_name(name), sec.align, "M" in sec.flags, "S" in sec.flags)
            groups.setdefault(key, []).append(sec)
    for secs in groups.values():
        merge_strings(secs)
