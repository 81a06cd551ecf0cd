"""The compiled core without numba: load numba's machine code for the core straight from disk.

Why: `import numba` and its first-call initialisation (typing and lowering registries) take
about 0.6 s of CPU, most of a warm `pagelab run`.  The machine code numba compiled for the core
does not need numba to run: it is an ordinary relocatable object file that calls back into a
few helper functions (numba's `_helperlib` C extension, the Python C API, libc).

How:
  * export (a run that uses numba, once per source hash): for each entry point -- the run loop,
    the run loop with the demand-zero fault ring, and the four MMU functions the kernel calls --
    take numba's compiled object code (the library
    of that function with everything it calls linked in) and write it, with the name of
    numba's C-ABI wrapper symbol (`cfunc.<mangled name>`), to
    `$PAGELAB_CACHE_DIR/native/`.  The cache directory is keyed by a hash of the jitted sources
    (src/pagelab/__init__.py), so an edited core is never loaded stale.  When numba's cache is
    cold, a second process compiles the run loop's callees meanwhile (cpu/core/coldstart.py).
  * load (later runs): llvmlite (numba's LLVM binding, about 0.1 s to import) links the object
    files into an MCJIT execution engine; the external symbols resolve to the running Python,
    libc and numba's `_helperlib` extension (loaded as a plain extension module, without the
    numba package).  Two small trampolines per entry, written in LLVM IR here and compiled once
    per process (~30 ms): one takes a pointer to a block of int64 words holding the array
    structs (numba's array ABI: meminfo, parent, nitems, itemsize, data, shape, strides) and
    passes them on; the other is a CPython METH_FASTCALL function around it, turned into a
    builtin function object (PyCFunction_NewEx), so a call from Python is a plain C-function
    call with the block address and a few ints (cheaper than ctypes and numba's dispatcher).

Either way the same machine code runs, so results and statistics are identical (a test runs
programs both ways and compares).  `PAGELAB_NATIVE=0` turns the loader off; NUMBA_DISABLE_JIT
does too (the core then runs as Python).  Any failure to load (missing artifact, another
llvmlite/numba build, another host CPU) falls back to numba silently.

This module imports neither numba nor the jitted modules.
"""
from __future__ import annotations

import ctypes
import json
import os

import numpy as np

# entry point -> (numba arrays it takes, scalar int64 arguments after them, returns a value)
ENTRIES = {
    "run": (5, 1, True),            # cpu/core/interp.py run(hart, mmu, u8, code, tables, budget)
    "run_ring": (6, 1, True),       # cpu/core/fastfault.py run_ring(..., tables, ff, budget)
    "set_satp": (1, 1, True),       # mmu/core/tlbwalk.py
    "set_priv": (1, 3, False),
    "tlb_flush": (1, 4, True),
    "translate": (2, 2, True),
}                                   # (Mmu.walk -- tools and tests only -- stays with numba: one
                                    # function less to compile in the first run)
ARRAY_WORDS = 7                     # numba's array struct: meminfo parent nitems itemsize data
                                    # shape[0] strides[0] (1-D arrays)
FORMAT = 3                          # manifest format


def enabled() -> bool:
    return os.environ.get("PAGELAB_NATIVE", "1") != "0" and \
        os.environ.get("NUMBA_DISABLE_JIT", "0") in ("", "0")


def artifact_dir() -> str:
    """$PAGELAB_CACHE_DIR/native-<digest>: the cache directory is keyed by the jitted sources;
    the digest here adds the numba and llvmlite installation the object code links against,
    so that two checkouts of the same sources with their own venvs (or a rebuilt venv) never
    take each other's artifact.  (The manifest's fingerprint checks the rest, e.g. the CPU.)"""
    import hashlib

    from pagelab import PAGELAB_CACHE_DIR
    stamp = repr([(path, *_stat(path)) for path in (_helperlib_path(), _llvmlite_dir())])
    return os.path.join(PAGELAB_CACHE_DIR,
                        "native-" + hashlib.sha256(stamp.encode()).hexdigest()[:12])


def _stat(path: str | None) -> tuple[int, int]:
    if not path:
        return (0, 0)
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_size, int(st.st_mtime))


def _llvmlite_dir() -> str | None:
    import importlib.util
    spec = importlib.util.find_spec("llvmlite")
    return os.path.dirname(spec.origin) if spec and spec.origin else None


