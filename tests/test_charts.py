"""The course's charts show what their titles say, in one accessible style, and leave global state alone.

These tests read what is on the Axes (titles, labels, bars, texts, colours),
never pixels. Figures are drawn with the Agg backend and closed after each test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import io
import subprocess
import sys

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

import helpers
from helpers import charts, load_agreements
from helpers.charts import OKABE_ITO

QUOTES = pd.DataFrame(
    {
        "speaker": ["Judith Collins", "Judith Collins", "Winston Peters", "Japan", "Japan", None, ""],
        "kind": ["full", "full", "full", "partial", "partial", "partial", "full"],
    }
)

# name -> (chart, describe, positional args)
CHARTS = {
    "acsa_timeline": (charts.acsa_timeline, charts.describe_acsa_timeline, ()),
    "ratification_lag": (charts.ratification_lag, charts.describe_ratification_lag, ()),
    "partners_over_time": (charts.partners_over_time, charts.describe_partners_over_time, ()),
    "agreement_matrix": (charts.agreement_matrix, charts.describe_agreement_matrix, ()),
    "distances_chart": (charts.distances_chart, charts.describe_distances_chart, ()),
    "quotes_per_speaker": (charts.quotes_per_speaker, charts.describe_quotes_per_speaker, (QUOTES,)),
    "milestones_timeline": (charts.milestones_timeline, charts.describe_milestones_timeline, ()),
}
GREYS = {"#ffffff", "#d9d9d9", "#bbbbbb", "#888888", "#777777", "#555555", "#333333"}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def title(ax) -> str:
    return ax.get_title().replace("\n", " ")


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def caption(ax) -> str:
    (source,) = [t for t in ax.texts if t.get_gid() == "source"]
    return source.get_text().replace("\n", " ")


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


# --------------------------------------------------------------------------- shared contract


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_a_finding_title_labelled_axes_and_a_source(name):
    draw, describe, args = CHARTS[name]
    ax = draw(*args)
    assert isinstance(ax, matplotlib.axes.Axes)
    assert len(title(ax)) > 30 and not title(ax).endswith(".")
    assert ax.get_xlabel()
    assert caption(ax).startswith("Source:")
    assert title(ax) + "." in describe(*args), "the text twin states the same finding"
    assert ax.title.get_fontsize() >= 11 and ax.xaxis.label.get_fontsize() >= 8
    assert all(t.get_fontsize() >= 8 for t in ax.get_yticklabels() + ax.get_xticklabels())


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_draws_on_the_axes_it_is_given_and_never_shows(name, monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("a chart called plt.show()"))
    draw, _, args = CHARTS[name]
    before = dict(matplotlib.rcParams)
    _, (left, right) = plt.subplots(1, 2, figsize=(14, 5))
    assert draw(*args, ax=right) is right
    assert not left.has_data() and right.has_data()
    assert dict(matplotlib.rcParams) == before


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_uses_only_the_okabe_ito_palette_and_greys(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args)
    colours = set()
    for patch in ax.patches:
        colours |= {to_hex(patch.get_facecolor()), to_hex(patch.get_edgecolor())}
    for line in ax.get_lines():
        colours |= {
            to_hex(line.get_color()),
            to_hex(line.get_markerfacecolor()),
            to_hex(line.get_markeredgecolor()),
        }
    allowed = {c.lower() for c in OKABE_ITO.values()} | GREYS
    assert colours <= allowed, sorted(colours - allowed)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_is_deterministic(name):
    draw, describe, args = CHARTS[name]

    def png() -> bytes:
        ax = draw(*args)
        out = io.BytesIO()
        ax.figure.savefig(out, format="png", dpi=60, metadata={"Software": None})
        plt.close(ax.figure)
        return out.getvalue()

    assert png() == png()
    assert describe(*args) == describe(*args)


def test_default_figures_fit_jupyter_and_the_whole_set_draws_quickly():
    """Every default figure fits JupyterLab's width and draws.

    How quickly the whole set draws is measured by ``benchmarks/bench_charts.py``
    (its ``set`` row), not here: a wall-time limit in a test fails on a loaded machine.
    """
    for draw, _, args in CHARTS.values():
        ax = draw(*args)
        ax.figure.canvas.draw()
        width, height = ax.figure.get_size_inches()
        assert width == 8.0 and 4.5 <= height <= 5.6


def test_layout_keeps_title_and_caption_inside_the_figure():
    for draw, _, args in CHARTS.values():
        ax = draw(*args)
        fig = ax.figure
        fig.canvas.draw()
        box = fig.bbox
        for artist in (ax.title, *[t for t in ax.texts if t.get_gid() == "source"]):
            extent = artist.get_window_extent()
            assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, (title(ax), artist.get_text()[:30])
            assert extent.y0 >= box.y0 - 1 and extent.y1 <= box.y1 + 1


def test_importing_helpers_does_not_import_pyplot_or_change_matplotlib():
    code = (  # dict.__getitem__: reading rcParams["backend"] the normal way would itself import pyplot
        "import sys, matplotlib;"
        "snap = lambda: {k: dict.__getitem__(matplotlib.rcParams, k) for k in matplotlib.rcParams.keys()};"
        "before = snap(); import helpers, helpers.charts;"
        "print('matplotlib.pyplot' in sys.modules, snap() == before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


# --------------------------------------------------------------------------- each chart shows its data


def test_acsa_timeline_has_a_bar_row_per_agreement_pending_labels_and_the_seed_line():
    ax = charts.acsa_timeline()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "United States 1996" and labels[-2:] == ["Netherlands 2025", "New Zealand 2025"]
    assert len(labels) == 12  # ACSA agreements signed by 2025-12-19 (amendments are diamonds)
    assert texts(ax).count("pending") == 2
    assert "in force 2017" in texts(ax) and "replaced 2017" in texts(ax)
    seed = matplotlib.dates.date2num(pd.Timestamp("2025-12-19"))
    vertical = [
        matplotlib.dates.date2num(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "--"
    ]
    assert any(np.allclose(x, seed) for x in vertical)
    dotted = [p for p in bars(ax) if p.get_hatch() == "...."]
    assert len(dotted) == 3  # entry into force known to the month or year: US 1996, UK, Canada
    diamonds = [line for line in ax.get_lines() if line.get_marker() == "D" and len(line.get_xdata())]
    assert len(diamonds) == 2


def test_acsa_timeline_after_the_seed_date_does_not_claim_what_is_not_tracked():
    ax = charts.acsa_timeline(as_of="2026-06-30")
    assert title(ax) == (
        "By 2026-06-30 Japan had signed ACSAs with 11 partners: 8 in force, "
        "3 of unknown status (Netherlands, New Zealand and Philippines)"
    )
    assert texts(ax).count("in force: unknown") == 3 and "pending" not in texts(ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "entry into force not known" in legend and "not in force on 2026-06-30" not in legend
    assert title(charts.acsa_timeline(as_of="1990-01-01")) == "By 1990-01-01 Japan had signed no ACSA"


def test_acsa_timeline_as_of_an_earlier_date():
    ax = charts.acsa_timeline(as_of="2020-01-01")
    assert title(ax) == "By 2020-01-01 Japan had signed ACSAs with 5 partners: 5 in force"
    assert "Not shown, signed after 2020-01-01: India (2020-09-09)" in charts.describe_acsa_timeline(
        as_of="2020-01-01"
    )


def test_ratification_lag_marks_approximate_dates_and_explains_the_wait():
    ax = charts.ratification_lag()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Australia 2010" and "United Kingdom 2017" in labels and len(labels) == 12
    assert "32.5" in texts(ax) and "≈ 0.0–11.1" in texts(ax)
    assert ax.get_xlabel() == "Months from signature to entry into force"
    describe = charts.describe_ratification_lag()
    assert "National Diet" in describe and "New Zealand (2025-12-19, pending)" in describe
    isa = charts.ratification_lag(kind="ISA", ax=Figure().subplots())
    assert title(isa).startswith("Japan's ISAs took a median of")
    with pytest.raises(ValueError, match="unknown kind 'SOFA' — use one of: ACSA, ISA, RAA, or None for all"):
        charts.ratification_lag(kind="SOFA")


def test_partners_over_time_has_one_distinct_step_line_per_kind_ending_at_the_counts():
    ax = charts.partners_over_time()
    steps = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert [line.get_label().split()[0] for line in steps] == ["ACSA", "ISA", "RAA"]
    assert [int(line.get_ydata()[-1]) for line in steps] == [10, 12, 3]
    assert len({line.get_linestyle() for line in steps}) == 3
    markers = {
        line.get_marker() for line in ax.get_lines() if line.get_label().startswith("_") and line.get_marker()
    }
    assert {"o", "s", "^"} <= markers
    assert {"ACSA 10", "ISA 12", "RAA 3"} <= set(texts(ax))
    assert ax.get_ylabel() == "Partners (cumulative count)"


def test_agreement_matrix_puts_text_in_every_cell_for_greyscale_readers():
    ax = charts.agreement_matrix()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert len(rows) == 14 and rows[:2] == ["Australia", "United Kingdom"] and "▶ New Zealand" in rows
    assert [t.get_text().split("\n")[0] for t in ax.get_xticklabels()] == ["ACSA", "ISA", "RAA"]
    assert len([p for p in ax.patches if isinstance(p, Rectangle)]) == 14 * 3
    cells = [t for t in texts(ax) if t and t != ax.texts[-1].get_text()]
    assert len(cells) == 14 * 3
    assert cells.count("signed 2025") == 3 and "signed 2024*" in cells and "✓ 2017" in cells
    us = rows.index("United States")
    assert next(t.get_text() for t in ax.texts if t.get_position()[1] == us) == "✓ 1996", (
        "the US has had an ACSA since 1996"
    )
    nz = rows.index("▶ New Zealand")
    assert [t.get_text() for t in ax.texts if t.get_position()[1] == nz] == [
        "signed 2025",
        "signed 2025",
        "–",
    ]


def test_distances_chart_sorts_bars_labels_them_and_marks_new_zealand():
    ax = charts.distances_chart()
    widths = [p.get_width() for p in bars(ax)]
    assert len(widths) == 14 and widths == sorted(widths)
    assert any(t.startswith("9,276 km") for t in texts(ax))
    (hatched,) = [p for p in bars(ax) if p.get_hatch()]
    assert hatched.get_width() == pytest.approx(9276.26, abs=0.01)
    assert ax.get_xlabel() == "Great-circle distance from Tokyo (km)"
    assert "6,371.0088 km" in caption(ax)


def test_quotes_per_speaker_stacks_full_and_partial_with_distinct_hatches():
    ax = charts.quotes_per_speaker(QUOTES)
    speakers = [t.get_text() for t in ax.get_yticklabels()]
    assert speakers == ["Japan", "Judith Collins", "(no speaker found)", "Winston Peters"]
    assert title(ax) == "Japan and Judith Collins are quoted most, 2 each, of the article's 7 quotations"
    full, partial = bars(ax)[:4], bars(ax)[4:8]
    assert [p.get_width() for p in full] == [0, 2, 1, 1] and [p.get_width() for p in partial] == [2, 0, 1, 0]
    assert {p.get_hatch() for p in partial} == {"///"} and not any(p.get_hatch() for p in full)
    assert ax.get_legend() is not None and caption(ax) == charts.SOURCE_QUOTES


def test_quotes_per_speaker_never_crowns_the_unattributed():
    unattributed = pd.DataFrame({"speaker": ["", "", None, "Peters"], "kind": ["full"] * 4})
    ax = charts.quotes_per_speaker(unattributed)
    assert title(ax) == "Peters is quoted most: 1 of the article's 4 quotations"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["(no speaker found)", "Peters"]
    nobody = pd.DataFrame({"speaker": [""], "kind": ["partial"]})
    assert charts.describe_quotes_per_speaker(nobody).startswith(
        "Bar chart of quotations per speaker, full and partial stacked. "
        "No speaker was found for any of the article's 1 quotations."
    )


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"who": ["a"], "kind": ["full"]}), "the quotations table has no 'speaker' column"),
        (
            pd.DataFrame({"speaker": ["a"], "kind": ["indirect"]}),
            "unknown quotation kind 'indirect' — use 'full' or 'partial'",
        ),
        (
            pd.DataFrame({"speaker": ["a"], "kind": [None]}),
            "unknown quotation kind '<missing>' — use 'full' or 'partial'",
        ),
        (pd.DataFrame({"speaker": [], "kind": []}), "no quotations to chart — the table is empty"),
    ],
)
def test_quotes_per_speaker_refuses_tables_it_cannot_chart(frame, message):
    with pytest.raises(ValueError) as info:
        charts.quotes_per_speaker(frame)
    assert str(info.value).startswith(message)


def test_milestones_timeline_marks_each_track_and_the_approximate_date():
    ax = charts.milestones_timeline()
    points = [
        line for line in ax.get_lines() if line.get_label().startswith("_") and len(line.get_xdata()) == 1
    ]
    assert len(points) == 7
    assert {line.get_marker() for line in points} == {"o", "s", "*", "D"}
    hollow = [line for line in points if to_hex(line.get_markerfacecolor()) == "#ffffff"]
    assert len(hollow) == 1
    labels = [t for t in texts(ax) if "\n" in t and not t.startswith("Source")]
    assert len(labels) == 7 and labels[4].startswith("≈ 2025-04\n")
    assert not ax.get_yticks().size


def test_charts_accept_their_data_as_a_table():
    agreements = load_agreements()
    only_acsa = agreements[agreements["kind"] == "ACSA"]
    ax = charts.partners_over_time(only_acsa)
    assert title(ax) == "8 of Japan's 10 security-agreement partnerships were first signed after 2015"
    lines = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert [line.get_label() for line in lines] == ["ACSA (supplies and services)"]
    near = charts.distances_chart(helpers.distances_from("Tokyo").head(3), ax=Figure().subplots())
    assert title(near) == "The capitals or seats of Japan's partners lie 1,153–5,838 km from Tokyo"


def test_quotes_per_speaker_reads_the_parsers_table_and_skips_nested_quotes():
    from helpers import load_seeds, quotes_frame

    quotes = quotes_frame(load_seeds()[0])
    outer = quotes[quotes["parent"].isna()]
    assert len(outer) == len(quotes) - 1 == 9, (
        "the seed has one nested quotation ('Free and Open Indo-Pacific')"
    )
    ax = charts.quotes_per_speaker(quotes)
    assert title(ax) == "Japan's Foreign Ministry is quoted most: 3 of the article's 9 quotations"
    assert sum(p.get_width() for p in bars(ax)) == len(outer)


# --------------------------------------------------------------------------- issue 16: defects stay fixed


def _legend_labels(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_takes_a_title_of_the_readers_own(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args, title="My own reading of this chart")
    assert title(ax) == "My own reading of this chart"
    plt.close(ax.figure)
    assert title(draw(*args)) != "My own reading of this chart", "the default is still the finding"


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_default_titles_take_at_most_two_lines(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args)
    assert ax.get_title().count("\n") <= 1, ax.get_title()


def test_acsa_timeline_legend_shows_only_marks_a_reader_can_see():
    # On the seed's date the two pending ACSAs are a day old: their bars are too thin to see.
    assert not any(label.startswith("not in force") for label in _legend_labels(charts.acsa_timeline()))
    earlier = charts.acsa_timeline(
        as_of="2025-06-30"
    )  # Italy's ACSA: signed in 2024, in force only in September
    pending = [p for p in bars(earlier) if p.get_hatch() == "////"]
    assert pending and "not in force on 2025-06-30" in _legend_labels(earlier)


def test_agreement_matrix_draws_every_cell_border_whole():
    ax = charts.agreement_matrix()
    ax.figure.canvas.draw()
    cells = bars(ax)
    on_edge = [p for p in cells if p.get_x() + p.get_width() >= ax.get_xlim()[1] - 1e-9]
    assert len(on_edge) == 14, "the RAA column touches the right edge"
    assert all(not p.get_clip_on() for p in on_edge), "a clipped border on the Axes' edge loses half its line"
    right = max(p.get_window_extent().x1 + p.get_linewidth() for p in cells)
    assert right <= ax.figure.bbox.x1, "the grid's right border leaves the figure"


def test_ratification_lag_values_stand_clear_of_the_median_line():
    ax = charts.ratification_lag()
    values = [t for t in ax.texts if t.get_gid() != "source"]
    assert len(values) == 12 and all(t.get_position()[0] > 1 for t in values), "a column right of the plot"
    assert "range: a date known only to month or year" in _legend_labels(ax)
    tall = charts.ratification_lag(kind=None)
    assert tall.figure.get_figheight() > 4.5, "every row keeps room for its label"


# --------------------------------------------------------------------------- the partner map


def test_partner_map_marks_every_partner_with_its_kinds_and_a_line_from_tokyo():
    from helpers.charts import maps

    ax = maps.partner_map()
    table = maps.partners_on()
    labels = {a.get_gid()[6:] for a in ax.artists if (a.get_gid() or "").startswith("label:")}
    assert labels == set(table["partner"]) and len(labels) == 14
    dashed = [line for line in ax.get_lines() if line.get_linestyle() not in ("-", "None")]
    assert len(dashed) == 3, (
        "New Zealand, the Netherlands (signed) and Ukraine (not verified): none known in force"
    )
    legend = _legend_labels(ax)
    assert {"ACSA (supplies and services)", "hollow: signed, not yet in force"} <= set(legend)
    markers = [h.get_marker() for h in ax.get_legend().legend_handles[2:5]]
    assert markers == ["o", "s", "^"], "shape, not only colour, tells the kind"
    assert caption(ax).startswith("Source:") and "Natural Earth" in caption(ax)
    assert title(ax) + "." in maps.describe_partner_map()


def test_partner_map_on_an_earlier_date_shows_fewer_partners():
    from helpers.charts import maps

    early = maps.partners_on("2012-01-01")
    assert 0 < len(early) < 14 and "New Zealand" not in set(early["partner"])
    ax = maps.partner_map(as_of="2012-01-01", title="Before the 2015 legislation")
    assert title(ax) == "Before the 2015 legislation"
    assert "New Zealand" not in maps.describe_partner_map(as_of="2012-01-01")
    empty = maps.partner_map(as_of="1990-01-01")
    assert title(empty) == "On 1990-01-01 Japan had no security agreement with any partner"
    assert _legend_labels(empty) == ["Tokyo"]


def test_partner_map_names_the_theatre_the_text_discusses_in_words_and_in_its_twin():
    from helpers.charts import maps

    theatre = ["China", "Taiwan Strait", "South China Sea", "Tasman Sea"]
    for as_of in (None, "1990-01-01"):  # on every date, with or without partners
        ax = maps.partner_map(as_of=as_of)
        named = {t.get_gid()[7:]: t for t in ax.texts if (t.get_gid() or "").startswith("region:")}
        assert sorted(named) == sorted(theatre)
        for name, text in named.items():  # the name itself is written, not a colour or a shape
            assert " ".join(text.get_text().split()) == name
            assert text.get_fontsize() >= 7
        assert named["Tasman Sea"].get_fontstyle() == "italic" and named["China"].get_fontstyle() == "normal"
    twin = maps.describe_partner_map()
    assert "China, the Taiwan Strait, the South China Sea and the Tasman Sea" in twin
    partner = [a for a in ax.artists if (a.get_gid() or "").startswith("label:")]
    assert not partner  # 1990: no partner, still the places


def test_partner_map_draws_offline(monkeypatch):
    import socket

    from helpers.charts import maps

    def refuse(*args, **kwargs):
        raise AssertionError("the map tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ax = maps.partner_map()
    ax.figure.savefig(io.BytesIO(), format="png", dpi=40)
    assert maps.COUNTRIES_SHAPEFILE.exists()


def test_the_shipped_projected_countries_are_the_shapefile_projected_now():
    import shapely

    from helpers.charts import basemap
    from helpers.charts.maps import map_projection

    projection = map_projection()
    shipped = basemap._shipped(projection)
    assert shipped is not None, "the projected countries are stale: run python -m coursekit countries"
    now = basemap.project_countries(projection)
    assert len(shipped) == len(now) == 177
    # 1 m on a map 36,000 km wide: the same shapes, whatever cartopy version made them
    assert all(shapely.equals_exact(a, b, tolerance=1.0) for a, b in zip(shipped, now, strict=True))


def test_the_course_map_projects_nothing_in_the_kernel_and_another_projection_still_works(monkeypatch):
    import cartopy.crs as ccrs

    from helpers.charts import basemap
    from helpers.charts.maps import map_projection, partner_map

    monkeypatch.setattr(basemap, "_CACHE", {})
    calls = []
    real = basemap.project_countries
    monkeypatch.setattr(basemap, "project_countries", lambda p: calls.append(p.proj4_init) or real(p))
    plt.close(partner_map().figure)
    assert calls == [], "the course's projection must read the shipped shapes, not project them again"
    fig = plt.figure()
    other = ccrs.PlateCarree(central_longitude=150)
    partner_map(ax=fig.add_subplot(projection=other))
    plt.close(fig)
    assert calls == [other.proj4_init], "another projection is projected from the shapefile"
    assert map_projection().proj4_init in basemap._CACHE


def test_partner_map_needs_a_map_axes_and_says_how_to_make_one():
    from helpers.charts import maps

    with pytest.raises(ValueError, match=r"projection=helpers.charts.maps.map_projection\(\)"):
        maps.partner_map(ax=Figure().subplots())
    with pytest.raises(ValueError, match="'last spring' is not a date: write it as 'YYYY-MM-DD'"):
        maps.partner_map(as_of="last spring")
