# The course in two commands, on a machine with Python 3.10+ and make:
#   make lab    set everything up, then open the course in JupyterLab
#   make test   set everything up, then run every test
# Everything installs into .venv/ in this folder; delete it to start over.

PYTHON   ?= python3
VENV     ?= .venv
PY       := $(VENV)/bin/python
LAB_ARGS ?=
# Jupyter refuses to start as root unless told; only CI containers run as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
# --- the lab server's settings ---
# A learner's own copies live in WORKSPACE (git ignores it); make lab serves only that folder.
WORKSPACE ?= workspace
# Terminals are off: anyone with the token would get a shell as you (as root, a root shell).
# To have them, for example to run `python -m helpers reset 02`: make lab TERMINALS=True
TERMINALS ?= False
LAB_SERVER := --ServerApp.ip=127.0.0.1 --ServerApp.terminals_enabled=$(TERMINALS)
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
ROOT_TEXT := make: you are root, so JupyterLab starts with --allow-root (a normal user account is safer).
ROOT_NOTE := $(if $(ROOT_FLAG),@echo "$(ROOT_TEXT)",@true)

.DEFAULT_GOAL := help
.PHONY: help lab lab-ja lab-instructor test notebooks translations lint bench bench-quotes bench-notebooks bench-class test-browser clean chart-baselines chart-baselines-legacy site site-ja site-instructor test-site test-min test-newest

help:  ## list the commands (made from the "##" note on each target's line)
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z-]*:.*## / { printf "make %-22s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

# --- set-up ---------------------------------------------------------------
$(PY):
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v >= (3, 10) else "This course needs Python 3.10 or newer; $(PYTHON) is %d.%d. Install a newer Python, or run: make lab PYTHON=python3.12" % v[:2])'
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "Could not create $(VENV). On Debian/Ubuntu install the venv module first: sudo apt install python3-venv"; exit 1; }
	@$(PY) -m pip install --quiet --upgrade pip

# Stamps: reinstall only when pyproject.toml changes.
$(VENV)/.installed-lab: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed-lab

$(VENV)/.installed-browser: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e ".[test,browser]"
	@touch $@

# --- the two commands -------------------------------------------------------
lab: $(VENV)/.installed-lab $(LAB_SETTINGS)  ## set up (first time: a few minutes) and open the course in JupyterLab: your own copies in workspace/, 127.0.0.1 only, token required (TERMINALS=True allows terminals)
	$(ROOT_NOTE)
	$(PY) -m helpers workspace $(WORKSPACE)
	$(VENV)/bin/jupyter lab $(LAB_SERVER) --ServerApp.root_dir=$(WORKSPACE) \
	  $(ROOT_FLAG) $(LAB_ARGS) $(WORKSPACE)/00-start-here.ipynb

# The Japanese edition (日本語版): its own workspace, JupyterLab's interface in Japanese
# (jupyterlab-language-pack-ja-JP, chosen in a settings folder of that workspace, so the
# English lab stays English), the feedback in Japanese (the notebooks' setup cells say lang="ja").
WORKSPACE_JA ?= workspace-ja
LAB_JA_SETTINGS := $(WORKSPACE_JA)/.jupyter/lab/user-settings/@jupyterlab/translation-extension/plugin.jupyterlab-settings

$(VENV)/.installed-ja: pyproject.toml $(VENV)/.installed-lab
	$(PY) -m pip install --quiet -e ".[ja]"
	@touch $@

lab-ja: $(VENV)/.installed-ja $(LAB_SETTINGS)  ## 日本語版: the Japanese edition in JupyterLab's Japanese interface, your copies in workspace-ja/
	$(ROOT_NOTE)
	$(PY) -m helpers workspace $(WORKSPACE_JA) --lang ja
	@mkdir -p $(dir $(LAB_JA_SETTINGS))
	@printf '{\n  "locale": "ja_JP"\n}\n' > $(LAB_JA_SETTINGS)
	JUPYTERLAB_SETTINGS_DIR=$(WORKSPACE_JA)/.jupyter/lab/user-settings \
	  $(VENV)/bin/jupyter lab $(LAB_SERVER) --ServerApp.root_dir=$(WORKSPACE_JA) \
	  $(ROOT_FLAG) $(LAB_ARGS) $(WORKSPACE_JA)/00-start-here.ipynb

lab-instructor: $(VENV)/.installed-lab $(LAB_SETTINGS)  ## open the instructor versions (solutions filled in)
	$(ROOT_NOTE)
	$(VENV)/bin/jupyter lab $(LAB_SERVER) --ServerApp.root_dir=. \
	  $(ROOT_FLAG) $(LAB_ARGS) notebooks/solutions/00-start-here.ipynb

# JupyterLab's settings for the course (coursekit/lab-overrides.json): the glossary and
# the sources open as rendered pages, not as text to edit; no "Jupyter news?" pop-up
# and no update check (both would ask a website; the course runs offline).
$(LAB_SETTINGS): coursekit/lab-overrides.json | $(PY)
	@mkdir -p $(dir $@)
	@cp coursekit/lab-overrides.json $@

test: $(VENV)/.installed-test  ## set up and run every test: lint, types, unit tests, doctests, every notebook (nbval strict)
	$(PY) -m ruff check .
	$(PY) -m mypy coursekit
	$(PY) -m mypy
	$(PY) -m pytest

# --- for course authors -----------------------------------------------------
notebooks: $(VENV)/.installed-test  ## regenerate the course.toml blocks, then the notebooks from notebooks/src, executed (English, then Japanese)
	$(PY) -m coursekit build
	$(PY) -m coursekit answer-key
	$(PY) -m coursekit i18n-helpers update
	$(PY) -m coursekit i18n build

translations: $(VENV)/.installed-test  ## update the Japanese catalogues (notebooks/locale, helpers/locale) from the English sources and say how much is translated
	$(PY) -m coursekit i18n-helpers update
	$(PY) -m coursekit i18n update
	$(PY) -m coursekit glossary-ja
	$(PY) -m coursekit i18n coverage

bench: $(VENV)/.installed-test  ## time the parser and the quotation finder on 1x, 10x and 100x the seed
	$(PY) benchmarks/bench_parse.py
	$(PY) benchmarks/bench_quotes.py

# benchmarks/README.md: the baseline of a class of thirty and how to compare with it.
REV ?= main
bench-notebooks: $(VENV)/.installed-test  ## the course run against its floor (a bare kernel per notebook), REV (main) beside this tree
	@mkdir -p build
	$(PY) benchmarks/bench_notebooks.py --compare $(REV) --cells 2 --json build/bench-notebooks.json

bench-class: hub-loadtest  ## N=30 as root: a class logging in at once (same as make hub-loadtest)

bench-quotes: $(VENV)/.installed-test  ## who said what on PolNeAR dev, with the scorer and its peers from ../shared/benchmarks/polnear (or POLNEAR_DIR); says so when absent
	$(PY) benchmarks/bench_polnear.py

# --- lowest and newest versions ------------------------------------------------
# make test-min     pandas, numpy, matplotlib, cartopy and JupyterLab at the lowest
#                   versions pyproject.toml allows (coursekit/lowest.py), on Python 3.10
# make test-newest  the newest versions PyPI has, on the newest Python here
# Each builds its own venv with uv, from PyPI, and runs the tests that depend on
# those versions and every instructor notebook (ci/test-versions.sh). The
# interpreters are found on PATH or through pyenv; name one with MIN_PYTHON=...
MIN_VENV       ?= .venv-min
NEWEST_VENV    ?= .venv-newest
MIN_PYTHON     ?=
NEWEST_PYTHON  ?=
NEWEST_VERSION ?= 3.13
UV := $(VENV)/bin/uv

