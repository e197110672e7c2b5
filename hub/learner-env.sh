#!/usr/bin/env bash
# Build the learners' environment for the hub: hub/learner-env.sh ENV PYTHON [TOOLING_PYTHON]
# (make learner-env runs it). As The Littlest JupyterHub does, learners run
# from an environment of their own, readable by every account, outside the
# course folder (which the hub makes private). ENV/course is the student
# edition of the course (`python -m coursekit edition student`, the one
# definition): helpers (with the answer keys check() needs), the articles,
# the manifest, the student notebooks in every edition (notebooks/ja/) and the
# learner-facing docs; never
# notebooks/solutions, the teacher's docs or the tooling.
set -euo pipefail
env_dir=$1 python=$2 tooling=${3:-.venv/bin/python}
course="$env_dir/course"
"$python" -m venv "$env_dir"
"$env_dir/bin/pip" install --quiet --upgrade pip
rm -rf "$course"
"$tooling" -m coursekit edition student "$course"
mkdir -p "$course/tests"
cp -r tests/articles "$course/tests/"
# [ja]: JupyterLab's Japanese interface and the Japanese chart font, for a class or a
# learner given the Japanese edition (make hub LANG=ja, or the roster's lang column).
"$env_dir/bin/pip" install --quiet -e "$course[hub-learner,ja]"
# Slip notes for a cell run before the setup cell: the IPython startup file that
# `python -m helpers workspace` writes where it can (learners cannot write here).
"$env_dir/bin/python" -c "from helpers.slips_startup import install_startup; install_startup()"
# The same JupyterLab settings as make lab (no news pop-up, rendered glossary).
mkdir -p "$env_dir/share/jupyter/lab/settings"
cp coursekit/lab-overrides.json "$env_dir/share/jupyter/lab/settings/overrides.json"
# JupyterLab's default language for each edition (ENV/etc/course-lab/ja), which the hub
# names in a Japanese learner's JUPYTER_CONFIG_PATH (coursekit/hub/spawning.py).
"$tooling" -c "import sys; from pathlib import Path; from coursekit.hub.spawning import write_lab_locales; write_lab_locales(Path(sys.argv[1]) / 'bin')" "$env_dir"
# Server extensions a learner's server does not need, each loaded by every server at
# start-up: language servers (none installed), terminals (switched off on the hub)
# and the classic notebook's shim (JupyterLab only).
for extension in jupyter_lsp jupyter_server_terminals notebook_shim; do
  "$env_dir/bin/jupyter" server extension disable --sys-prefix "$extension" >/dev/null 2>&1 || true
done
# jsonschema (through jupyter_events, in every server) builds a parser for IRIs from a
# grammar whenever rfc3987-syntax is installed: about 1.2 s of CPU at every server's start,
# 40% of it, for a format check no learner's server uses. Without the package, jsonschema
# skips that one format (pip check names the missing optional extra; nothing else changes).
"$env_dir/bin/pip" uninstall --quiet --yes rfc3987-syntax lark >/dev/null 2>&1 || true
# Byte-compile everything now, as root: learners cannot write __pycache__ here, so
# without this every kernel compiles the course's modules again from source.
"$env_dir/bin/python" -m compileall -q -j 0 "$course/helpers" "$env_dir/lib" >/dev/null || true
chmod -R a+rX "$env_dir"
# Every learner account must be able to run it (a Python under /root cannot).
runuser -u nobody -- "$env_dir/bin/python" -c "import helpers" || {
  echo "The learner environment $env_dir cannot be used by other accounts: give LEARNER_PYTHON=/usr/bin/python3"
  exit 1
}
