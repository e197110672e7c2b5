#!/usr/bin/env bash
# Print the path of a Python X.Y interpreter on this machine: bash ci/find-python.sh 3.10
# Tries pythonX.Y on PATH, then the newest X.Y that pyenv has installed (its
# shims answer only for the active version). Never downloads an interpreter.
set -euo pipefail
want=${1:?usage: ci/find-python.sh X.Y}
probe='import sys; print(sys.executable)'
if found=$("python$want" -c "$probe" 2>/dev/null); then
  echo "$found"
  exit 0
fi
if command -v pyenv >/dev/null && version=$(pyenv latest "$want" 2>/dev/null) &&
  found=$(PYENV_VERSION="$version" "python$want" -c "$probe" 2>/dev/null); then
  echo "$found"
  exit 0
fi
echo "No Python $want on this machine (tried python$want on PATH and pyenv)." \
  "Install it (pyenv install $want, or your system's python$want package)," \
  "or name one: make test-min MIN_PYTHON=/path/to/python$want" >&2
exit 1