def _helperlib_path() -> str | None:
    """numba's _helperlib extension, found without importing numba."""
    import importlib.util
    spec = importlib.util.find_spec("numba")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for name in sorted(os.listdir(folder)):
            if name.startswith("_helperlib") and name.endswith((".so", ".pyd", ".dylib")):
                return os.path.join(folder, name)
    return None


def _fingerprint(llvm) -> dict:
    """What the object code depends on besides the sources: the host CPU and the builds of
    numba's helper library and llvmlite."""
    stamp = {}
    for key, path in (("helperlib", _helperlib_path()), ("llvmlite", _llvmlite_dir())):
        st = os.stat(path) if path else None
        stamp[key] = [path, st.st_size if st else 0, int(st.st_mtime) if st else 0]
    stamp["cpu"] = llvm.get_host_cpu_name()
    try:                                  # (numba's own cache is keyed by both, too)
        stamp["cpu_features"] = llvm.get_host_cpu_features().flatten()
    except RuntimeError:                  # llvmlite cannot tell on this host
        stamp["cpu_features"] = ""
    stamp["format"] = FORMAT
    return stamp


# --- array blocks ------------------------------------------------------------------------

def array_words(arr: np.ndarray) -> list[int]:
    """The 7 words numba passes for a 1-D C-contiguous array (no meminfo, no parent)."""
    if arr.ndim != 1 or not arr.flags.c_contiguous:
        raise ValueError("native core: arrays must be 1-D and C-contiguous")
    data = arr.__array_interface__["data"][0]
    return [0, 0, arr.shape[0], arr.itemsize, data, arr.shape[0], arr.itemsize]


def block(*arrays: np.ndarray) -> np.ndarray:
    """An int64 block with the struct words of `arrays`, for a trampoline.  The caller keeps
    the arrays (and the block) alive while the block is in use."""
    words = []
    for arr in arrays:
        words += array_words(arr)
    return np.array(words, dtype=np.int64)


# --- loading -------------------------------------------------------------------------------

class NativeCore:
    """Builtin functions for the entry points, each taking (block address, scalars...) as
    Python ints and returning an int."""

    def __init__(self, engine, functions: dict):
        self._engine = engine            # keeps the machine code alive
        self.run = functions["run"]
        self.run_ring = functions["run_ring"]
        self.set_satp = functions["set_satp"]
        self.set_priv = functions["set_priv"]
        self.tlb_flush = functions["tlb_flush"]
        self.translate = functions["translate"]

    block = staticmethod(block)         # for callers that get only the NativeCore (the Mmu)


def _trampoline_ir(name: str, symbol: str, narrays: int, nscalars: int, returns: bool) -> str:
    nwords = narrays * ARRAY_WORDS
    params = ["i64* %blk"] + [f"i64 %s{i}" for i in range(nscalars)]
    lines = []
    for i in range(nwords):
        lines.append(f"  %p{i} = getelementptr i64, i64* %blk, i64 {i}")
        lines.append(f"  %w{i} = load i64, i64* %p{i}")
    args = [f"i64 %w{i}" for i in range(nwords)] + [f"i64 %s{i}" for i in range(nscalars)]
    ret = "i64" if returns else "void"
    call = f'call {ret} @"{symbol}"({", ".join(args)})'
    body = "\n".join(lines)
    tail = f"  %r = {call}\n  ret i64 %r" if returns else f"  {call}\n  ret i64 0"
    return (f'declare {ret} @"{symbol}"({", ".join(["i64"] * len(args))})\n'
            f'define i64 @pagelab_native_{name}({", ".join(params)}) {{\n{body}\n{tail}\n}}\n')


