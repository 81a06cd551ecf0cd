"""RISC-V ISA strings and the `.riscv.attributes` section, the way GNU as/ld 2.40 write them.

GNU as keeps the current extension set ("subset list") as it reads the file: -march, then
`.attribute arch, "..."` (replaces it), `.option arch, +x, -y` / `.option arch, rv64...`,
`.option rvc` (+c) / `.option norvc` (-c), `.option push`/`pop`.  Its canonical string (as in
`rv64i2p0_m2p0_a2p0_c2p0_zmmul1p0`) names the mapping symbols `$x<isa>` and, as it stands at the
end of the file, the `Tag_RISCV_arch` attribute.  Canonical form (binutils' riscv_arch_str, ISA
spec 2.2, Debian's default): the base (`i`/`e`), the standard single letters in the order
"mafdqlcbkjtpvnh", then `z*` extensions ordered by the category of their second letter and by
name, then `s*`, then `x*`; every extension with its version (`2p0`).  Implied extensions are
added (`g` = imafd + zicsr + zifencei, `m` -> zmmul, `q` -> d -> f -> zicsr), and with `i`
older than 2.1 `zicsr`/`zifencei` are part of `i` and not written.  Only the extensions GNU
2.40 knows are accepted (the common ones are listed below; others are errors, as in GNU).

The section (SHT_RISCV_ATTRIBUTES, as ld keeps it in the executable):

    'A' | u32 length | "riscv\\0" | Tag_File (1) | u32 length | attributes in tag order

where an attribute is a ULEB128 tag then a ULEB128 (even tags) or a NUL-terminated string (odd
tags; Tag_RISCV_arch = 5).  ld merges the inputs' attributes: the union of the extensions (the
higher version), one stack alignment (different ones are an error), unaligned access if any
input allows it, the first privileged spec version.
"""
from __future__ import annotations

import re

TAG_STACK_ALIGN = 4
TAG_ARCH = 5
TAG_UNALIGNED = 6
TAG_PRIV_SPEC = 8
TAG_PRIV_SPEC_MINOR = 10
TAG_PRIV_SPEC_REVISION = 12

TAG_NAMES = {"stack_align": TAG_STACK_ALIGN, "arch": TAG_ARCH,
             "unaligned_access": TAG_UNALIGNED, "priv_spec": TAG_PRIV_SPEC,
             "priv_spec_minor": TAG_PRIV_SPEC_MINOR,
             "priv_spec_revision": TAG_PRIV_SPEC_REVISION}
for _name, _tag in list(TAG_NAMES.items()):
    TAG_NAMES["Tag_RISCV_" + _name] = _tag

SINGLE_ORDER = "mafdqlcbkjtpvnh"
# default versions under ISA spec 2.2 (binutils 2.40 as configured by Debian)
SINGLE_VERSIONS = {"i": (2, 0), "e": (1, 9), "m": (2, 0), "a": (2, 0), "f": (2, 0),
                   "d": (2, 0), "q": (2, 0), "c": (2, 0), "v": (1, 0), "h": (1, 0)}
Z_VERSIONS = {
    "zicbom": (1, 0), "zicbop": (1, 0), "zicboz": (1, 0), "zicsr": (2, 0), "zifencei": (2, 0),
    "zihintpause": (2, 0), "zmmul": (1, 0), "zawrs": (1, 0), "zfh": (1, 0), "zfhmin": (1, 0),
    "zfinx": (1, 0), "zdinx": (1, 0), "zqinx": (1, 0), "zhinx": (1, 0), "zhinxmin": (1, 0),
    "zba": (1, 0), "zbb": (1, 0), "zbc": (1, 0), "zbs": (1, 0), "zbkb": (1, 0), "zbkc": (1, 0),
    "zbkx": (1, 0), "zk": (1, 0), "zkn": (1, 0), "zknd": (1, 0), "zkne": (1, 0),
    "zknh": (1, 0), "zkr": (1, 0), "zks": (1, 0), "zksed": (1, 0), "zksh": (1, 0),
    "zkt": (1, 0), "ztso": (0, 1), "zca": (1, 0), "zcb": (1, 0), "zcd": (1, 0), "zcf": (1, 0),
}
S_VERSIONS = {"smstateen": (1, 0), "sscofpmf": (1, 0), "sstc": (1, 0), "svinval": (1, 0),
              "svnapot": (1, 0), "svpbmt": (1, 0), "smaia": (1, 0), "ssaia": (1, 0)}
