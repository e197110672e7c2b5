#!/usr/bin/env bash
# make test-min and make test-newest: the course in a venv of its own, then
# the tests whose result can depend on the versions installed.
#
#   bash ci/test-versions.sh VENV PYTHON [CONSTRAINTS]
#
# uv (installed into .venv by the Makefile) builds VENV afresh from PYTHON,
# installs the course editable with its test tools from PyPI (with the
# CONSTRAINTS file, if given: coursekit/lowest.py's pins for make test-min), prints
# the versions it got, and runs the tests that depend on them (listed below).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:?usage: ci/test-versions.sh VENV PYTHON [CONSTRAINTS]}
python=${2:?usage: ci/test-versions.sh VENV PYTHON [CONSTRAINTS]}
constraints=${3:-}
uv=${UV:-.venv/bin/uv}
export UV_PYTHON_DOWNLOADS=never  # this machine's Python only, never a download

start=$SECONDS
"$uv" venv --quiet --clear --python "$python" "$venv"
"$uv" pip install --quiet --compile-bytecode --python "$venv/bin/python" \
  ${constraints:+--constraint "$constraints"} -e ".[test]"
"$venv/bin/python" - <<'PY'
import platform
from importlib.metadata import version

names = ["pandas", "numpy", "matplotlib", "cartopy", "jupyterlab", "pytest", "nbval"]
print(f"Python {platform.python_version()}:", ", ".join(f"{n} {version(n)}" for n in names))
PY
echo "set-up took $((SECONDS - start)) s"

# The tests that exercise pandas, matplotlib, numpy, cartopy and JupyterLab,
# the doctests, and every notebook, student and instructor (nbval strict).
# The rest (text work in pure Python, the command line, set-up files,
# hypothesis runs, hub, site, wheel) does not depend on those versions:
# make test runs it.
selected=(
  helpers                         # every doctest: frames, datasets, charts, maps, feedback
  tests/datasets tests/test_datasets.py tests/exercises tests/test_exercises.py tests/test_feedback_table.py tests/test_slips.py
  tests/charts tests/test_chart_images.py
  tests/test_quotes.py tests/test_show.py tests/test_entities.py tests/test_workspace.py tests/test_docs_and_api.py
  tests/test_lab_server.py   # make lab really serves with this JupyterLab
  notebooks                       # nbval: student and instructor notebooks
)
deselect=()
# Python 3.10's csv.writer cannot write a NUL character (3.11's can), so these
# two tests cannot build their input file there; make test runs them.
if "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info >= (3, 11))'; then
  deselect+=(
    --deselect "tests/datasets/test_tables.py::test_loaders_reject_broken_copies_with_a_precise_message[NUL in a key cell]"
    --deselect "tests/datasets/test_tables.py::test_key_cells_refuse_every_invisible_character[\\x00-NUL]"
  )
fi
start=$SECONDS
# Each run keeps its failed pictures apart: make test-min and test-newest run side by side in CI,
# and one's clean-up of a shared build/mpl-results removed the other's picture mid-test.
"$venv/bin/python" -m pytest -q -p no:cacheprovider --durations=${DURATIONS:-10} \
  -o mpl-results-path="build/mpl-results-$(basename "$venv")" "${deselect[@]}" "${selected[@]}"
echo "tests took $((SECONDS - start)) s"
