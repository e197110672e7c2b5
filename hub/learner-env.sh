#!/usr/bin/env bash
# Build the learners' environment for the hub: hub/learner-env.sh ENV PYTHON [TOOLING_PYTHON]
# (make learner-env runs it). As The Littlest JupyterHub does, learners run
# from an environment of their own, readable by every account, outside the
# course folder (which the hub makes private). ENV/course is the student
# edition of the course (`python -m coursekit edition student`, the one
# definition): helpers (with the answer keys check() needs), the articles,
# the manifest, the student notebooks and the learner-facing docs; never
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
"$env_dir/bin/pip" install --quiet -e "$course[hub-learner]"
# Slip notes for a cell run before the setup cell: the IPython startup file that
# `python -m helpers workspace` writes where it can (learners cannot write here).
"$env_dir/bin/python" -c "from helpers.slips_startup import install_startup; install_startup()"
# The same JupyterLab settings as make lab (no news pop-up, rendered glossary).
mkdir -p "$env_dir/share/jupyter/lab/settings"
cp coursekit/lab-overrides.json "$env_dir/share/jupyter/lab/settings/overrides.json"
chmod -R a+rX "$env_dir"
# Every learner account must be able to run it (a Python under /root cannot).
runuser -u nobody -- "$env_dir/bin/python" -c "import helpers" || {
  echo "The learner environment $env_dir cannot be used by other accounts: give LEARNER_PYTHON=/usr/bin/python3"
  exit 1
}