$(UV): | $(PY)
	$(PY) -m pip install --quiet "uv>=0.8"

test-min: $(UV)  ## the lowest versions pyproject.toml allows, on Python 3.10 (own venv, from PyPI)
	@mkdir -p build
	$(PY) -m coursekit lowest > build/constraints-min.txt
	py="$(or $(MIN_PYTHON),$$(bash ci/find-python.sh 3.10))" && \
	  bash ci/test-versions.sh $(MIN_VENV) "$$py" build/constraints-min.txt

test-newest: $(UV)  ## the newest versions on the newest Python here (3.13)
	py="$(or $(NEWEST_PYTHON),$$(bash ci/find-python.sh $(NEWEST_VERSION)))" && \
	  bash ci/test-versions.sh $(NEWEST_VENV) "$$py"

# --- chart pictures ----------------------------------------------------------
# The image tests compare every chart with tests/baseline/freetype-X.Y/*.png,
# one set per FreeType that matplotlib renders text with (2.14 from
# matplotlib 3.11, 2.6 before). After an intended change, redraw both sets,
# look at them (build/charts/ has colour and greyscale copies), and commit them.
FREETYPE_OF = -c 'from matplotlib import ft2font; print(".".join(ft2font.__freetype_version__.split(".")[:2]))'
LEGACY_VENV ?= .venv-mpl310
chart-baselines: $(VENV)/.installed-test  ## after an intended chart change: redraw tests/baseline/ (look at build/charts/ first)
	$(PY) -m pytest tests/test_chart_images.py -k looks_as_approved -o addopts="" \
	  --mpl-generate-path=tests/baseline/freetype-$$($(PY) $(FREETYPE_OF))
	$(PY) -m coursekit charts

chart-baselines-legacy: pyproject.toml  ## the same with matplotlib 3.10 (FreeType 2.6), in .venv-mpl310/
	@test -x $(LEGACY_VENV)/bin/python || $(PYTHON) -m venv $(LEGACY_VENV)
	$(LEGACY_VENV)/bin/python -m pip install --quiet -e ".[test]" "matplotlib>=3.10,<3.11"
	$(LEGACY_VENV)/bin/python -m pytest tests/test_chart_images.py -k looks_as_approved -o addopts="" \
	  --mpl-generate-path=tests/baseline/freetype-$$($(LEGACY_VENV)/bin/python $(FREETYPE_OF))

# tests/browser/: every notebook run in JupyterLab in headless Chromium, then a
# learner's session in a workspace; pictures in build/browser/, and of each
# failure in build/browser-failures/. (Plain make test deselects them.)
test-browser: $(VENV)/.installed-browser $(LAB_SETTINGS)  ## run every notebook in JupyterLab in headless Chromium
	$(PY) -m pytest -m browser tests/browser -v

# --- the reading website (site/) -------------------------------------------
# Sphinx + myst-nb from PyPI, axe-core from npm (only for the check); the
# stored notebooks are shown as they are, nothing is executed or downloaded.
# A class hub's address, if any, goes on every page: make site HUB_URL=https://...
HUB_URL ?=

$(VENV)/.installed-site: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e ".[test,site]"
	@touch $@

site/node_modules/.installed: site/package.json site/package-lock.json
	@command -v npm >/dev/null || { echo "make test-site needs npm (Node.js): on Debian, sudo apt install npm"; exit 1; }
	cd site && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The Japanese edition (notebooks/ja/): make site LANG=ja (or make site-ja) -> build/site-ja/.
# Only a LANG given on make's command line counts: the shell's locale (LANG=ja_JP.UTF-8
# or C.UTF-8) never changes which site plain `make site` builds.
SITE_LANG := $(if $(filter command line,$(origin LANG)),$(if $(filter ja%,$(LANG)),ja,en),en)