IMPLIES = {"g": ("i", "m", "a", "f", "d", "zicsr", "zifencei"), "m": ("zmmul",),
           "q": ("d",), "d": ("f",), "f": ("zicsr",), "zfh": ("zfhmin",), "zfhmin": ("f",)}


class ArchError(ValueError):
    """A malformed or unknown ISA string / extension."""


_VERSION = re.compile(r"(\d+)(?:p(\d+))?")


def _version(vm) -> tuple:
    """(major, minor) of a _VERSION match; an absurdly long number is an ArchError."""
    major, minor = vm.group(1), vm.group(2) or "0"
    if len(major) > 9 or len(minor) > 9:
        raise ArchError(f"ISA extension version '{vm.group(0)[:20]}' is too large")
    return int(major), int(minor)


def _default_version(name: str):
    if len(name) == 1:
        v = SINGLE_VERSIONS.get(name)
    elif name[0] == "z":
        v = Z_VERSIONS.get(name)
    elif name[0] == "s":
        v = S_VERSIONS.get(name)
    else:
        v = None
    if v is None:
        if name[0] == "x":
            raise ArchError(f"x ISA extension '{name}' must be set with the versions")
        raise ArchError(f"unknown ISA extension '{name}'")
    return v


def _add(subsets: dict, name: str, version=None):
    if name == "g":
        for implied in IMPLIES["g"]:
            _add(subsets, implied)
        return
    if version is None:
        version = subsets.get(name) or _default_version(name)
    else:
        _default_version(name) if name[0] != "x" else None     # unknown names are errors
    subsets[name] = version
    for implied in IMPLIES.get(name, ()):
        if implied not in subsets:
            _add(subsets, implied)


def _split_multi(text: str):
    """`zba1p0` -> ("zba", (1, 0)); `zba` -> ("zba", None)."""
    m = re.fullmatch(r"([a-z]+?)(\d+(?:p\d+)?)?", text)
    if m is None:
        raise ArchError(f"bad ISA extension '{text}'")
    name, ver = m.group(1), m.group(2)
    if ver is None:
        # a trailing version may also follow a name that ends in digits-free letters only
        return name, None
    vm = _VERSION.fullmatch(ver)
    return name, _version(vm)


def parse_arch(text: str) -> dict:
    """A full ISA string ("rv64imac", "rv64gc_zba", "rv64i2p1_m2p0...") -> {ext: version}."""
    s = text.strip().lower()
    m = re.match(r"rv(32|64)", s)
    if m is None:
        raise ArchError(f"bad ISA string '{text}' (expected rv64...)")
    if m.group(1) != "64":
        raise ArchError(f"'{text}': only rv64 is supported")
    rest = s[4:]
    if not rest or rest[0] not in "ieg":
        raise ArchError(f"'{text}': first ISA extension must be 'e', 'i' or 'g'")
    if rest[0] == "e":
        raise ArchError("rv64 does not support the 'e' extension")
    subsets: dict = {}
    parts = rest.split("_")
    for k, part in enumerate(parts):
        if not part:
            raise ArchError(f"'{text}': empty ISA extension")
        if part[0] in "zsx" and (k or part is not parts[0]):
            name, version = _split_multi(part)
            _add(subsets, name, version)
            continue
        i = 0
        while i < len(part):
            c = part[i]
            if c in "zsx":
                raise ArchError(f"'{text}': '{part[i:]}' must follow an underscore")
            vm = _VERSION.match(part, i + 1)
            version = None
            end = i + 1
            if vm:
                version = _version(vm)
                end = vm.end()
            if c != "g" and c not in SINGLE_VERSIONS:
                raise ArchError(f"'{text}': unknown standard ISA extension '{c}'")
            _add(subsets, c, version)
            i = end
    return subsets


