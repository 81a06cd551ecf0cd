"""Decode tables for the jitted core, built from the instruction table (`cpu/isa/table.py`).

Nothing here types an opcode: every pattern comes from the table rows' `match`/`mask`.

* 32-bit instructions: a dense lookup table `lut` indexed by the bits that tell RV64 base
  instructions apart -- inst[6:2], funct3 = inst[14:12] and funct7 = inst[31:25] (15 bits,
  32768 entries).  Each entry points at a short run of candidate rows in `cands`
  (start | count << 16); the core checks each candidate's full `mask`/`match` in table order
  (first declared wins), so rows that need more bits (ecall/ebreak, shifts, lr, sfence.vma) are
  exact.  A candidate row holds (mask, match, op id, field format).
* 16-bit instructions: `rvc` maps every halfword to the 32-bit instruction it expands to (0 for
  illegal and reserved encodings), computed with `cpu.isa.encoding.expand`.  All three arrays are
  cached on disk under PAGELAB_CACHE_DIR, keyed by a hash of the files they are computed from.  The core decodes the expansion
  like any 32-bit word and marks the slot as 2 bytes long.

Op ids are the constants of `cpu/core/ops.py`, found by name (mnemonic upper-cased, '.' -> '_').

One deliberate departure from a literal reading of the table: FENCE and FENCE.I decode on opcode
and funct3 only.  The ISA manual says their unused fields (rd, rs1, fm, imm) "are reserved for
finer-grain fences in future extensions; for forward compatibility, base implementations shall
ignore these fields" -- qemu does the same.  FENCE.TSO is then an ordinary FENCE.
"""
from __future__ import annotations

import hashlib
import os

import numpy as np

from .core import ops
from .isa import encoding
from .isa.table import BASE

INDEX_BITS = 15


def index_of(word: int) -> int:
    """The LUT index of a 32-bit word: inst[6:2] | funct3 << 5 | funct7 << 8."""
    return ((word >> 2) & 0x1F) | (((word >> 12) & 7) << 5) | (((word >> 25) & 0x7F) << 8)


_INDEX_MASK = (0x1F << 2) | (7 << 12) | (0x7F << 25) | 3     # the bits the index (and 11) covers

FORMATS = {
    "R": ops.FMT_R, "AMO": ops.FMT_R, "I": ops.FMT_I, "S": ops.FMT_S, "B": ops.FMT_B,
    "U": ops.FMT_U, "J": ops.FMT_J, "I-shift64": ops.FMT_SHIFT, "I-shiftw": ops.FMT_SHIFT,
    "CSR": ops.FMT_CSR, "CSR-imm": ops.FMT_CSR, "FENCE": ops.FMT_NONE, "SYSTEM": ops.FMT_NONE,
}
_RELAXED = {"fence", "fence.i"}      # see the module docstring


def op_id(name: str) -> int:
    """The op id of a table mnemonic (KeyError if ops.py has none)."""
    key = name.upper().replace(".", "_")
    value = getattr(ops, key, None)
    if not isinstance(value, int):
        raise KeyError(f"cpu/core/ops.py has no op id for '{name}'")
    return value


def row_format(row) -> int:
    if row.name == "fence.i":
        return ops.FMT_NONE
    return FORMATS[row.fmt]


def row_pattern(row) -> tuple[int, int]:
    """(mask, match) as the core checks them."""
    if row.name in _RELAXED:
        mask = 0x707F
        return mask, row.match & mask
    return row.mask, row.match


def build_lut() -> tuple[np.ndarray, np.ndarray]:
    """(lut, cands) for 32-bit words; see the module docstring."""
    idx = np.arange(1 << INDEX_BITS, dtype=np.int64)
    # The instruction word each index stands for (other bits zero).
    words = ((idx & 0x1F) << 2) | (((idx >> 5) & 7) << 12) | (((idx >> 8) & 0x7F) << 25) | 3
    per_index: list[list[int]] = [[] for _ in range(1 << INDEX_BITS)]
    rows = []
    for row in BASE:
        mask, match = row_pattern(row)
        m = mask & _INDEX_MASK
        hits = np.nonzero((words & m) == (match & m))[0]
        number = len(rows)
        rows.append((mask, match, op_id(row.name), row_format(row)))
        for i in hits:
            per_index[i].append(number)
    lut = np.zeros(1 << INDEX_BITS, dtype=np.int64)
    cands: list[tuple[int, int, int, int]] = []
    runs: dict[tuple, int] = {}
    for i, numbers in enumerate(per_index):
        key = tuple(numbers)
        if key not in runs:
            runs[key] = len(cands)
            cands.extend(rows[n] for n in numbers)
        lut[i] = runs[key] | (len(numbers) << 16)
    return lut, np.array(cands, dtype=np.int64).reshape(-1, 4)


def _isa_hash() -> str:
    """Hash of everything the tables are computed from: cpu/isa/*.py, this file, core/ops.py."""
    cpu = os.path.dirname(os.path.abspath(__file__))
    isa = os.path.join(cpu, "isa")
    paths = [os.path.join(isa, n) for n in sorted(os.listdir(isa)) if n.endswith(".py")]
    paths += [os.path.abspath(__file__), os.path.join(cpu, "core", "ops.py")]
    digest = hashlib.sha1()
    for path in paths:
        with open(path, "rb") as f:
            digest.update(os.path.basename(path).encode() + f.read())
    return digest.hexdigest()[:16]


def compute_rvc() -> np.ndarray:
    """Every halfword -> its 32-bit expansion (0: illegal/reserved, or not a 16-bit encoding)."""
    table = np.zeros(1 << 16, dtype=np.int64)
    for h in range(1 << 16):
        if h & 3 != 3:
            word = encoding.expand(h)
            if word is not None:
                table[h] = word
    return table


def build_all() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lut, cands, rvc), from the on-disk cache when the sources they come from are unchanged
    (computing them takes about a second, loading them a millisecond)."""
    from pagelab import PAGELAB_CACHE_DIR
    path = os.path.join(PAGELAB_CACHE_DIR, f"decode-{_isa_hash()}.npz")
    try:
        with np.load(path) as data:
            lut, cands, rvc = data["lut"], data["cands"], data["rvc"]
        if lut.shape == (1 << INDEX_BITS,) and rvc.shape == (1 << 16,) and cands.ndim == 2:
            return lut, cands, rvc
    except (OSError, ValueError, KeyError):
        pass
    lut, cands = build_lut()
    rvc = compute_rvc()
    try:
        os.makedirs(PAGELAB_CACHE_DIR, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp.npz"
        np.savez(tmp, lut=lut, cands=cands, rvc=rvc)
        os.replace(tmp, path)
    except OSError:
        pass
    return lut, cands, rvc


class DecodeTables:
    """The three arrays the core takes: lut, cands, rvc.  Built once per process."""

    _instance = None

    def __init__(self):
        self.lut, self.cands, self.rvc = build_all()

    @classmethod
    def get(cls) -> "DecodeTables":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance
