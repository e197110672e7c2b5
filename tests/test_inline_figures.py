"""A figure shown in a notebook is drawn once: ``helpers.start()`` turns off the inline backend's tight box.

Each check runs in a fresh Python (an IPython shell and matplotlib's inline
backend are process-wide), and counts the figure's draws while IPython makes
the PNG a notebook would show. The figure has fixed axes, as the maps (the
costliest figures to draw) have; a figure with a layout engine
(``layout="constrained"``) gets one measuring pass from matplotlib anyway,
but no tight-box pass over every artist.
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
fig = plt.figure(figsize=(6, 4))
ax = fig.add_axes((0.1, 0.1, 0.8, 0.75))  # a fixed layout, as the course's maps have
ax.plot([1, 2, 3])
ax.set_title("A title that must not be cut off")
draws = []
fig.canvas.mpl_connect("draw_event", lambda event: draws.append(1))
data, _ = shell.display_formatter.format(fig)
assert "image/png" in data, sorted(data)
print(len(draws))
"""


def _draws(before: str, after: str) -> int:
    code = COUNT_DRAWS.format(before=before, after=after)
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