site: $(VENV)/.installed-site  ## build the reading website (student edition) into build/site/; LANG=ja: the Japanese one into build/site-ja/
	$(PY) -m coursekit site --edition student --lang $(SITE_LANG) --hub-url "$(HUB_URL)"

site-ja: $(VENV)/.installed-site  ## 日本語版: the Japanese student edition into build/site-ja/ (same as make site LANG=ja)
	$(PY) -m coursekit site --edition student --lang ja --hub-url "$(HUB_URL)"

site-instructor: $(VENV)/.installed-site  ## build the instructor edition (solutions, teacher guide) into build/site-instructor/ (LANG=ja: build/site-instructor-ja/)
	$(PY) -m coursekit site --edition instructor --lang $(SITE_LANG) --hub-url "$(HUB_URL)"

test-site: $(VENV)/.installed-site $(VENV)/.installed-browser site/node_modules/.installed  ## build both editions and check every page in headless Chromium
	COURSE_SITE_TEST=1 $(PY) -m pytest tests/site tests/coursekit/site -q

clean:  ## remove the venvs and build outputs
	rm -rf $(VENV) $(MIN_VENV) $(NEWEST_VENV) build .pytest_cache .ruff_cache .hypothesis *.egg-info

# --- the class hub (docs/classroom.md) ----------------------------------------
# make hub CLASS=roster.csv   a JupyterHub for a class on this machine (root: real accounts)
# make test-hub N=20          the load test (N learners) and the security test
# make teacher-passwords CLASS=roster.csv   the teachers' passwords, set before the class
# make teacher-report / collect / grade   the teacher's tools (CLASS=..., SUB=...)
# make deadline / handins / briefings / marks / return / update-workspaces   hand-in, marking, feedback, updates
CLASS       ?= hub/roster.example.csv
N           ?= 3
IP          ?= 127.0.0.1
PORT        ?= 8000
SUB         ?=
HUB_ARGS    ?=
# Learners run from their own environment, outside the course folder (which
# the hub makes private), as The Littlest JupyterHub does. Without root the
# demo's servers use .venv itself.
LEARNER_ENV ?= $(if $(filter 0,$(shell id -u 2>/dev/null)),/opt/course-hub/learner-env,$(abspath $(VENV)))
# A Python every account can run (a pyenv one under /root is not).
LEARNER_PYTHON ?= $(firstword $(wildcard /usr/bin/python3) $(PYTHON))
HUB_PROXY   := hub/node_modules/.bin/configurable-http-proxy
.PHONY: hub test-hub hub-loadtest hub-prestart teacher-passwords teacher-report collect grade learner-env deadline handins briefings marks \
  return return-status update-workspaces
AT          ?=
EVERY       ?= 0
RESET       ?=
# The teacher's tools act on one class, so they need CLASS= (the example roster is only make hub's demo).
NEED_CLASS = $(if $(filter file,$(origin CLASS)),@echo "Say which class: make $@ CLASS=class.csv (your roster) ..." >&2; exit 2,@true)
MARKS       ?= briefings/marks.csv

$(VENV)/.installed-hub: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e ".[test,hub]"
	@touch $@

