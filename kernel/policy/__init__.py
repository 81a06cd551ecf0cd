"""Policies: small replaceable classes the memory-management mechanisms call (STYLE §9.3).

Mechanism (fault handling, page tables, rmap, buddy allocator) lives in kernel/mm and never
changes in an assignment; each *decision* is a policy object chosen by name at run time:

    kind          chosen by                                        classes (name)
    overcommit    sysctl vm.overcommit_memory (0/1/2) unless        Heuristic ("heuristic", 0)
                  config.policies["overcommit"] names one           Always ("always", 1)
                                                                    Never ("never", 2)
    oom           config.policies["oom"] (default "faulting")       KillFaulting ("faulting")
                                                                    Badness ("badness")
    replacement   config.policies["replacement"] (default "none")   NoReplacement ("none")

A name may also be an import string "package.module:Class", so a student's class plugs in
without editing the kernel.  Policies never edit page tables; they answer questions.
"""
from __future__ import annotations

import importlib

REGISTRY: dict[str, dict[str, type]] = {"overcommit": {}, "oom": {}, "replacement": {}}
DEFAULTS = {"overcommit": "heuristic", "oom": "faulting", "replacement": "none"}
OVERCOMMIT_MODES = {0: "heuristic", 1: "always", 2: "never"}
_instances: dict[tuple[str, str], object] = {}


def register(kind: str, name: str):
    """Class decorator: make `cls` selectable as policy `name` of `kind`."""
    def add(cls):
        REGISTRY[kind][name] = cls
        cls.policy_name = name
        return cls
    return add


def policy_class(kind: str, name: str) -> type:
    """The class for a name or an import string; raises KeyError/ImportError if unknown."""
    _load_builtins()
    if name in REGISTRY[kind]:
        return REGISTRY[kind][name]
    if ":" in name:
        module, _, attr = name.partition(":")
        return getattr(importlib.import_module(module), attr)
    raise KeyError(f"unknown {kind} policy '{name}' (choose from {', '.join(REGISTRY[kind])})")


def get_policy(kernel, kind: str):
    """The policy object the kernel's configuration selects for `kind` (one instance per
    class and kernel configuration; policies keep no per-call state unless they say so)."""
    config = getattr(kernel, "config", None)
    chosen = (getattr(config, "policies", None) or {}).get(kind)
    if chosen is None and kind == "overcommit":
        from pagelab.kernel.mm.aspace import _sysctl
        chosen = OVERCOMMIT_MODES.get(_sysctl(kernel, "vm.overcommit_memory", 0), "heuristic")
    name = chosen or DEFAULTS[kind]
    key = (kind, name, id(kernel))
    policy = _instances.get(key)
    if policy is None:
        policy = _instances[key] = policy_class(kind, name)()
    return policy


def _load_builtins() -> None:
    from pagelab.kernel.policy import oom, overcommit, replacement  # noqa: F401  (register)
