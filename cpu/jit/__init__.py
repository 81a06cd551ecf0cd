"""Block translation: a second execution engine that runs hot guest blocks as native code
(llvmlite), with the MMU and TLB model applied to every access.  See docs/jit.md."""
