"""Rules about the tree itself: packaging, layering and test hygiene."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPPED = {"src/pagelab": "pagelab", "cpu": "pagelab.cpu", "mmu": "pagelab.mmu",
          "kernel": "pagelab.kernel", "asm": "pagelab.asm", "tools": "pagelab.tools"}


def test_every_python_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = set()
    for folder, name in MAPPED.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join([name, *rel.parts]) if rel.parts else name)
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_the_fixed_top_level_layout_is_there():
    for name in ("pyproject.toml", "README.md", "cpu", "mmu", "kernel", "asm", "programs",
                 "tests", "tools", ".ci/run"):
        assert (ROOT / name).exists(), name


def test_no_test_imports_a_conftest_by_name():
    """Every test folder may have its own conftest.py, so `from conftest import` picks one at
    random; shared helpers live in tests/oracles.py."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*.py")
                 if re.search(r"^\s*(from conftest import|import conftest)", p.read_text(),
                              re.MULTILINE)]
    assert offenders == []


def test_the_cpu_and_mmu_cores_import_neither_lark_pygame_nor_the_kernel():
    code = ("import sys, pagelab.cpu.machine, pagelab.mmu.mmu, pagelab.mmu.pagetable; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('lark', 'pygame') "
            "or m.startswith('pagelab.kernel') or m.startswith('pagelab.asm')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_the_assembler_does_not_import_numba():
    code = ("import sys, pagelab.asm; pagelab.asm.assemble([('a.s', '_start: nop')]); "
            "print('numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and re.search(r"^make test$", ci, re.MULTILINE)


def test_the_host_boundary_is_one_module():
    """Issue 7: every host file-system call made for a guest is in kernel/fs/hostfs.py
    (docs/threat-model.md).  kernel/fs/bin.py may read programs/ and write pagelab's own cache
    of assembled programs; nothing else in the kernel touches host files."""
    import ast
    allowed = {ROOT / "kernel" / "fs" / "hostfs.py", ROOT / "kernel" / "fs" / "bin.py"}
    os_calls = {"open", "fdopen", "stat", "lstat", "fstat", "chmod", "utime", "rename",
                "replace", "unlink", "remove", "mkdir", "makedirs", "rmdir", "link", "symlink",
                "readlink", "listdir", "scandir", "read", "write", "pread", "pwrite",
                "ftruncate", "truncate", "chdir"}
    offenders = []
    for path in sorted((ROOT / "kernel").rglob("*.py")):
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            host = (isinstance(func, ast.Name) and func.id in ("open", "Path")) or (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (
                    (func.value.id == "os" and func.attr in os_calls) or
                    func.value.id in ("shutil", "pathlib", "io")))
            if host:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(func)}")
    assert offenders == []
    assert (ROOT / "docs" / "threat-model.md").is_file()
