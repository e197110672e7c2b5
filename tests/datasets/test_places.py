"""Great-circle distances are right to within 1 % of the ellipsoid, and the partner table is complete."""

from __future__ import annotations

import math

import numpy as np
import pytest

from helpers.datasets import EARTH_RADIUS_KM, distances_from, haversine_km, load_places

# Reference distances on the WGS 84 ellipsoid (Vincenty's inverse formula), computed
# independently of this module from the same rounded coordinates as places.csv.
# The spherical formula must stay within 1 % of them.
WGS84_KM = {
    "Wellington": 9245.3,
    "Canberra": 7916.6,
    "London": 9583.0,
    "Seoul": 1155.1,
    "Washington, D.C.": 10928.6,
}


@pytest.mark.parametrize("place", sorted(WGS84_KM))
def test_distances_from_tokyo_match_the_ellipsoid_within_one_percent(place):
    distances = distances_from("Tokyo").set_index("place")["distance_km"]
    assert distances[place] == pytest.approx(WGS84_KM[place], rel=0.01)


def test_tokyo_wellington_is_about_9300_km_not_auckland_s_8800():
    km = haversine_km(35.68, 139.69, -41.29, 174.78)
    assert km == pytest.approx(9276.3, abs=0.5)  # pinned: sphere of radius 6371.0088 km
    assert haversine_km(35.68, 139.69, -36.85, 174.76) == pytest.approx(8810, rel=0.01)  # Auckland


def test_haversine_is_symmetric_zero_on_the_spot_and_half_the_circumference_at_the_antipode():
    assert haversine_km(10, 20, -30, 40) == pytest.approx(haversine_km(-30, 40, 10, 20))
    assert haversine_km(35.68, 139.69, 35.68, 139.69) == 0.0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    assert haversine_km(90, 0, -90, 0) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    assert EARTH_RADIUS_KM == 6371.0088


def test_haversine_works_on_arrays_and_rejects_impossible_latitudes():
    out = haversine_km(0.0, 0.0, np.array([0.0, 0.0]), np.array([90.0, -90.0]))
    assert out.shape == (2,) and out == pytest.approx([math.pi / 2 * EARTH_RADIUS_KM] * 2)
    assert isinstance(haversine_km(1, 2, 3, 4), float)
    with pytest.raises(ValueError, match="latitude must lie between -90 and 90 degrees"):
        haversine_km(0, 0, -91, 0)


def test_distances_from_lists_every_partner_once_sorted_without_the_origin():
    d = distances_from()
    assert list(d.columns) == ["place", "partner", "role", "lat", "lon", "distance_km"]
    assert "Tokyo" not in set(d["place"]) and len(d) == len(load_places()) - 1 == 14
    assert d["distance_km"].is_monotonic_increasing
    assert d["partner"].is_unique
    assert d.iloc[-1]["place"] == "Washington, D.C."


def test_distances_from_another_place_includes_tokyo_only_if_japan_is_a_partner():
    d = distances_from("Wellington")
    assert "Wellington" not in set(d["place"]) and "Tokyo" not in set(d["place"])
    assert d.iloc[0]["place"] == "Canberra"


def test_distances_from_an_unknown_place_names_the_known_ones():
    with pytest.raises(
        ValueError, match=r"unknown place 'Auckland' — use one of: Berlin, Brussels, Canberra"
    ):
        distances_from("Auckland")
