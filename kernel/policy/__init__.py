"""Policies: small replaceable classes the memory-management mechanisms call.

Mechanism (fault handling, page tables, rmap, reclaim, the buddy allocator) lives in kernel/mm
and never changes in an assignment; each *decision* is a policy object:

    kind          chosen by                                        classes (name)
    overcommit    sysctl vm.overcommit_memory (0/1/2) unless        Heuristic ("heuristic", 0)
                  --policy overcommit=NAME names one                Always ("always", 1)
                                                                    Never ("never", 2)
    oom           --policy oom=NAME (default "badness")             Badness ("badness")
                                                                    KillFaulting ("faulting")
    replacement   --policy replacement=NAME (default "lru")         Fifo, Clock, Lru, Random, Opt
    thp           --policy thp=NAME (default "linux")               LinuxThp ("linux")
                                                                    NeverThp ("never")
                                                                    DenseThp ("dense")

Classes are registered by kind (`@register(kind, name)`); a name may also be an import
string "package.module:Class", so a student's class plugs in without editing the kernel.

Each kernel builds its own policy objects at boot (`build_policies(kernel)`, stored as
`kernel.policies`): nothing is cached at module level, so two kernels in one process never
share a policy's state.  Policies never edit page tables; they answer questions.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

REGISTRY: dict[str, dict[str, type]] = {"overcommit": {}, "oom": {}, "replacement": {},
                                        "thp": {}}
DEFAULTS = {"overcommit": "heuristic", "oom": "badness", "replacement": "lru", "thp": "linux"}
OVERCOMMIT_MODES = {0: "heuristic", 1: "always", 2: "never"}


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
    if kind not in REGISTRY:
        raise KeyError(f"unknown policy kind '{kind}' (choose from {', '.join(REGISTRY)})")
    if name in REGISTRY[kind]:
        return REGISTRY[kind][name]
    if ":" in name:
        module, _, attr = name.partition(":")
        return getattr(importlib.import_module(module), attr)
    raise KeyError(f"unknown {kind} policy '{name}' (choose from {', '.join(REGISTRY[kind])})")


def describe() -> str:
    """Every registered policy, one line each (pagelab run --policy help)."""
    _load_builtins()
    lines = []
    for kind, classes in REGISTRY.items():
        for name, cls in classes.items():
            doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
            mark = " (default)" if DEFAULTS[kind] == name else ""
            lines.append(f"{kind}={name}{mark}: {doc}")
    return "\n".join(lines)


def _chosen(kernel, kind: str) -> str | None:
    return kernel.config.policies.get(kind)


def build_policy(kernel, kind: str, name: str | None = None):
    """A new policy object of `kind`: `name`, else the configuration's choice, else the
    default.  Policies with a `seed` parameter get the kernel's (runs are repeatable)."""
    cls = policy_class(kind, name or _chosen(kernel, kind) or DEFAULTS[kind])
    return cls()


@dataclass
class PolicySet:
    """The policy objects of one kernel (kernel.policies), built at boot."""
    oom: object
    replacement: object
    overcommit_fixed: object | None = None          # --policy overcommit=NAME
    overcommit_modes: dict = field(default_factory=dict)   # mode name -> object
    thp: object = None

    def overcommit(self, kernel):
        """The overcommit policy in force: the configured one, else vm.overcommit_memory's."""
        if self.overcommit_fixed is not None:
            return self.overcommit_fixed
        from pagelab.kernel.sysctl import sysctl_int
        name = OVERCOMMIT_MODES[sysctl_int(kernel, "vm.overcommit_memory")]
        return self.overcommit_modes[name]


def build_policies(kernel) -> PolicySet:
    """Build every policy of `kernel` from its configuration (at boot)."""
    _load_builtins()
    chosen = _chosen(kernel, "overcommit")
    return PolicySet(
        oom=build_policy(kernel, "oom"),
        replacement=build_policy(kernel, "replacement"),
        overcommit_fixed=build_policy(kernel, "overcommit") if chosen else None,
        overcommit_modes={name: cls() for name, cls in REGISTRY["overcommit"].items()},
        thp=build_policy(kernel, "thp"))


def get_policy(kernel, kind: str):
    """The policy object `kernel` uses for `kind` (built at boot by build_policies)."""
    policies = kernel.policies
    if kind == "overcommit":
        return policies.overcommit(kernel)
    return getattr(policies, kind)


def _load_builtins() -> None:
    from pagelab.kernel.policy import oom, overcommit, replacement, thp  # noqa: F401