def _python_entry_ir(name: str, nscalars: int) -> str:
    """A CPython METH_FASTCALL function `pagelab_py_<name>(self, args, nargs)` taking the block
    address and the scalars as Python ints and returning an int: called as a builtin function
    it costs ~0.09 us a call (ctypes ~0.35-0.43 us, numba's dispatcher ~0.25-0.3 us)."""
    nargs = 1 + nscalars
    message = f"{name}() takes {nargs} integer arguments".encode() + b"\0"
    text = "".join(f"\\{b:02x}" for b in message)
    lines = [f"define i8* @pagelab_py_{name}(i8* %self, i8** %args, i64 %nargs) {{",
             "entry:",
             f"  %ok = icmp eq i64 %nargs, {nargs}",
             "  br i1 %ok, label %a0, label %bad",
             "bad:",
             "  %exc = load i8*, i8** @PyExc_TypeError",
             f"  call void @PyErr_SetString(i8* %exc, i8* getelementptr ([{len(message)} x i8], "
             f"[{len(message)} x i8]* @pagelab_msg_{name}, i64 0, i64 0))",
             "  ret i8* null",
             "fail:",
             "  ret i8* null"]
    for i in range(nargs):
        lines += [f"a{i}:",
                  f"  %p{i} = getelementptr i8*, i8** %args, i64 {i}",
                  f"  %o{i} = load i8*, i8** %p{i}",
                  f"  %v{i} = call i64 @PyLong_AsLongLong(i8* %o{i})",
                  f"  %m{i} = icmp eq i64 %v{i}, -1",
                  f"  br i1 %m{i}, label %c{i}, label %{'a' + str(i + 1) if i + 1 < nargs else 'go'}",
                  f"c{i}:",
                  f"  %e{i} = call i8* @PyErr_Occurred()",
                  f"  %n{i} = icmp eq i8* %e{i}, null",
                  f"  br i1 %n{i}, label %{'a' + str(i + 1) if i + 1 < nargs else 'go'}, "
                  f"label %fail"]
    args = ", ".join(["i64* %blk"] + [f"i64 %v{i}" for i in range(1, nargs)])
    lines += ["go:",
              "  %blk = inttoptr i64 %v0 to i64*",
              f"  %r = call i64 @pagelab_native_{name}({args})",
              "  %res = call i8* @PyLong_FromLongLong(i64 %r)",
              "  ret i8* %res",
              "}"]
    return (f'@pagelab_msg_{name} = private constant [{len(message)} x i8] c"{text}"\n'
            + "\n".join(lines) + "\n")


_PYTHON_API_IR = """
@PyExc_TypeError = external global i8*
declare void @PyErr_SetString(i8*, i8*)
declare i8* @PyErr_Occurred()
declare i64 @PyLong_AsLongLong(i8*)
declare i8* @PyLong_FromLongLong(i64)
"""


class _MethodDef(ctypes.Structure):
    """CPython's PyMethodDef."""
    _fields_ = [("ml_name", ctypes.c_char_p), ("ml_meth", ctypes.c_void_p),
                ("ml_flags", ctypes.c_int), ("ml_doc", ctypes.c_char_p)]


METH_FASTCALL = 0x0080


def _builtin(name: str, address: int, keep: list):
    """A Python builtin function object calling the METH_FASTCALL function at `address`."""
    definition = _MethodDef(name.encode(), address, METH_FASTCALL, None)
    keep.append(definition)             # CPython keeps a pointer to it
    new = ctypes.pythonapi.PyCFunction_NewEx
    new.restype = ctypes.py_object
    new.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    return new(ctypes.addressof(definition), None, None)


def _load_helperlib() -> dict | None:
    import importlib.machinery
    import importlib.util
    import sys
    path = _helperlib_path()
    if path is None:
        return None
    module = sys.modules.get("numba._helperlib")
    if module is None:
        loader = importlib.machinery.ExtensionFileLoader("numba._helperlib", path)
        spec = importlib.util.spec_from_file_location("numba._helperlib", path, loader=loader)
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
    return dict(module.c_helpers)


_loaded: NativeCore | None = None
_tried = False


def load() -> NativeCore | None:
    """The native core if an artifact for these sources exists and loads, else None."""
    global _loaded, _tried
    if _tried:
        return _loaded
    _tried = True
    if not enabled():
        return None
    folder = artifact_dir()
    manifest_path = os.path.join(folder, "manifest.json")
    if not os.path.isfile(manifest_path):
        return None
    try:
        _loaded = _load(folder, manifest_path)
    except Exception:           # another build, a corrupt file: numba compiles as usual
        _loaded = None
    return _loaded


