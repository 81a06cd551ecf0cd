"""pagelab: an emulated RISC-V computer with a hardware MMU and a teaching operating system."""
__version__ = "0.1.0"
