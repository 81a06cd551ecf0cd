"""Drawing the front panel with pygame: one `PanelView.draw(surface)` renders every pane.

The screen, left to right (proportions kept when the window is resized; the default size is
1280x720, which fits a 1366x768 laptop screen with its window decorations):

    +-------------------------------+--------------------------+----------------------------+
    | header: program, state, simulated time, instructions, speed, breakpoints               |
    +-------------------------------+--------------------------+----------------------------+
    | physical memory: a cell per   | the TLB: every array as  | counters (vmstat + TLB)    |
    | frame (or per k frames),      | sets x ways, VPN->PPN,   | processes                  |
    | coloured by use, + legend     | ASID, perms, A/D; new    | event stream               |
    |-------------------------------| fills outlined           | timeline (faults / bucket) |
    | page-table walk of the last   |                          | guest console              |
    | fault or of a picked VA       |                          |                            |
    +-------------------------------+--------------------------+----------------------------+
    | keyboard shortcuts                                                                    |
    +---------------------------------------------------------------------------------------+

Everything drawn comes from the model's snapshots (tools/panel/model.py); the view keeps only
what it needs to show change: the previous frame colours (changed frames flash for a few
refreshes) and the TLB entries filled since the last refresh (outlined).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from pagelab.tools.panel.model import CATEGORIES, aggregate

DEFAULT_SIZE = (1280, 720)
MIN_SIZE = (800, 500)

BG = (18, 20, 26)
PANE = (28, 31, 40)
BORDER = (60, 64, 78)
TEXT = (225, 228, 235)
DIM = (140, 146, 160)
ACCENT = (255, 210, 80)
BAD = (240, 80, 80)
GOOD = (110, 210, 120)

# physical memory colours, in CATEGORIES order
CATEGORY_COLOURS = {
    "free": (46, 50, 60), "kernel": (130, 130, 140), "slab": (160, 110, 210),
    "pagetable": (235, 150, 40), "anon": (70, 140, 235), "file": (70, 185, 100),
    "dirty": (215, 70, 70), "shmem": (40, 200, 200), "zero": (245, 245, 245),
    "huge": (235, 90, 205), "swapcache": (200, 200, 70),
}
PALETTE = np.array([CATEGORY_COLOURS[c] for c in CATEGORIES], dtype=np.uint8)

FAULT_COLOURS = {"minor": (110, 165, 245), "major": (245, 160, 60), "cow": (235, 100, 215),
                 "zero": (220, 220, 220), "segv": BAD, "bus": BAD, "oom": (255, 60, 60)}
EVENT_COLOURS = {"syscall_enter": DIM, "syscall_exit": DIM, "fork": GOOD, "exec": GOOD,
                 "exit": GOOD, "signal": ACCENT, "oom_kill": (255, 60, 60),
                 "tlb_flush": (90, 200, 210), "map": (120, 130, 150), "unmap": (120, 130, 150),
                 "cow": (235, 100, 215), "swap_out": (200, 200, 70), "swap_in": (200, 200, 70)}
TLB_COLOURS = {"itlb": (70, 120, 90), "dtlb": (60, 95, 150)}

HELP = ("SPACE run/pause   s step insn   f next fault   c next syscall   e next event   "
        "+/- speed   1-5 break on fault/syscall/process/signal/oom   v break on walk VA   "
        "g go to VA   click: frame / process / timeline   m maps   "
        "\u2190\u2192 seek (replay)   q quit")
FLASH_REFRESHES = 6


@dataclass
class Rects:
    header: object
    memory: object
    walk: object
    tlb: object
    counters: object
    processes: object
    events: object
    timeline: object
    console: object
    help: object


def _font(size: int, bold: bool = False):
    import pygame
    path = pygame.font.match_font("dejavusansmono,liberationmono,monospace", bold=bold)
    return pygame.font.Font(path, size) if path else pygame.font.Font(None, size + 4)


def scale_for(width: int, height: int) -> float:
    """Text and fixed-height panes grow with the window (a projector at 1920x1080: x1.5)."""
    return max(1.0, min(width / DEFAULT_SIZE[0], height / DEFAULT_SIZE[1]))


def layout(width: int, height: int) -> Rects:
    """Pane rectangles for a window of width x height."""
    from pygame import Rect
    width, height = max(width, MIN_SIZE[0]), max(height, MIN_SIZE[1])
    k = scale_for(width, height)
    m = 6
    header_h, help_h = int(26 * k), int(34 * k)
    top, bottom = header_h + m, height - help_h - m
    body_h = bottom - top
    left_w = int(width * 0.32)
    mid_w = int(width * 0.35)
    right_x = m + left_w + m + mid_w + m
    right_w = width - right_x - m
    mem_h = int(body_h * 0.58)
    memory = Rect(m, top, left_w, mem_h)
    walk = Rect(m, top + mem_h + m, left_w, body_h - mem_h - m)
    tlb = Rect(m + left_w + m, top, mid_w, body_h)
    counters_h = int(104 * k)
    proc_h = int(112 * k)
    timeline_h = int(74 * k)
    console_h = int(84 * k)
    y = top
    counters = Rect(right_x, y, right_w, counters_h)
    y += counters_h + m
    processes = Rect(right_x, y, right_w, proc_h)
    y += proc_h + m
    events_h = bottom - y - timeline_h - console_h - 2 * m
    events = Rect(right_x, y, right_w, events_h)
    y += events_h + m
    timeline = Rect(right_x, y, right_w, timeline_h)
    y += timeline_h + m
    console = Rect(right_x, y, right_w, console_h)
    return Rects(Rect(0, 0, width, header_h), memory, walk, tlb, counters, processes, events,
                 timeline, console, Rect(0, height - help_h, width, help_h))


class PanelView:
    """Renders a Session (and, in replay, the whole recorded timeline) onto a surface."""

    def __init__(self, session, size=DEFAULT_SIZE):
        import pygame
        if not pygame.font.get_init():
            pygame.font.init()
        self.session = session
        self.resize(size)
        self.selected_pid: int | None = None
        self.walk_va: int | None = None          # None: the last fault's address
        self.frame_detail: dict | None = None    # the clicked frame (owners + hexdump)
        self.show_maps = False
        self.hover_pos = None
        self.message = ""
        self.speed_text = ""
        self.status_text = ""
        self.timeline_events = None              # replay: the whole recorded log
        self.cursor_index = None                 # replay: events shown so far
        self._prev_cats = None
        self._flash = None
        self._grid = None                        # memory grid geometry of the last draw
        self._tlb_cells: list = []               # (rect, array, (set, way), entry)
        self._process_rows: list = []            # (y, pid)
        self._timeline = None                    # (x, width, end time) of the last draw
        self._title_end = 0                      # x where the last pane title ended

    def resize(self, size) -> None:
        self.size = tuple(size)
        k = scale_for(*size)
        self.font = _font(round(12 * k))
        self.small = _font(round(10 * k))
        self.bold = _font(round(13 * k), bold=True)
        self.line = self.font.get_linesize()
        self.rects = layout(*size)

    # --- helpers --------------------------------------------------------------------------
    def _text(self, surface, text, pos, colour=TEXT, font=None, clip=None):
        font = font or self.font
        image = font.render(text, True, colour)
        if clip is not None and image.get_width() > clip:
            image = image.subsurface((0, 0, clip, image.get_height()))
        surface.blit(image, pos)
        return image.get_width()

    def _pane(self, surface, rect, title):
        import pygame
        pygame.draw.rect(surface, PANE, rect)
        pygame.draw.rect(surface, BORDER, rect, 1)
        self._title_end = rect.x + 6 + self._text(surface, title, (rect.x + 6, rect.y + 3),
                                                  ACCENT, self.bold)
        return rect.y + 3 + self.bold.get_linesize()

    # --- the whole screen ------------------------------------------------------------------
    def draw(self, surface) -> None:
        surface.fill(BG)
        r = self.rects
        self.draw_header(surface, r.header)
        self.draw_memory(surface, r.memory)
        self.draw_walk(surface, r.walk)
        self.draw_tlb(surface, r.tlb)
        self.draw_counters(surface, r.counters)
        self.draw_processes(surface, r.processes)
        self.draw_events(surface, r.events)
        self.draw_timeline(surface, r.timeline)
        self.draw_console(surface, r.console)
        self.draw_help(surface, r.help)
        if self.frame_detail is not None:
            self.draw_frame_detail(surface)
        elif self.show_maps:
            self.draw_maps(surface)
        self.draw_hover(surface)

    def draw_header(self, surface, rect) -> None:
        s = self.session
        c = s.counters()
        state = s.state if not self.status_text else self.status_text
        colour = BAD if s.state == "halted" else GOOD if s.state == "exited" else ACCENT
        x = 8
        x += self._text(surface, "pagelab panel", (x, 5), ACCENT, self.bold) + 16
        x += self._text(surface, " ".join(s.argv[-1 - len(s.options.args):]), (x, 6)) + 16
        x += self._text(surface, f"[{state}]", (x, 6), colour) + 16
        x += self._text(surface, f"t={c['time_ns'] / 1000:,.1f} us   "
                        f"insn={c['instret']:,}   events={len(s.events):,}", (x, 6)) + 16
        if self.speed_text:
            x += self._text(surface, self.speed_text, (x, 6), DIM) + 16
        breaks = sorted(s.break_kinds) + [f"va {p << 12:#x}" for p in sorted(s.break_vas)]
        if breaks:
            x += self._text(surface, "break: " + ",".join(breaks), (x, 6), BAD) + 16
        if self.message:
            self._text(surface, self.message, (x, 6), TEXT, clip=max(0, rect.width - x - 8))

    # --- physical memory ------------------------------------------------------------------
    def draw_memory(self, surface, rect) -> None:
        import pygame
        y0 = self._pane(surface, rect, "physical memory")
        snap = self.session.frames()
        n = len(snap.category)
        legend_h = 3 * (self.small.get_linesize() + 1) + 6
        area_w, area_h = rect.width - 12, rect.bottom - y0 - legend_h - 6
        cell = int((area_w * area_h / n) ** 0.5)
        k = 1
        while cell < 3:                                   # too many frames: fold them
            k *= 2
            cell = int((area_w * area_h / -(-n // k)) ** 0.5)
        cats, k = aggregate(snap.category, -(-n // k)) if k > 1 else (snap.category, 1)
        cols = max(1, area_w // cell)
        while -(-len(cats) // cols) * cell > area_h and cell > 3:
            cell -= 1
            cols = max(1, area_w // cell)
        rows = -(-len(cats) // cols)
        # changed cells flash for a few refreshes
        if self._prev_cats is None or len(self._prev_cats) != len(cats):
            self._flash = np.zeros(len(cats), dtype=np.int16)
        else:
            self._flash[cats != self._prev_cats] = FLASH_REFRESHES
        self._prev_cats = cats.copy()
        padded = np.zeros(rows * cols, dtype=np.uint8)
        padded[:len(cats)] = cats
        rgb = PALETTE[padded].astype(np.int16)
        flash = np.zeros(rows * cols, dtype=np.int16)
        flash[:len(cats)] = self._flash
        rgb += ((255 - rgb) * flash[:, None] // (FLASH_REFRESHES * 2)).astype(np.int16)
        rgb[len(cats):] = BG
        image = rgb.reshape(rows, cols, 3).astype(np.uint8)
        image = np.repeat(np.repeat(image, cell, axis=0), cell, axis=1)
        if cell >= 4:                                     # 1-pixel gaps between cells
            image[cell - 1::cell, :, :] = PANE
            image[:, cell - 1::cell, :] = PANE
        grid = pygame.surfarray.make_surface(image.transpose(1, 0, 2))
        x0 = rect.x + 6
        surface.blit(grid, (x0, y0 + 2))
        self._grid = (x0, y0 + 2, cell, cols, k, len(cats), snap.base_pfn, n)
        self._flash = np.maximum(self._flash - 1, 0)
        unit = f"{k} frames ({k * 4} KiB)" if k > 1 else "frame (4 KiB)"
        self._text(surface, f"{n} frames, a cell = {unit}", (self._title_end + 12, rect.y + 5),
                   DIM, self.small, clip=rect.right - self._title_end - 18)
        # legend: colour, name, count
        y = rect.bottom - legend_h
        x = rect.x + 6
        col_w = (rect.width - 12) // 4
        for i, name in enumerate(CATEGORIES):
            cx, cy = x + (i % 4) * col_w, y + (i // 4) * (self.small.get_linesize() + 1)
            pygame.draw.rect(surface, CATEGORY_COLOURS[name], (cx, cy + 2, 10, 10))
            self._text(surface, f"{name} {snap.counts[name]}", (cx + 14, cy), TEXT, self.small,
                       clip=col_w - 16)

    def frame_at(self, pos) -> int | None:
        """The first pfn of the memory cell under `pos`, or None."""
        if self._grid is None:
            return None
        x0, y0, cell, cols, k, ncells, base, n = self._grid
        col, row = (pos[0] - x0) // cell, (pos[1] - y0) // cell
        if not (0 <= col < cols and row >= 0):
            return None
        index = row * cols + col
        if index >= ncells:
            return None
        return base + index * k

    def cell_rect(self, pfn: int):
        """The screen rectangle of the memory cell holding `pfn` (after a draw), or None."""
        from pygame import Rect
        if self._grid is None:
            return None
        x0, y0, cell, cols, k, ncells, base, n = self._grid
        index = (pfn - base) // k
        if not 0 <= pfn - base < n:
            return None
        row, col = divmod(index, cols)
        return Rect(x0 + col * cell, y0 + row * cell, max(1, cell - (cell >= 4)),
                    max(1, cell - (cell >= 4)))

    def tlb_cell(self, structure: str, set_: int, way: int):
        """The screen rectangle of one TLB entry (after a draw), or None."""
        for rect, name, slot, entry in self._tlb_cells:
            if name == structure and slot == (set_, way):
                return rect
        return None

    def draw_frame_detail(self, surface) -> None:
        import pygame
        d = self.frame_detail
        rect = self.rects.walk
        pygame.draw.rect(surface, (36, 40, 54), rect)
        pygame.draw.rect(surface, ACCENT, rect, 2)
        y = rect.y + 4
        x = rect.x + 8
        lines = [(f"frame pfn {d['pfn']:#x}  pa {d['pa']:#x}  {d['use']}"
                  + ("  (shared zero page)" if d["zero_page"] else ""), ACCENT),
                 (f"refcount {d['refcount']}  mapcount {d['mapcount']}  "
                  f"flags {d['flags']:#x}", TEXT)]
        owners = ", ".join(f"pid {pid} va {va:#x}" for pid, va in d["mappings"][:4])
        more = len(d["mappings"]) - 4
        lines.append(("mapped by: " + (owners or "nobody") +
                      (f" +{more} more" if more > 0 else ""), TEXT))
        data = d["bytes"]
        for off in range(0, len(data), 16):
            chunk = data[off:off + 16]
            hexes = " ".join(chunk[i:i + 4].hex() for i in range(0, 16, 4))
            text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
            lines.append((f"{off:03x}  {hexes:<35}  {text}", (190, 195, 210)))
        lines.append(("(click elsewhere or ESC to close)", DIM))
        for text, colour in lines:
            font = self.small if colour != TEXT and colour != ACCENT else self.font
            if y + font.get_linesize() > rect.bottom:
                break
            self._text(surface, text, (x, y), colour, font, clip=rect.width - 16)
            y += font.get_linesize() + 1

    # --- page-table walk ------------------------------------------------------------------
    def draw_walk(self, surface, rect) -> None:
        s = self.session
        last = s.last_fault
        va = self.walk_va if self.walk_va is not None else (last.va if last else None)
        pid = self.selected_pid or (last.pid if last and self.walk_va is None else None) \
            or s.current_pid()
        title = "page-table walk" + (" (last fault)" if self.walk_va is None else " (picked VA)")
        y = self._pane(surface, rect, title)
        x = rect.x + 8
        if va is None:
            self._text(surface, "no fault yet; press g to pick a VA", (x, y + 4), DIM)
            return
        if s.task(pid) is None:
            self._text(surface, f"pid {pid} has no address space any more (exited)",
                       (x, y + 4), DIM)
            return
        w = s.walk(pid, va)
        if w is None:
            self._text(surface, "(paging is off)", (x, y + 4), DIM)
            return
        head = f"pid {pid} va {va:#x} {w.mode} asid {w.asid}"
        if last is not None and self.walk_va is None:
            head += f" {last.access}: {last.fault_kind}"
        self._text(surface, head, (x, y + 2), TEXT, clip=rect.width - 16)
        y += self.line + 4
        # the VA split into fields
        levels = len(w.vpns)
        fx = x
        for i, value in enumerate(w.vpns):
            fx += self._text(surface, f"VPN{levels - 1 - i}={value} ", (fx, y),
                             (150, 200, 255))
        self._text(surface, f"offset={w.offset:#x}", (fx, y), (150, 200, 255))
        y += self.line + 4
        for step in w.steps:
            colour = GOOD if step.kind == "leaf" else BAD if step.kind == "invalid" else TEXT
            flags = "".join(ch if step.pte & bit else "-" for ch, bit in
                            (("D", 128), ("A", 64), ("G", 32), ("U", 16), ("X", 8), ("W", 4),
                             ("R", 2), ("V", 1)))
            text = (f"L{step.level}[{step.index:3d}] {step.pte_pa:#x}: {step.pte:#018x} "
                    f"{flags} {step.kind}")
            self._text(surface, text, (x, y), colour, clip=rect.width - 16)
            y += self.line
        y += 4
        if w.pa is not None:
            result = f"-> pa {w.pa:#x}"
            colour = GOOD
        else:
            result = "-> page fault (no valid leaf)"
            colour = BAD
        result += f"   TLB: {'hit in ' + w.tlb_hit if w.tlb_hit else 'miss'}"
        self._text(surface, result, (x, y), colour, clip=rect.width - 16)

    # --- the TLB --------------------------------------------------------------------------
    def draw_tlb(self, surface, rect) -> None:
        import pygame
        y = self._pane(surface, rect, "TLB")
        s = self.session
        arrays = s.tlb()
        c = s.counters()
        self._text(surface, f"D: {c['dtlb_hits']:,} hits {c['dtlb_misses']:,} misses "
                   f"({c['dtlb_hit_rate']:.1%})  I: {c['itlb_hit_rate']:.1%}  "
                   f"flushes {c['tlb_flushes']:,}",
                   (self._title_end + 12, rect.y + 5), TEXT, self.small,
                   clip=rect.right - self._title_end - 18)
        levels = {"sv39": 3, "sv48": 4, "sv57": 5}[s.options.paging]
        sizes = ("4k", "2m", "1g", "512g", "256t")[:levels]
        shown = [name for name in ("dtlb4k", "itlb4k") if name in arrays]
        small = [name for name in arrays if name not in shown and name[4:] in sizes]
        small_row = self.small.get_linesize() + 3
        small_h = small_row * ((len(small) + 2) // 3) + 4
        total_rows = sum(arrays[name]["sets"] for name in shown) or 1
        head_h = self.small.get_linesize() + 2
        avail = rect.bottom - y - small_h - head_h * len(shown) - 8
        small_line = self.small.get_linesize()
        row_h = max(3, min(small_line * 5 // 2, avail // total_rows))
        x0 = rect.x + 6
        width = rect.width - 12
        sel_asid = None
        if self.selected_pid and s.task(self.selected_pid) is not None:
            sel_asid = s.task(self.selected_pid).mm.asid
        self._tlb_cells = []
        for name in shown:
            a = arrays[name]
            self._text(surface, f"{name}: {a['sets']} sets x {a['ways']} ways "
                       f"({len(a['entries'])}/{a['sets'] * a['ways']} valid)", (x0, y),
                       DIM, self.small)
            y += head_h
            label_w = self.small.size("000")[0]
            cell_w = (width - label_w) // a["ways"]
            for set_ in range(a["sets"]):
                if row_h >= 10:
                    self._text(surface, f"{set_:2d}", (x0, y + 1), DIM, self.small)
                for way in range(a["ways"]):
                    cell = pygame.Rect(x0 + label_w + way * cell_w, y, cell_w - 2, row_h - 1)
                    entry = a["entries"].get((set_, way))
                    self._draw_tlb_cell(surface, cell, name, entry, (set_, way) in a["new"],
                                        sel_asid)
                    self._tlb_cells.append((cell, name, (set_, way), entry))
                y += row_h
            y += 2
        # the large-page arrays: one small row of cells each
        y = rect.bottom - small_h
        col_w = (width - 12) // 3
        label_w = self.small.size("itlb512g 1x2 ")[0]
        for i, name in enumerate(small):
            a = arrays[name]
            cx = x0 + (i % 3) * (col_w + 6)
            cy = y + (i // 3) * small_row
            self._text(surface, f"{name} {a['sets']}x{a['ways']}", (cx, cy), DIM, self.small)
            n = a["sets"] * a["ways"]
            cw = max(2, min(12, (col_w - label_w) // max(1, n)))
            for j in range(n):
                entry = a["entries"].get(divmod(j, a["ways"]))
                colour = TLB_COLOURS[name[:4]] if entry else (46, 50, 60)
                pygame.draw.rect(surface, colour, (cx + label_w + j * cw, cy + 2, cw - 1, 9))

    def _draw_tlb_cell(self, surface, cell, name, entry, new, sel_asid) -> None:
        import pygame
        if entry is None:
            pygame.draw.rect(surface, (40, 43, 52), cell)
            return
        colour = TLB_COLOURS[name[:4]]
        if sel_asid is not None and entry["asid"] != sel_asid and not entry["global"]:
            colour = tuple(v // 2 for v in colour)
        pygame.draw.rect(surface, colour, cell)
        if new:
            pygame.draw.rect(surface, ACCENT, cell, 2)
        line = self.small.get_linesize()
        if cell.height >= line - 1:
            self._text(surface, f"{entry['vpn']:x}\u2192{entry['ppn']:x}",
                       (cell.x + 3, cell.y), TEXT, self.small, clip=cell.width - 4)
        if cell.height >= 2 * line - 3:
            g = "G" if entry["global"] else ""
            ad = ("A" if entry["A"] else "-") + ("D" if entry["D"] else "-")
            self._text(surface, f"a{entry['asid']}{g} {entry['perms']} {ad} {entry['size']}",
                       (cell.x + 3, cell.y + line - 2), (200, 205, 215), self.small,
                       clip=cell.width - 4)

    # --- right column ---------------------------------------------------------------------
    def draw_counters(self, surface, rect) -> None:
        y = self._pane(surface, rect, "counters")
        c = self.session.counters()
        items = [("free", c["nr_free"]), ("anon", c["nr_anon"]), ("file", c["nr_file"]),
                 ("pgtable", c["nr_pagetable"]), ("dirty", c["nr_dirty"]),
                 ("pgfault", c["pgfault"]), ("pgmajfault", c["pgmajfault"]),
                 ("cow_copies", c["cow_copies"]), ("pgreuse", c["pgreuse"]),
                 ("oom_kill", c["oom_kill"]), ("pswpin", c["pswpin"]),
                 ("pswpout", c["pswpout"])]
        col_w = (rect.width - 12) // 3
        for i, (name, value) in enumerate(items):
            x = rect.x + 6 + (i % 3) * col_w
            yy = y + (i // 3) * self.line
            self._text(surface, f"{name}", (x, yy), DIM, self.font)
            text = f"{value:,}"
            self._text(surface, text, (x + col_w - 10 - self.font.size(text)[0], yy), TEXT,
                       self.font)

    def draw_processes(self, surface, rect) -> None:
        y = self._pane(surface, rect, "processes")
        x = rect.x + 6
        self._text(surface, f"{'PID':>4} {'COMMAND':<10} S {'VSZ':>7} {'RSS':>6} {'SWAP':>5} "
                   f"{'MINFLT':>6} {'MAJFLT':>6}", (x, y), DIM, self.font, clip=rect.width - 12)
        y += self.line
        self._process_rows = []
        for row in self.session.processes():
            if y + self.line > rect.bottom:
                break
            colour = ACCENT if row.pid == self.selected_pid else TEXT
            self._text(surface, f"{row.pid:>4} {row.comm[:10]:<10} {row.state} "
                       f"{row.vsz_kb:>7} {row.rss_kb:>6} {row.swap_kb:>5} {row.min_flt:>6} "
                       f"{row.maj_flt:>6}", (x, y), colour, self.font, clip=rect.width - 12)
            self._process_rows.append((y, row.pid))
            y += self.line

    def process_at(self, pos) -> int | None:
        rect = self.rects.processes
        if not rect.collidepoint(pos):
            return None
        for y, pid in self._process_rows:
            if y <= pos[1] < y + self.line:
                return pid
        return None

    def draw_events(self, surface, rect) -> None:
        y = self._pane(surface, rect, "events")
        events = self.session.events
        rows = max(0, (rect.bottom - y - 4) // self.line)
        x = rect.x + 6
        for event in events[-rows:] if rows else []:
            self._text(surface, describe(event), (x, y), event_colour(event), self.font,
                       clip=rect.width - 12)
            y += self.line

    def draw_timeline(self, surface, rect) -> None:
        import pygame
        y = self._pane(surface, rect, "timeline")
        events = self.timeline_events if self.timeline_events is not None else \
            self.session.events
        faults = [e.time_ns for e in events if e.kind == "fault"]
        end = max([events[-1].time_ns if events else 0, self.session.kernel.now_ns(), 1])
        if self.timeline_events is not None and events:
            end = max(events[-1].time_ns, 1)
        width = rect.width - 12
        buckets = max(1, width // 4)
        bucket_ns = max(1, -(-end // buckets))
        counts = np.bincount(np.minimum(np.asarray(faults, dtype=np.int64) // bucket_ns,
                                        buckets - 1), minlength=buckets) if faults else \
            np.zeros(buckets, dtype=np.int64)
        top = max(1, int(counts.max()))
        h = rect.bottom - y - 6
        x0 = rect.x + 6
        for i, count in enumerate(counts):
            if count:
                bar = max(1, int(h * count / top))
                pygame.draw.rect(surface, FAULT_COLOURS["minor"],
                                 (x0 + i * 4, rect.bottom - 4 - bar, 3, bar))
        now = self.session.kernel.now_ns()
        cx = x0 + min(width - 1, int(width * now / end))
        pygame.draw.line(surface, ACCENT, (cx, y), (cx, rect.bottom - 4), 2)
        label = f"faults per {_format_ns(bucket_ns)} of simulated time (max {top})"
        self._text(surface, label, (self._title_end + 12, rect.y + 5), DIM, self.small,
                   clip=rect.right - self._title_end - 18)
        self._timeline = (x0, width, end)

    def timeline_fraction(self, pos) -> float | None:
        rect = self.rects.timeline
        if not rect.collidepoint(pos) or self._timeline is None:
            return None
        x0, width, end = self._timeline
        return min(1.0, max(0.0, (pos[0] - x0) / width))

    def draw_console(self, surface, rect) -> None:
        y = self._pane(surface, rect, "console (guest output)")
        text = bytes(self.session.console).decode("utf-8", "replace")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        rows = max(0, (rect.bottom - y - 2) // self.line)
        for line in lines[-rows:] if rows else []:
            self._text(surface, line.expandtabs(), (rect.x + 6, y), (200, 230, 200), self.font,
                       clip=rect.width - 12)
            y += self.line

    def draw_help(self, surface, rect) -> None:
        import pygame
        pygame.draw.rect(surface, (10, 11, 15), rect)
        words = HELP.split("   ")
        x, y = 8, rect.y + 3
        for word in words:
            w = self.small.size(word)[0]
            if x + w > rect.width - 8:
                x, y = 8, y + self.small.get_linesize()
            key, _, rest = word.partition(" ")
            x += self._text(surface, key, (x, y), ACCENT, self.small)
            x += self._text(surface, " " + rest, (x, y), DIM, self.small) + 18

    def draw_maps(self, surface) -> None:
        import pygame
        rect = self.rects.tlb
        pid = self.selected_pid or self.session.current_pid()
        pygame.draw.rect(surface, (36, 40, 54), rect)
        pygame.draw.rect(surface, ACCENT, rect, 2)
        self._text(surface, f"/proc/{pid}/maps  (m to close)", (rect.x + 8, rect.y + 4),
                   ACCENT, self.bold)
        y = rect.y + 8 + self.line
        for line in self.session.maps(pid).splitlines():
            if y + self.line > rect.bottom:
                break
            self._text(surface, line, (rect.x + 8, y), TEXT, self.small, clip=rect.width - 16)
            y += self.small.get_linesize()

    def draw_hover(self, surface) -> None:
        """A tooltip for the frame or TLB entry under the mouse."""
        import pygame
        if self.hover_pos is None:
            return
        text = None
        pfn = self.frame_at(self.hover_pos)
        if pfn is not None:
            info = self.session.frame_info(pfn, 0)
            owners = ", ".join(f"pid {p} va {va:#x}" for p, va in info["mappings"][:3])
            k = self._grid[4]
            text = f"pfn {pfn:#x}{'+' + str(k - 1) if k > 1 else ''} {info['use']}" + \
                (f"  {owners}" if owners else "")
        else:
            for cell, name, slot, entry in self._tlb_cells:
                if entry is not None and cell.collidepoint(self.hover_pos):
                    text = (f"{name} set {entry['set']} way {entry['way']}: va "
                            f"{entry['va']:#x} -> pa {entry['pa']:#x} asid {entry['asid']} "
                            f"{entry['perms']} {'A' if entry['A'] else ''}"
                            f"{'D' if entry['D'] else ''} {entry['size']}")
                    break
        if not text:
            return
        image = self.font.render(text, True, (20, 20, 20))
        x = min(self.hover_pos[0] + 14, surface.get_width() - image.get_width() - 8)
        y = self.hover_pos[1] + 16
        box = pygame.Rect(x - 4, y - 2, image.get_width() + 8, image.get_height() + 4)
        pygame.draw.rect(surface, (250, 240, 200), box)
        surface.blit(image, (x, y))


def _format_ns(ns: float) -> str:
    if ns >= 1_000_000:
        return f"{ns / 1_000_000:.3g} ms"
    if ns >= 1000:
        return f"{ns / 1000:.3g} us"
    return f"{ns:.0f} ns"


def event_colour(event):
    if event.kind == "fault":
        return FAULT_COLOURS.get(event.fault_kind, TEXT)
    return EVENT_COLOURS.get(event.kind, TEXT)


def describe(event) -> str:
    """One line for the event stream."""
    t = f"{event.time_ns / 1000:9.2f}us [{event.pid}] "
    k = event.kind
    if k == "fault":
        return t + (f"fault {event.fault_kind:<5} {event.access:<5} va {event.va:#x} "
                    f"pc {event.pc:#x}")
    if k == "syscall_enter":
        return t + f"-> {event.name}(" + ", ".join(f"{a:#x}" if a > 9 else str(a)
                                                   for a in event.args[:3]) + ")"
    if k == "syscall_exit":
        ret = event.status if event.ret is None else event.ret
        return t + f"<- {event.name} = {ret}"
    if k == "fork":
        return t + f"fork -> child {event.child}"
    if k == "exec":
        return t + f"exec {event.path}"
    if k == "exit":
        return t + f"exit status {event.status:#x} ({event.comm})"
    if k == "signal":
        how = {0: "default action", 1: "ignored"}.get(event.handler, f"handler {event.handler:#x}")
        return t + f"signal {event.signo} code {event.code}: {how}"
    if k == "oom_kill":
        return t + f"OOM kill {event.comm} (rss {event.rss_kb} kB), by pid {event.trigger}"
    if k == "tlb_flush":
        va = "all" if event.va is None else f"{event.va:#x}"
        asid = "all" if event.asid is None else event.asid
        return t + f"tlb flush va {va} asid {asid}"
    from pagelab.kernel.trace import to_json
    fields = {key: value for key, value in to_json(event).items()
              if key not in ("time_ns", "event", "pid")}
    return t + k + " " + " ".join(f"{key}={value:#x}" if isinstance(value, int) else
                                  f"{key}={value}" for key, value in fields.items())


def init_pygame(headless: bool):
    """Import and initialise pygame; headless uses SDL's dummy video driver (no display)."""
    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame
    pygame.display.init()
    pygame.font.init()
    return pygame
