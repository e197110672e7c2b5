"""A figure shown in a notebook is drawn once: ``helpers.start()`` turns off the inline backend's tight box.

Each check runs in a fresh Python (an IPython shell and matplotlib's inline
backend are process-wide), and counts the figure's draws while IPython makes
the PNG a notebook would show. The figure has fixed axes, as the maps (the
costliest figures to draw) have, or a constrained layout, as the other
charts have: matplotlib's own printing lays such a figure out in a pass of
its own before drawing it, which the course's PNG maker folds into the one
draw (byte for byte the same PNG).
"""

import subprocess
import sys
import textwrap

import pytest

COUNT_DRAWS = """
import matplotlib
matplotlib.use("module://matplotlib_inline.backend_inline")
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
import helpers
{before}
import matplotlib.pyplot as plt
{after}
{load}
fig = plt.figure(figsize=(6, 4), layout={layout!r})
ax = fig.add_axes((0.1, 0.1, 0.8, 0.75)) if fig.get_layout_engine() is None else fig.subplots()
ax.plot([1, 2, 3])
ax.set_title("A title that must not be cut off")
draws = []
fig.canvas.mpl_connect("draw_event", lambda event: draws.append(1))
data, _ = shell.display_formatter.format(fig)
assert "image/png" in data, sorted(data)
print(len(draws))
"""


def _draws(before: str, after: str, layout: str | None = None, load: str = "") -> int:
    code = COUNT_DRAWS.format(before=before, after=after, layout=layout, load=load)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


@pytest.mark.parametrize(("before", "after"), [("helpers.start('02')", ""), ("", "helpers.start('02')")],
                         ids=["start-before-pyplot", "start-after-pyplot"])
def test_a_figure_is_drawn_once(before, after):
    assert _draws(before, after) == 1


def test_without_start_the_backend_draws_twice():
    """What the test above guards against: the inline backend's default draws each figure twice."""
    assert _draws("", "") == 2


@pytest.mark.parametrize("layout", ["constrained", "compressed", "tight"])
def test_a_figure_with_a_layout_engine_is_drawn_once(layout):
    """Old behaviour: two draws, matplotlib's layout pass (drawing switched off) and the real one."""
    assert _draws("", "helpers.start('02')", layout) == 1


def test_started_before_pyplot_the_first_cell_that_draws_installs_it():
    """The setup cell of notebook 00 runs start() before any cell imports pyplot."""
    load = "plt.close(plt.figure()); shell.events.trigger('post_execute')  # a first cell that drew, ending"
    assert _draws("helpers.start('02')", "", "constrained", load) == 1


def test_without_start_a_constrained_figure_is_drawn_twice():
    assert _draws("", "", "constrained") == 2


SAME_PNG = """
import matplotlib
matplotlib.use("module://matplotlib_inline.backend_inline")
from IPython.core.interactiveshell import InteractiveShell
from IPython.core.pylabtools import print_figure
shell = InteractiveShell.instance()
import matplotlib.pyplot as plt
import helpers
helpers.start("02"{lang})
made = {{}}
for name in ("acsa_timeline", "agreement_matrix", "partner_map"):
    one = shell.display_formatter.format(getattr(helpers, name)().figure)[0]["image/png"]
    two = print_figure(getattr(helpers, name)().figure, "png", bbox_inches=None, base64=True)
    made[name] = one == two
    plt.close("all")
print(made)
"""


@pytest.mark.parametrize("lang", ["", ", lang='ja'"], ids=["en", "ja"])
def test_the_png_is_the_one_the_inline_backend_made(lang):
    done = subprocess.run([sys.executable, "-c", SAME_PNG.format(lang=lang)], capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[-2] == str({"acsa_timeline": True, "agreement_matrix": True, "partner_map": True})


def test_the_learners_own_formats_are_kept():
    code = COUNT_DRAWS.split("{before}")[0] + textwrap.dedent("""
        import matplotlib.pyplot as plt
        from matplotlib.figure import Figure
        from matplotlib_inline.config import InlineBackend
        InlineBackend.instance().figure_formats = {"retina"}
        helpers.start("02")
        printer = shell.display_formatter.formatters["image/png"].lookup_by_type(Figure)
        print(getattr(printer, "func", printer).__name__)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] == "retina_figure"
