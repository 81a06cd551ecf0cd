"""Shared test set-up.  The oracle helpers live in oracles.py (re-exported here for old imports)."""
from oracles import *  # noqa: F401,F403
from oracles import IN_CI, require_module, require_tool  # noqa: F401