def update_arch(subsets: dict, change: str) -> dict:
    """`.option arch` operands: "+ext[ver]", "-ext" or a full ISA string.  Returns a new dict."""
    change = change.strip().lower()
    if change.startswith("rv"):
        return parse_arch(change)
    out = dict(subsets)
    if change[:1] not in "+-" or len(change) < 2:
        raise ArchError(f"bad .option arch value '{change}' (expected +ext, -ext or rv64...)")
    name, version = _split_multi(change[1:])
    if change[0] == "-":
        if name in ("i", "e", "g"):
            raise ArchError(f"cannot remove the base ISA '{name}'")
        out.pop(name, None)
    else:
        if name not in out:
            _add(out, name, version)
    return out


def _z_key(name: str):
    cat = name[1] if len(name) > 1 else "z"
    order = "i" + SINGLE_ORDER
    return (order.index(cat) if cat in order else len(order), name)


def arch_string(subsets: dict) -> str:
    """GNU's canonical string for an extension set."""
    drop = set()
    iv = subsets.get("i")
    if iv is not None and iv < (2, 1):
        drop = {"zicsr", "zifencei"}
    parts = []
    base = "i" if "i" in subsets else "e"
    singles = [base] + [c for c in SINGLE_ORDER if c in subsets]
    for c in singles:
        if c in subsets:
            parts.append(c)
    zs = sorted((n for n in subsets if len(n) > 1 and n[0] == "z" and n not in drop),
                key=_z_key)
    ss = sorted(n for n in subsets if len(n) > 1 and n[0] == "s")
    xs = sorted(n for n in subsets if len(n) > 1 and n[0] == "x")
    parts += zs + ss + xs
    return "rv64" + "_".join(f"{n}{subsets[n][0]}p{subsets[n][1]}" for n in parts)


def march_subsets(march: str) -> dict:
    return parse_arch(march)


# ---------------------------------------------------------------------- the section
def _uleb(v: int) -> bytes:
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def section_bytes(attrs: dict) -> bytes:
    """{tag: int or str} -> the .riscv.attributes section contents."""
    body = bytearray()
    for tag in sorted(attrs):
        value = attrs[tag]
        if not tag & 1 and not value:
            continue                        # bfd leaves out integer attributes that are 0
        body += _uleb(tag)
        if tag & 1:
            body += str(value).encode("utf-8", "surrogateescape") + b"\0"
        else:
            body += _uleb(int(value) & ((1 << 64) - 1))
    file_sub = b"\x01" + (len(body) + 5).to_bytes(4, "little") + bytes(body)
    vendor = b"riscv\0" + file_sub
    return b"A" + (len(vendor) + 4).to_bytes(4, "little") + vendor


def merge(inputs: list) -> tuple[dict, list]:
    """ld's merge of the inputs' attributes ({tag: value} each).  Returns (attrs, problems)
    with problems as (input index, message)."""
    out: dict = {}
    problems = []
    subsets: dict = {}
    for index, attrs in enumerate(inputs):
        for tag, value in attrs.items():
            if tag == TAG_ARCH:
                try:
                    theirs = parse_arch(value)
                except ArchError:
                    continue
                for name, ver in theirs.items():
                    if name not in subsets or subsets[name] < ver:
                        subsets[name] = ver
            elif tag == TAG_STACK_ALIGN:
                if tag in out and out[tag] != value:
                    problems.append((index, f"uses {value}-byte stack alignment but the "
                                            f"output uses {out[tag]}-byte stack alignment"))
                out.setdefault(tag, value)
            elif tag == TAG_UNALIGNED:
                out[tag] = 1 if (value or out.get(tag)) else 0
            else:
                out.setdefault(tag, value)
    if subsets:
        out[TAG_ARCH] = arch_string(subsets)
    return out, problems
