"""helpers.charts.maps: the partner map marks every partner, draws offline and needs a map Axes."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pytest
from chart_axes import caption, legend_labels, title
from matplotlib.figure import Figure


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
    legend = legend_labels(ax)
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
    assert legend_labels(empty) == ["Tokyo"]


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


def test_the_course_map_places_its_labels_without_drawing_the_figure():
    """A whole draw only to find where the map sits costs more than placing the labels; the map draws once, shown."""
    from helpers.charts.maps import partner_map

    draws = []
    real = Figure.draw
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Figure, "draw", lambda fig, renderer: draws.append(1) or real(fig, renderer))
        ax = partner_map()
    assert draws == []
    assert sum((a.get_gid() or "").startswith("label:") for a in ax.artists) == 14
    plt.close(ax.figure)


def test_a_map_in_a_figure_that_lays_itself_out_is_laid_out_before_its_labels_are_placed():
    from helpers.charts.maps import map_projection, partner_map

    fig = plt.figure(layout="constrained")
    draws = []
    fig.canvas.mpl_connect("draw_event", lambda event: draws.append(1))
    partner_map(ax=fig.add_subplot(projection=map_projection()))
    assert draws == [1], "the layout engine moves the map: the labels are placed where it ends up"
    plt.close(fig)
