"""TLB shape: how many entries, ways and which replacement policy each TLB array has.

Real cores keep a separate TLB for instruction fetches (ITLB) and for loads and stores (DTLB),
and inside each a separate array per page size.  pagelab models the same: ten arrays named
`itlb4k itlb2m itlb1g itlb512g itlb256t dtlb4k dtlb2m dtlb1g dtlb512g dtlb256t`.  The 512G
array is used only in Sv48 and Sv57, the 256T array only in Sv57.

The `--tlb` option changes the defaults with a comma-separated list of settings::

    --tlb dtlb4k=64x4:lru,itlb4k=32x4,dtlb2m=32x4:fifo,seed=1

    NAME=ENTRIES[xWAYS][:POLICY]   one array; WAYS omitted or 'full' = fully associative
    NAME=off   (or =0)             no array: pages of that size are never cached (always walked)
    tlb4k=...  (tlb2m, tlb1g ...)  the same setting for both the ITLB and the DTLB array
    policy=lru|fifo|random         the replacement policy of every array
    seed=N                         seed for 'random' replacement (deterministic)

ENTRIES / WAYS (the number of sets) must be a power of two, so the set is a bit field of the
VPN.  A bad setting raises TLBConfigError with a message naming the setting.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .core import layout as L
from .pte import LEVEL_NAMES

TLB_NAMES = ("itlb", "dtlb")                    # index = layout.ITLB / layout.DTLB
SIZE_NAMES = tuple(name.lower() for name in LEVEL_NAMES)   # "4k", "2m", "1g", "512g", "256t"
ARRAY_NAMES = tuple(t + s for t in TLB_NAMES for s in SIZE_NAMES)   # index = structure number
POLICIES = {"lru": L.POLICY_LRU, "fifo": L.POLICY_FIFO, "random": L.POLICY_RANDOM}
MAX_ENTRIES = 1 << 16


class TLBConfigError(ValueError):
    """A TLB shape that cannot be built; the message names the offending setting."""


@dataclass(frozen=True)
class TLBArray:
    """One TLB array: `entries` entries in sets of `ways`, replaced by `replacement`."""
    entries: int
    ways: int
    replacement: str = "lru"

    @property
    def sets(self) -> int:
        return self.entries // self.ways if self.entries else 0

    def check(self, name: str) -> None:
        """Raise TLBConfigError unless this is a buildable array."""
        if not 0 <= self.entries <= MAX_ENTRIES:
            raise TLBConfigError(f"{name}: {self.entries} entries is out of range "
                                 f"(0 .. {MAX_ENTRIES})")
        if self.replacement not in POLICIES:
            raise TLBConfigError(f"{name}: unknown replacement policy '{self.replacement}' "
                                 f"(choose {', '.join(POLICIES)})")
        if self.entries == 0:
            return
        if not 1 <= self.ways <= self.entries:
            raise TLBConfigError(f"{name}: {self.ways} ways is out of range "
                                 f"(1 .. {self.entries} entries)")
        if self.entries % self.ways:
            raise TLBConfigError(f"{name}: {self.entries} entries do not divide into "
                                 f"sets of {self.ways} ways")
        sets = self.entries // self.ways
        if sets & (sets - 1):
            raise TLBConfigError(f"{name}: {self.entries} entries / {self.ways} ways = "
                                 f"{sets} sets, which is not a power of two")

    def describe(self) -> str:
        if self.entries == 0:
            return "off"
        shape = "fully associative" if self.ways == self.entries else f"{self.ways}-way"
        return f"{self.entries} entries {shape} {self.replacement}"


def _default_arrays() -> dict[str, TLBArray]:
    # Shapes in the range of current application cores (e.g. Cortex-A/SiFive/x86 L1 TLBs).
    return {
        "itlb4k": TLBArray(32, 4), "itlb2m": TLBArray(8, 8), "itlb1g": TLBArray(4, 4),
        "itlb512g": TLBArray(2, 2), "itlb256t": TLBArray(2, 2),
        "dtlb4k": TLBArray(64, 4), "dtlb2m": TLBArray(32, 4), "dtlb1g": TLBArray(8, 8),
        "dtlb512g": TLBArray(4, 4), "dtlb256t": TLBArray(2, 2),
    }


@dataclass(frozen=True)
class TLBConfig:
    """The shape of every TLB array plus the seed of random replacement."""
    arrays: dict = field(default_factory=_default_arrays)
    seed: int = 0

    @classmethod
    def default(cls) -> "TLBConfig":
        return cls()

    @classmethod
    def parse(cls, option: str, base: "TLBConfig | None" = None) -> "TLBConfig":
        """Apply a `--tlb` option string (module docstring) to `base` (default: defaults)."""
        config = base if base is not None else cls.default()
        arrays = dict(config.arrays)
        seed = config.seed
        if not isinstance(option, str):
            raise TLBConfigError(f"--tlb: expected a string, got {type(option).__name__}")
        items = [item.strip() for item in option.split(",")]
        if not option.strip():
            raise TLBConfigError("--tlb: empty setting (example: dtlb4k=64x4:lru,seed=1)")
        for item in items:
            if not item:
                raise TLBConfigError(f"--tlb: empty item in '{option}'")
            name, eq, value = item.partition("=")
            name = name.strip().lower()
            value = value.strip()
            if not eq or not value:
                raise TLBConfigError(f"--tlb: '{item}' should look like NAME=VALUE "
                                     f"(e.g. dtlb4k=64x4:lru)")
            if name == "seed":
                seed = _parse_int(value, item, 0)
            elif name == "policy":
                if value.lower() not in POLICIES:
                    raise TLBConfigError(f"--tlb: '{item}': unknown policy '{value}' "
                                         f"(choose {', '.join(POLICIES)})")
                arrays = {k: replace(a, replacement=value.lower()) for k, a in arrays.items()}
            elif name in ARRAY_NAMES or (name.startswith("tlb") and name[3:] in SIZE_NAMES):
                targets = [name] if name in ARRAY_NAMES else [t + name[3:] for t in TLB_NAMES]
                for target in targets:
                    arrays[target] = _parse_array(value, item, arrays[target].replacement)
            else:
                raise TLBConfigError(
                    f"--tlb: unknown setting '{name}' in '{item}' (use one of "
                    f"{', '.join(ARRAY_NAMES)}, tlb4k..tlb256t, policy, seed)")
        result = cls(arrays=arrays, seed=seed)
        result.check()
        return result

    def check(self) -> None:
        """Raise TLBConfigError unless every array can be built."""
        missing = [name for name in ARRAY_NAMES if name not in self.arrays]
        extra = [name for name in self.arrays if name not in ARRAY_NAMES]
        if missing or extra:
            raise TLBConfigError(f"TLBConfig: arrays missing {missing} / unknown {extra}")
        for name in ARRAY_NAMES:
            self.arrays[name].check(name)
        if not isinstance(self.seed, int) or not 0 <= self.seed < (1 << 63):
            raise TLBConfigError(f"TLBConfig: seed {self.seed!r} must be an integer "
                                 f"0 .. 2**63-1")

    def array(self, structure: int) -> TLBArray:
        """The array of structure number tlb * NSIZE + level (layout.py)."""
        return self.arrays[ARRAY_NAMES[structure]]

    def describe(self) -> str:
        """One line per array, for --stats and the front panel."""
        lines = [f"{name:9s} {self.arrays[name].describe()}" for name in ARRAY_NAMES]
        return "\n".join(lines + [f"seed      {self.seed}"])


def _parse_int(text: str, item: str, base: int = 10) -> int:
    try:
        value = int(text.strip(), base)
    except ValueError:
        raise TLBConfigError(f"--tlb: '{item}': '{text}' is not a number") from None
    if value < 0:
        raise TLBConfigError(f"--tlb: '{item}': {value} is negative")
    return value


def _parse_array(value: str, item: str, policy: str) -> TLBArray:
    """ENTRIES[xWAYS][:POLICY] | off."""
    shape, colon, new_policy = value.partition(":")
    shape = shape.strip().lower()
    if colon:
        policy = new_policy.strip().lower()
        if policy not in POLICIES:
            raise TLBConfigError(f"--tlb: '{item}': unknown policy '{new_policy}' "
                                 f"(choose {', '.join(POLICIES)})")
    if shape in ("off", "0"):
        return TLBArray(0, 0, policy)
    count, x, ways_text = shape.partition("x")
    entries = _parse_int(count, item)
    if not x or ways_text in ("full", "fa"):
        ways = entries
    else:
        ways = _parse_int(ways_text, item)
    array = TLBArray(entries, ways, policy)
    try:
        array.check(item.partition("=")[0])
    except TLBConfigError as error:
        raise TLBConfigError(f"--tlb: '{item}': {error}") from None
    return array
