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
import pandas as pd

from coursekit.paths import REPO as ROOT
from helpers import charts, maps  # the installed course package (editable in .venv)

OUT = ROOT / "build" / "charts"


def sample_quotes() -> tuple[pd.DataFrame, str]:
    """The seed's quotations, from helpers.quotes_frame when it exists, else a hand-made stand-in."""
    try:
        from helpers import load_seeds
        from helpers.frames import quotes_frame

        return quotes_frame(load_seeds()[0]), charts.SOURCE_QUOTES
    except ImportError:
        return pd.DataFrame(
            {
                "speaker": ["Japan's Foreign Ministry"] * 3
                + ["Judith Collins"] * 2
                + ["Japan", "Winston Peters", "Tokyo", "the statement"],
                "kind": ["partial"] * 3 + ["full", "full", "partial", "full", "partial", "full"],
            }
        ), "Source: a hand-made stand-in for the seed's quotations (helpers.quotes_frame does not exist yet)."


def charts_to_render() -> dict[str, tuple]:
    quotes, quotes_source = sample_quotes()
    return {
        "acsa_timeline": (charts.acsa_timeline, charts.describe_acsa_timeline, (), {}),
        "ratification_lag": (charts.ratification_lag, charts.describe_ratification_lag, (), {}),
        "partners_over_time": (charts.partners_over_time, charts.describe_partners_over_time, (), {}),
        "agreement_matrix": (charts.agreement_matrix, charts.describe_agreement_matrix, (), {}),
        "distances_chart": (charts.distances_chart, charts.describe_distances_chart, (), {}),
        "quotes_per_speaker": (
            charts.quotes_per_speaker,
            charts.describe_quotes_per_speaker,
            (quotes,),
            {"source": quotes_source},
        ),
        "milestones_timeline": (charts.milestones_timeline, charts.describe_milestones_timeline, (), {}),
        "partner_map": (maps.partner_map, maps.describe_partner_map, (), {}),
        "partner_map_2015": (maps.partner_map, maps.describe_partner_map, (), {"as_of": "2015-01-01"}),
    }


def to_grey(png: Path) -> Path:
    """Write a luminance-only copy (ITU-R BT.601 weights), as a greyscale printer would."""
    rgb = mpimg.imread(png)[..., :3]
    grey = rgb @ np.array([0.299, 0.587, 0.114])
    out = png.with_name(png.stem + "-grey.png")
    mpimg.imsave(out, grey, cmap="gray", vmin=0, vmax=1)
    return out


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0.0
    for name, (draw, describe, args, kwargs) in charts_to_render().items():
        start = time.perf_counter()
        ax = draw(*args, **kwargs)
        ax.figure.canvas.draw()
        total += time.perf_counter() - start
        png = OUT / f"{name}.png"
        ax.figure.savefig(png, dpi=100)
        plt.close(ax.figure)
        to_grey(png)
        text = describe(*args, **{k: v for k, v in kwargs.items() if k != "source"})
        print(f"{png.relative_to(ROOT)}\n  title: {ax.get_title()!r}\n  text:  {text}\n")
    print(f"drew {len(charts_to_render())} charts in {total:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