def _load(folder: str, manifest_path: str) -> NativeCore | None:
    import llvmlite.binding as llvm
    with open(manifest_path) as f:
        manifest = json.load(f)
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    if manifest.get("fingerprint") != _fingerprint(llvm):
        return None
    helpers = _load_helperlib()
    if helpers is None:
        return None
    for name, address in helpers.items():
        llvm.add_symbol("numba_" + name, address)
    target = llvm.Target.from_default_triple()
    machine = target.create_target_machine(opt=2, codemodel="jitdefault")
    engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), machine)
    import hashlib
    for file_name, digest in manifest["objects"].items():
        with open(os.path.join(folder, file_name), "rb") as f:
            code = f.read()
        # LLVM trusts object files (a truncated one crashes the process): check them first
        if hashlib.sha256(code).hexdigest() != digest:
            return None
        engine.add_object_file(llvm.ObjectFileRef.from_data(code))
    ir = [_PYTHON_API_IR]
    for name, (narrays, nscalars, returns) in ENTRIES.items():
        ir.append(_trampoline_ir(name, manifest["symbols"][name], narrays, nscalars, returns))
        ir.append(_python_entry_ir(name, nscalars))
    module = llvm.parse_assembly("\n".join(ir))
    module.verify()
    engine.add_module(module)
    engine.finalize_object()
    functions, keep = {}, []
    for name in ENTRIES:
        address = engine.get_function_address(f"pagelab_py_{name}")
        if not address:
            return None
        # a builtin function: the GIL stays held (the core never waits; numba's error paths
        # expect it), and a call costs what calling any C function from Python costs
        functions[name] = _builtin(name, address, keep)
    core = NativeCore(engine, functions)
    core._method_defs = keep
    return core


# --- export (from a process that has the numba dispatchers) ------------------------------------

def _object_code(dispatcher, sig) -> bytes | None:
    """numba's object code for the compiled overload `sig` of `dispatcher` (everything it calls
    linked in), from the library if it was compiled in this process, else from numba's cache."""
    cres = dispatcher.overloads[sig]
    try:
        return cres.library._get_compiled_object()
    except (RuntimeError, ValueError):
        pass
    cache = getattr(dispatcher, "_cache", None)
    if cache is None:
        return None
    data = cache._cache_file.load(cache._index_key(sig, dispatcher.targetctx.codegen()))

    def find(value):
        if isinstance(value, bytes) and value[:4] == b"\x7fELF":
            return value
        if isinstance(value, (tuple, list)):
            for item in value:
                found = find(item)
                if found is not None:
                    return found
        return None
    return find(data)


def export() -> bool:
    """Write the native artifact for the current sources (imports numba; compiles or loads the
    entry points from numba's cache).  Returns True when written.  Safe to call again."""
    import tempfile

    import llvmlite.binding as llvm
    from numba import types

    from pagelab.mmu.core import tlbwalk

    from . import fastfault, interp
    folder = artifact_dir()
    if os.path.isfile(os.path.join(folder, "manifest.json")):
        return True
    a64 = types.Array(types.int64, 1, "C")
    a8 = types.Array(types.uint8, 1, "C")
    i64 = types.int64
    signatures = {
        "run": (interp.run, (a64, a64, a8, a64, a64, i64)),
        "run_ring": (fastfault.run_ring, (a64, a64, a8, a64, a64, a64, i64)),
        "set_satp": (tlbwalk.set_satp, (a64, i64)),
        "set_priv": (tlbwalk.set_priv, (a64, i64, i64, i64)),
        "tlb_flush": (tlbwalk.tlb_flush, (a64, i64, i64, i64, i64)),
        "translate": (tlbwalk._translate, (a64, a64, i64, i64)),
    }
    objects, symbols = {}, {}
    from . import coldstart
    if not coldstart.core_is_cached():
        coldstart.start()           # compiles the run loop's callees meanwhile (its module doc)
    try:
        for name, (dispatcher, sig) in signatures.items():
            dispatcher.compile(sig)
            code = _object_code(dispatcher, sig)
            if code is None:
                return False
            objects[name + ".o"] = code
            symbols[name] = dispatcher.overloads[sig].fndesc.llvm_cfunc_wrapper_name
    finally:
        coldstart.stop()
    llvm.initialize_native_target()
    import hashlib
    manifest = {"objects": {name: hashlib.sha256(code).hexdigest()
                            for name, code in sorted(objects.items())},
                "symbols": symbols,
                "fingerprint": _fingerprint(llvm)}
    os.makedirs(os.path.dirname(folder), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="native-", dir=os.path.dirname(folder))
    for file_name, code in objects.items():
        with open(os.path.join(tmp, file_name), "wb") as f:
            f.write(code)
    with open(os.path.join(tmp, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    try:
        os.rename(tmp, folder)          # atomic: a concurrent loader sees all or nothing
    except OSError:                     # another process exported first
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return True
