# Set-up and everyday commands.  Both targets install what they need on a fresh machine.
#   make demo   - set up, then assemble, disassemble and run demo programs from programs/
#   make test   - set up (including the GNU/qemu oracles), then run the whole test suite
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := gcc binutils-riscv64-linux-gnu gcc-riscv64-linux-gnu qemu-user gdb-multiarch procps util-linux faketime smem

.PHONY: demo test venv oracles

# The .pyc files are written at install time: where PYTHONDONTWRITEBYTECODE is set, Python would
# otherwise compile every module from source on every run (~0.3 s of a warm `pagelab run`).
# The emulator core is compiled at install time too (numba, ~20-30 s once; a second process
# compiles the run loop's callees meanwhile: cpu/core/coldstart.py), and saved for the
# native loader (cpu/core/native.py), so the first `pagelab run` starts warm.
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,panel]'
	$(PY) -m compileall -q src cpu mmu kernel asm tools > /dev/null
	@echo "compiling the emulator core with numba (once; about half a minute)..."
	$(PY) -c "from pagelab.cpu.core import native; native.export()"
	touch $@

venv: $(VENV)/.installed

oracles:
	@bash tools/install-oracles.sh $(APT_PACKAGES)

demo: venv
	$(VENV)/bin/pagelab asm -o /tmp/pagelab-hello programs/hello.s
	$(VENV)/bin/pagelab objdump /tmp/pagelab-hello
	$(VENV)/bin/pagelab run /tmp/pagelab-hello
	$(VENV)/bin/pagelab run --stats programs/lazy.s
	$(VENV)/bin/pagelab run programs/cow.s
	$(VENV)/bin/pagelab run programs/cat.s /proc/self/maps

# One test process per CPU (pytest-xdist): CI's two cores halve the suite's time.
test: venv oracles
	$(PY) -m pytest -p no:cacheprovider -n auto tests
