"""Render every course chart and the partner map to PNG under build/charts/, plus a greyscale copy, and time it.

Run from the repository root:  python -m coursekit charts
Then look at each PNG (colour and ``-grey``) before committing a chart change.
"""

from __future__ import annotations

import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # a script, not the library: it may choose its backend

import matplotlib.image as mpimg
import matplotlib.pyplot as plt
import numpy as np

from coursekit.paths import REPO as ROOT
from helpers.charts.registry import figures  # the installed course package (editable in .venv)

OUT = ROOT / "build" / "charts"


def charts_to_render() -> dict[str, tuple]:
    """Figure name → (draw, describe, args, kwargs): every chart and view of ``helpers.charts.registry``."""
    return {name: (chart.draw, chart.describe, chart.args(), kwargs) for name, (chart, kwargs) in figures().items()}


def to_grey(png: Path) -> Path:
    """Write a luminance-only copy (ITU-R BT.601 weights), as a greyscale printer would."""
    rgb = mpimg.imread(png)[..., :3]
    grey = rgb @ np.array([0.299, 0.587, 0.114])
    out = png.with_name(png.stem + "-grey.png")
    mpimg.imsave(out, grey, cmap="gray", vmin=0, vmax=1)
    return out


def render(out: Path) -> int:
    """Draw every registered chart and view to ``out`` (colour and greyscale), print its title and text; 0."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0.0
    todo = charts_to_render()
    for name, (draw, describe, args, kwargs) in todo.items():
        start = time.perf_counter()
        ax = draw(*args, **kwargs)
        ax.figure.canvas.draw()
        total += time.perf_counter() - start
        png = out / f"{name}.png"
        ax.figure.savefig(png, dpi=100)
        plt.close(ax.figure)
        to_grey(png)
        text = describe(*args, **kwargs)
        shown = png.relative_to(ROOT) if png.is_relative_to(ROOT) else png
        print(f"{shown}\n  title: {ax.get_title()!r}\n  text:  {text}\n")
    print(f"drew {len(todo)} charts in {total:.2f} s")
    return 0


def main() -> int:
    """``python -m coursekit charts``: render every chart to build/charts/."""
    return render(OUT)


if __name__ == "__main__":
    raise SystemExit(main())
