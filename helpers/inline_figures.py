"""Each figure in a notebook drawn once, not twice.

JupyterLab shows a figure through the inline backend, which by default saves
it with ``bbox_inches="tight"``: matplotlib then draws the whole figure once
to measure it and a second time to save it, so every chart costs two draws
(a map about a second more). The course's charts lay themselves out when
drawn (``layout="constrained"``, or fixed axes for the maps), so nothing is
cut off without it; :func:`draw_figures_once` turns the tight box off for the
notebook it runs in.

Without the tight box, matplotlib still draws a figure that has a layout
engine twice to print it: once with drawing switched off, to lay it out,
then again to render it. :func:`png_drawn_once` makes the same PNG, byte for
byte, in one pass (the layout is computed at the start of the drawing
pass), and :func:`draw_figures_once` makes it the notebook's PNG maker for
figures. Saving a chart to a file (``savefig``) is not affected. Nothing
here imports matplotlib.
"""

from __future__ import annotations

import sys
from base64 import b64encode
from io import BytesIO

__all__ = ["INLINE_FIGURE_KWARGS", "draw_figures_once", "png_drawn_once"]

#: What the inline backend passes to ``print_figure``: the figure as it is laid out.
INLINE_FIGURE_KWARGS = {"bbox_inches": None}
_BACKEND = "matplotlib_inline.backend_inline"
_INLINE = "module://" + _BACKEND


def png_drawn_once(fig, base64: bool = False, **kwargs) -> bytes | str | None:
    """The PNG the inline backend shows for ``fig``, from a single draw (layout and rendering in one pass).

    The same bytes as IPython's ``print_figure(fig, "png", bbox_inches=None)``.
    Any other request (a tight box, other ``kwargs``, a figure without an Agg
    canvas) goes to IPython's ``print_figure`` unchanged.

    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> fig = Figure(layout="constrained"); _ = FigureCanvasAgg(fig); _ = fig.subplots().plot([1, 2])
    >>> png_drawn_once(fig)[:4], png_drawn_once(Figure()) is None
    (b'\\x89PNG', True)
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    asked_other = bool(kwargs) and kwargs != INLINE_FIGURE_KWARGS
    if asked_other or not isinstance(fig.canvas, FigureCanvasAgg):
        from IPython.core.pylabtools import print_figure

        return print_figure(fig, "png", base64=base64, **({"bbox_inches": None} | kwargs))
    if not fig.axes and not fig.lines:  # as IPython: an empty figure shows nothing
        return None
    out = BytesIO()
    fig.canvas.print_png(out)  # draws once: the layout engine runs inside that draw
    data = out.getvalue()
    return b64encode(data).decode("ascii") if base64 else data


def _install_png(shell) -> bool:
    """Make :func:`png_drawn_once` the PNG maker for figures when the inline backend shows PNGs as the course set it."""
    config = sys.modules.get("matplotlib_inline.config")
    if _BACKEND not in sys.modules or config is None or not config.InlineBackend.initialized():
        return False
    settings = config.InlineBackend.instance()
    if set(settings.figure_formats) != {"png"} or dict(settings.print_figure_kwargs) != INLINE_FIGURE_KWARGS:
        return False  # the learner chose other formats or options: leave them as chosen
    from matplotlib.figure import Figure

    shell.display_formatter.formatters["image/png"].for_type(
        Figure, lambda fig: png_drawn_once(fig, base64=True)
    )
    return True


def _load_backend_now() -> None:
    """Load the inline backend now if pyplot is imported and will use it (as the first figure would)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if (
        pyplot is not None
        and _BACKEND not in sys.modules
        and pyplot.rcParams["backend"] in (_INLINE, "inline")
    ):
        pyplot.switch_backend(_INLINE)


def _when_backend_loads(shell):
    """A post-execute hook that installs the PNG maker once the inline backend is loaded, then leaves."""

    def hook() -> None:
        if _BACKEND in sys.modules:
            shell.events.unregister("post_execute", hook)
            _install_png(shell)

    return hook


def draw_figures_once(shell=None) -> bool:
    """Make the inline backend of ``shell`` (the running IPython) draw each figure once, without a tight box.

    Works before and after matplotlib is imported: the setting goes into the
    shell's configuration (read when the backend loads) and, if the backend
    is already loaded, into its live settings too. The one-pass PNG maker is
    installed now when pyplot is imported (the backend is loaded a little
    earlier than the first figure would load it), else at the end of the
    cell that loads the backend. False outside IPython.

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
    _load_backend_now()
    if not _install_png(shell) and hasattr(shell, "events"):
        shell.events.register("post_execute", _when_backend_loads(shell))
    return True
