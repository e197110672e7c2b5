"""What the chart tests read on an Axes: its title, texts, source line, bars and legend labels."""

from __future__ import annotations

from matplotlib.patches import Rectangle

__all__ = ["bars", "caption", "legend_labels", "texts", "title"]


def title(ax) -> str:
    return ax.get_title().replace("\n", " ")


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def caption(ax) -> str:
    (source,) = [t for t in ax.texts if t.get_gid() == "source"]
    return source.get_text().replace("\n", " ")


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def legend_labels(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]