$(HUB_PROXY): hub/package.json hub/package-lock.json
	@command -v npm >/dev/null || { echo "The hub's proxy needs Node.js and npm (apt install nodejs npm)"; exit 1; }
	cd hub && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(LEARNER_ENV)/.installed-learner: pyproject.toml $(wildcard helpers/*.py helpers/*/*.py helpers/data/* seeds/* notebooks/src/*.py notebooks/[0-9]*.ipynb notebooks/ja/[0-9]*.ipynb helpers/locale/*/LC_MESSAGES/*.po notebooks/course.toml docs/*.md) \
  hub/learner-env.sh coursekit/lab-overrides.json $(VENV)/.installed-hub $(VENV)/.installed-ja
	@if [ "$(LEARNER_ENV)" != "$(abspath $(VENV))" ]; then bash hub/learner-env.sh $(LEARNER_ENV) $(LEARNER_PYTHON) $(PY); fi
	@touch $@

learner-env: $(LEARNER_ENV)/.installed-learner  ## the learners' environment for the hub, in LEARNER_ENV (/opt/course-hub/learner-env as root)

# The class's edition: make hub LANG=ja (as make site, only a LANG on make's command line
# counts, never the shell's locale); a roster's lang column overrides it per person.
HUB_LANG_ARG := $(if $(filter command line,$(origin LANG)),--lang $(SITE_LANG),)
# A mistyped LANG=jp must not start an English class: make hub stops (make site keeps its English default).
HUB_LANG_BAD := $(if $(filter command line,$(origin LANG)),$(filter-out ja% en%,$(LANG)),)

hub: $(VENV)/.installed-hub $(HUB_PROXY) learner-env  ## CLASS=roster.csv: a class JupyterHub on 127.0.0.1:8000 (LANG=ja: the Japanese edition; IP=0.0.0.0 needs SSL_CERT/SSL_KEY; docs/classroom.md)
	$(if $(HUB_LANG_BAD),$(error LANG=$(LANG) is not an edition of the course — give LANG=ja or LANG=en, or no LANG for the class's setting))
	$(PY) -m coursekit hub --roster $(CLASS) --ip $(IP) --port $(PORT) --learner-bin $(LEARNER_ENV)/bin $(HUB_LANG_ARG) \
	  $(if $(SSL_CERT),--ssl-cert $(SSL_CERT) --ssl-key $(SSL_KEY),) $(if $(INSECURE_HTTP),--insecure-http,) $(HUB_ARGS)

test-hub: $(VENV)/.installed-hub $(VENV)/.installed-browser $(HUB_PROXY) learner-env  ## N=20: the security and grading tests, then the load test with N learners on a real hub
	COURSE_HUB_LEARNER_BIN=$(LEARNER_ENV)/bin $(PY) -m pytest tests/coursekit/hub -q
	$(PY) -m coursekit loadtest -n $(N) --learner-bin $(LEARNER_ENV)/bin --json hub-loadtest-$(N).json

OPEN ?= 1
# The default is the worst case (every cell the moment the last ended, servers started at login).
# THINK=3: a paced class (3 s on average before each cell); PRESTARTED=1: servers started first, as make hub-prestart does.
THINK ?= 0
PRESTARTED ?=
LOADTEST_MODE := $(if $(filter-out 0,$(THINK)),--think $(THINK) --budget 1800,)$(if $(PRESTARTED), --prestarted,)
LOADTEST_TAG := $(if $(filter-out 0,$(THINK)),-think$(THINK),)$(if $(PRESTARTED),-prestarted,)
hub-loadtest: $(VENV)/.installed-hub $(HUB_PROXY) learner-env  ## N=10 [OPEN=3] [THINK=3] [PRESTARTED=1]: the load test alone (N learners at once, every notebook; OPEN kernels kept per learner); as root: real accounts
	@mkdir -p build
	$(PY) -m coursekit loadtest -n $(N) --open $(OPEN) $(LOADTEST_MODE) --learner-bin $(LEARNER_ENV)/bin --json build/hub-loadtest-$(N)-open$(OPEN)$(LOADTEST_TAG).json

# The hub must be running (make hub); HUB_TOKEN is an admin's API token (the hub's
# Token page, as a teacher) or the course-admin service token.
HUB_URL_LOCAL ?= http://127.0.0.1:$(PORT)/
hub-prestart: $(VENV)/.installed-hub  ## CLASS=roster.csv HUB_TOKEN=...: start every learner's server before the lesson (about 110 MiB each, idle)
	$(NEED_CLASS)
	@test -n "$(HUB_TOKEN)" || { echo "Give an admin's API token: make hub-prestart HUB_TOKEN=... (the hub's Token page, logged in as a teacher)"; exit 2; }
	HUB_TOKEN="$(HUB_TOKEN)" $(PY) -m coursekit prestart --roster $(CLASS) --hub $(HUB_URL_LOCAL)

teacher-passwords: $(VENV)/.installed-hub  ## CLASS=roster.csv: set each teacher's hub password before make hub (none left for a learner to claim; RESET=1 replaces one already set)
	$(NEED_CLASS)
	$(PY) -m coursekit passwords --roster $(CLASS) $(if $(RESET),--reset,)

teacher-report: $(VENV)/.installed-hub  ## CLASS=roster.csv: who solved what, teacher-report.html (+ chart) from the learners' progress
	$(NEED_CLASS)
	$(PY) -m coursekit report --roster $(CLASS) $(if $(SUB),--from $(SUB),) --out teacher-report.html

collect: $(VENV)/.installed-hub  ## CLASS=roster.csv: copy every learner's notebooks into submissions/YYYY-MM-DD/ (links never followed)
	$(NEED_CLASS)
	$(PY) -m coursekit collect --roster $(CLASS) --out submissions

grade: $(VENV)/.installed-hub learner-env  ## SUB=submissions/YYYY-MM-DD: grade a collected folder, each notebook in a sandbox
	@test -n "$(SUB)" || { echo "Say which submissions: make grade SUB=submissions/YYYY-MM-DD"; exit 2; }
	$(PY) -m coursekit grade $(SUB) --learner-python $(LEARNER_ENV)/bin/python

deadline: $(VENV)/.installed-hub  ## AT=2026-12-10T17:00: the hand-in deadline (server's local time, or +13:00); hand-ins after it are late
	@test -n "$(AT)" || { echo "Say when: make deadline AT=2026-12-10T17:00"; exit 2; }
	$(PY) -m coursekit handins --roster $(CLASS) --set-deadline "$(AT)"

handins: $(VENV)/.installed-hub  ## CLASS=roster.csv: record new hand-ins with the server's time, print who handed in, late or not (EVERY=60: keep sweeping)
	$(NEED_CLASS)
	$(PY) -m coursekit handins --roster $(CLASS) --every $(EVERY)

briefings: $(VENV)/.installed-hub  ## CLASS=roster.csv [SUB=...]: every capstone briefing beside the rubric, briefings/briefings.html, and briefings/marks.csv to fill
	$(NEED_CLASS)
	$(PY) -m coursekit handins --roster $(CLASS) >/dev/null
	$(PY) -m coursekit briefings --roster $(CLASS) $(if $(SUB),--from $(SUB),) --out briefings

marks: $(VENV)/.installed-hub  ## SUB=submissions/YYYY-MM-DD [MARKS=briefings/marks.csv]: the briefing marks and comments into the gradebook
	@test -n "$(SUB)" || { echo "Say which graded folder: make marks SUB=submissions/YYYY-MM-DD"; exit 2; }
	$(PY) -m coursekit marks $(SUB) --marks $(MARKS)

return: $(VENV)/.installed-hub  ## SUB=submissions/YYYY-MM-DD: each learner's feedback, marks and comment into workspace/feedback/, written as the learner
	$(NEED_CLASS)
	@test -n "$(SUB)" || { echo "Say which graded folder: make return SUB=submissions/YYYY-MM-DD"; exit 2; }
	$(PY) -m coursekit return $(SUB) --roster $(CLASS) --python $(LEARNER_PYTHON)

return-status: $(VENV)/.installed-hub  ## CLASS=roster.csv: who has opened the returned feedback (from the file's access time: a hint)
	$(NEED_CLASS)
	$(PY) -m coursekit return --roster $(CLASS) --status

update-workspaces: $(VENV)/.installed-hub learner-env  ## CLASS=roster.csv: the corrected notebooks into every workspace, merged, as each learner (their changes kept)
	$(NEED_CLASS)
	$(PY) -m coursekit update-workspaces --roster $(CLASS) --learner-bin $(LEARNER_ENV)/bin
