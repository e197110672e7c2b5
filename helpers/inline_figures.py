"""Each figure in a notebook drawn once, not twice.

JupyterLab shows a figure through the inline backend, which by default saves
it with ``bbox_inches="tight"``: matplotlib then draws the whole figure once
to measure it and a second time to save it, so every chart costs two draws
(a map about a second more). The course's charts lay themselves out when
drawn (``layout="constrained"``, or fixed axes for the maps), so nothing is
cut off without it; :func:`draw_figures_once` turns the tight box off for the
notebook it runs in. Saving a chart to a file (``savefig``) is not affected.
Nothing here imports matplotlib.
"""

from __future__ import annotations

import sys

__all__ = ["INLINE_FIGURE_KWARGS", "draw_figures_once"]

#: What the inline backend passes to ``print_figure``: the figure as it is laid out.
INLINE_FIGURE_KWARGS = {"bbox_inches": None}


def draw_figures_once(shell=None) -> bool:
    """Make the inline backend of ``shell`` (the running IPython) save figures without a tight box.

    Works before and after matplotlib is imported: the setting goes into the
    shell's configuration (read when the backend loads) and, if the backend
    is already loaded, into its live settings too. False outside IPython.

    >>> draw_figures_once(shell=object())  # not an IPython shell
    False
    """
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "config") or not hasattr(shell, "configurables"):
        return False
    shell.config.InlineBackend.print_figure_kwargs = dict(INLINE_FIGURE_KWARGS)  # for a backend loaded later
    config = sys.modules.get("matplotlib_inline.config")
    if config is not None and config.InlineBackend.initialized():  # loaded already: re-selects the formatters
        config.InlineBackend.instance().print_figure_kwargs = dict(INLINE_FIGURE_KWARGS)
    return True
