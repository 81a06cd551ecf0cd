"""pagelab: an emulated RISC-V computer with a hardware MMU and a teaching operating system.

Importing the package (before anything imports numba) points numba's on-disk cache at a directory
keyed by a hash of every jitted source file (`cpu/core/*.py`, `mmu/core/*.py`, the block
translator's `cpu/jit/driver.py` and `layout.py`; jitted code imports nothing else of ours).  numba's own
`cache=True` keys only on the file that holds a jitted function, so an edit to a helper or layout
module that it inlines would otherwise leave stale machine code in the cache.  Hashing the few
files costs well under a millisecond; the first run after an edit simply compiles again.

The directory is ``<base>/pagelab-<hash>``, where base is the NUMBA_CACHE_DIR the user set (kept in
PAGELAB_NUMBA_BASE for child processes), else ``$XDG_CACHE_HOME/pagelab`` (``~/.cache/pagelab``).
`PAGELAB_CACHE_DIR` is that directory; other generated tables (the decode tables) live there.  When
a new key appears (sources edited), caches of other keys unused for two days are removed.
"""
from __future__ import annotations

import hashlib as _hashlib
import os as _os

__version__ = "0.1.0"

_HERE = _os.path.dirname(_os.path.abspath(__file__))


def _jit_source_files() -> list[str]:
    files = []
    # (cpu/jit: only its jitted driver and the layout it compiles against)
    for sub, only in ((("cpu", "core"), None), (("cpu", "jit"), ("driver.py", "layout.py")),
                      (("mmu", "core"), None)):
        # editable install: <repo>/src/pagelab -> <repo>/cpu/core; installed: pagelab/cpu/core
        for root in (_os.path.join(_HERE, "..", "..", *sub), _os.path.join(_HERE, *sub)):
            if _os.path.isdir(root):
                files += sorted(_os.path.join(root, f) for f in _os.listdir(root)
                                if f.endswith(".py") and (only is None or f in only))
                break
    return files


def _setup_cache() -> str:
    digest = _hashlib.sha1()
    for path in _jit_source_files():
        try:
            with open(path, "rb") as f:
                digest.update(_os.path.basename(path).encode() + b"\0" + f.read())
        except OSError:
            pass
    base = _os.environ.get("PAGELAB_NUMBA_BASE") or _os.environ.get("NUMBA_CACHE_DIR")
    if not base:
        xdg = _os.environ.get("XDG_CACHE_HOME") or _os.path.join(_os.path.expanduser("~"), ".cache")
        base = _os.path.join(xdg, "pagelab")
    _os.environ["PAGELAB_NUMBA_BASE"] = base
    path = _os.path.join(base, "pagelab-" + digest.hexdigest()[:16])
    _os.environ["NUMBA_CACHE_DIR"] = path
    if _os.path.isdir(path):
        try:
            _os.utime(path)         # mark it as in use (what _prune goes by)
        except OSError:
            pass
    else:
        _prune(base)
    return path


def _prune(base: str, max_age_days: float = 2.0) -> None:
    """A new key means a compile is coming: drop other keys' caches unused for two days."""
    import shutil
    import time
    try:
        names = _os.listdir(base)
    except OSError:
        return
    limit = time.time() - max_age_days * 86400
    for name in names:
        old = _os.path.join(base, name)
        try:
            if name.startswith("pagelab-") and _os.path.getmtime(old) < limit:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


PAGELAB_CACHE_DIR = _setup_cache()
