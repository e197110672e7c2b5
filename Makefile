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

.DEFAULT_GOAL := help
.PHONY: help lab test notebooks lint bench test-browser clean chart-baselines chart-baselines-legacy

help:  ## list the commands
	@echo "make lab           set up (first time: a minute) and open the course in JupyterLab"
	@echo "make test          set up and run every test (unit, doctests, notebooks)"
	@echo "make notebooks     regenerate student notebooks from the sources and re-run all"
	@echo "make test-browser  run every notebook in JupyterLab in headless Chromium"
	@echo "make bench         time the parser and the quotation finder on 1x, 10x and 100x the seed"
	@echo "make chart-baselines  after an intended chart change: redraw tests/baseline/ (also: make chart-baselines-legacy)"
	@echo "make clean         remove .venv and build outputs"

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
lab: $(VENV)/.installed-lab  ## open the course (127.0.0.1 only, token required)
	$(VENV)/bin/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. \
	  $(ROOT_FLAG) $(LAB_ARGS) notebooks/00-start-here.ipynb

test: $(VENV)/.installed-test  ## lint, unit tests, doctests, every notebook (nbval strict)
	$(PY) -m ruff check .
	$(PY) -m pytest

# --- for course authors -----------------------------------------------------
notebooks: $(VENV)/.installed-test  ## regenerate notebooks from notebooks/src and execute them
	$(PY) tools/build_notebooks.py

bench: $(VENV)/.installed-test
	$(PY) benchmarks/bench_parse.py
	$(PY) benchmarks/bench_quotes.py

# --- chart pictures ----------------------------------------------------------
# The image tests compare every chart with tests/baseline/freetype-X.Y/*.png,
# one set per FreeType that matplotlib renders text with (2.14 from
# matplotlib 3.11, 2.6 before). After an intended change, redraw both sets,
# look at them (build/charts/ has colour and greyscale copies), and commit them.
FREETYPE_OF = -c 'from matplotlib import ft2font; print(".".join(ft2font.__freetype_version__.split(".")[:2]))'
LEGACY_VENV ?= .venv-mpl310
chart-baselines: $(VENV)/.installed-test
	$(PY) -m pytest tests/test_chart_images.py -k looks_as_approved -o addopts="" \
	  --mpl-generate-path=tests/baseline/freetype-$$($(PY) $(FREETYPE_OF))
	$(PY) tools/render_charts.py

chart-baselines-legacy: pyproject.toml  ## the same with matplotlib 3.10 (FreeType 2.6), in $(LEGACY_VENV)/
	@test -x $(LEGACY_VENV)/bin/python || $(PYTHON) -m venv $(LEGACY_VENV)
	$(LEGACY_VENV)/bin/python -m pip install --quiet -e ".[test]" "matplotlib>=3.10,<3.11"
	$(LEGACY_VENV)/bin/python -m pytest tests/test_chart_images.py -k looks_as_approved -o addopts="" \
	  --mpl-generate-path=tests/baseline/freetype-$$($(LEGACY_VENV)/bin/python $(FREETYPE_OF))

test-browser: $(VENV)/.installed-browser
	$(PY) tools/browser_check.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache .hypothesis *.egg-info
