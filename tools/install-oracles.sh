#!/usr/bin/env bash
# Install the Debian packages the tests use as oracles (GNU binutils and gcc for riscv64,
# qemu-riscv64, gdb-multiarch).  Installs only what is missing; needs root (or sudo) for apt-get.
set -u
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "install-oracles: cannot install ${missing[*]} (not root, no sudo); oracle tests will skip" >&2
  exit 0
fi
echo "install-oracles: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
status=$?
if [ $status -ne 0 ] && [ "${CI:-}" = "true" ]; then echo "install-oracles: apt-get failed" >&2; exit 1; fi
exit 0
