"""Exercises of notebook 04, *The regional context*: distances from Tokyo, RAAs and the timeline."""

from __future__ import annotations

import math
import numbers

from ..datasets import distances_from, haversine_km, load_agreements, load_milestones, load_places
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


def _km_from_tokyo(place: str) -> float:
    d = distances_from("Tokyo")
    return float(d.loc[d["place"] == place, "distance_km"].iloc[0])


def _nearest(column: str) -> str:
    return str(distances_from("Tokyo").iloc[0][column])


def _farthest(column: str) -> str:
    return str(distances_from("Tokyo").iloc[-1][column])


def _raa_partners() -> list[str]:
    a = load_agreements()
    return sorted(a.loc[a["kind"] == "RAA", "partner"])


def _raa_by_distance(column: str) -> list[str]:
    d = distances_from("Tokyo")
    return d.loc[d["partner"].isin(_raa_partners()), column].tolist()


def _first_raa_partner() -> str:
    a = load_agreements()
    raa = a[a["kind"] == "RAA"].sort_values("signed_start")
    return str(raa.iloc[0]["partner"])


def _milestone_days(first: int, last: int) -> int:
    start = load_milestones()["date_start"]
    return int((start.iloc[last] - start.iloc[first]).days)


def _closer_than_wellington(column: str, *, or_equal: bool = False, farther: bool = False) -> list[str]:
    d = distances_from("Tokyo")
    km = _km_from_tokyo("Wellington")
    if farther:
        keep = d["distance_km"] > km
    else:
        keep = d["distance_km"] <= km if or_equal else d["distance_km"] < km
    return sorted(d.loc[keep, column])


# --- exercise 4.6: the learner's own haversine function --------------------------------

# Pairs of places the learner's function is tried on: short and long, both
# hemispheres, east and west of Greenwich, and one point with itself.
_TEST_PAIRS = (
    ("Tokyo", "Wellington"),
    ("Wellington", "Canberra"),
    ("Washington, D.C.", "Kyiv"),
    ("Seoul", "Seoul"),
)


def _reference_haversine_km(lat1, lon1, lat2, lon2):
    """A learner's solution, written out: the three steps with the math module."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlam = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _haversine_in_degrees(lat1, lon1, lat2, lon2):
    """The commonest slip: the same steps without converting degrees to radians."""
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def _haversine_in_metres(lat1, lon1, lat2, lon2):
    return 1000 * _reference_haversine_km(lat1, lon1, lat2, lon2)


def _haversine_equatorial_radius(lat1, lon1, lat2, lon2):
    return _reference_haversine_km(lat1, lon1, lat2, lon2) * 6378.137 / 6371.0088


def _haversine_without_sqrt(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin(math.radians(lat2 - lat1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(h)


def _coordinates(place: str) -> tuple[float, float]:
    row = load_places().set_index("place").loc[place]
    return float(row["lat"]), float(row["lon"])


def _compare_haversine(fn) -> bool | str:
    """True when ``fn`` gives the same distances as helpers.haversine_km, else a tailored hint."""
    if fn is haversine_km:
        return (
            "that is the course's own helpers.haversine_km. Write your own function with def and "
            "the math module, then give its name: answer_4_6 = my_haversine_km."
        )
    if not callable(fn):
        what = "a number" if isinstance(fn, numbers.Number) else f"a {type(fn).__name__}"
        return (
            f"your answer is {what}, not a function. Give the function itself, by its name and "
            "without brackets: answer_4_6 = my_haversine_km."
        )
    got, want, slips = [], [], {"degrees": [], "no sqrt": []}
    for a, b in _TEST_PAIRS:
        args = (*_coordinates(a), *_coordinates(b))
        try:
            value = fn(*args)
        except Exception as exc:  # the learner's code may fail in any way
            if "math domain" in str(exc):
                return (
                    "your function stopped with a 'math domain error': math.sqrt or math.asin got a "
                    "number outside its range, so h is not between 0 and 1. Convert the coordinates "
                    "with math.radians() first, and check the formula for h."
                )
            return (
                f"calling your function as my_haversine_km(lat1, lon1, lat2, lon2) with four numbers "
                f"failed ({type(exc).__name__}: {exc}). Check that its def line takes four values in "
                "that order and that it runs on the Wellington-Canberra coordinates."
            )
        if value is None:
            return "your function returns None: end it with return and the distance, not with print()."
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or math.isnan(float(value)):
            return f"your function returns {type(value).__name__} {value!r}; it should return a number of kilometres."
        got.append(float(value))
        want.append(haversine_km(*args))
        slips["degrees"].append(_haversine_in_degrees(*args))
        slips["no sqrt"].append(_haversine_without_sqrt(*args))

    def close(xs, ys, tol=1.0):
        return all(abs(x - y) <= tol for x, y in zip(xs, ys, strict=True))

    if close(got, want):
        return True
    if close(got, slips["degrees"]):
        return (
            "your distances are what the formula gives with the coordinates left in degrees. "
            "math.sin and math.cos work in radians: convert each latitude and each difference "
            "with math.radians() before using them."
        )
    if close(got, slips["no sqrt"]):
        return "step 3 takes the square root of h before the arcsine: math.asin(math.sqrt(h))."
    ratios = [g / w for g, w in zip(got, want, strict=True) if w > 100]
    if ratios and max(ratios) - min(ratios) < 0.01 * abs(ratios[0]):
        ratio = ratios[0]
        if 900 < ratio < 1100:
            return "your distances are about 1,000 times too large: they look like metres. Use R in km, 6371.0088."
        if 0.45 < ratio < 0.55:
            return "your distances are half the right size: the formula is 2 · R · asin(√h), with the 2."
        if ratio < 0.01:
            return "your function seems to return an angle, not a distance: multiply by 2 · R, with R = 6371.0088 km."
        return (
            f"your distances are all {ratio:.4f} times the right ones: check the radius "
            "(R = 6371.0088 km, the mean radius) and the factor 2."
        )
    return (
        "your function gives different distances from helpers.haversine_km. Check each step: "
        "radians first, then h = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2) (Δ means 'second minus "
        "first'), then 2 · R · asin(√h). Print h for Wellington and Canberra: it must be between 0 and 1."
    )


# Hints for the commonest wrong answers, shared by their spellings (partner or place).
_FARTHEST = "that is the farthest partner, from the last row (.iloc[-1]). The nearest is in the first row."
_NOT_RAA = (
    "that is the nearest of all Japan's partners, but not one with an RAA in the data. "
    "Keep only the rows of d whose partner is in your list of RAA partners."
)
_FARTHEST_RAA = (
    "that is the farthest of the RAA partners (the last row after filtering). The nearest is the first row."
)
_WELLINGTON_TOO = "your list includes New Zealand itself: Wellington is not closer than Wellington. Use < (smaller than), not <=."
_FARTHER = "those are the partners farther away than Wellington: turn the comparison round."

QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "4.1",
            "number",
            lambda: _km_from_tokyo("Wellington"),
            tolerance=1.0,
            hint="Keep the row of d whose 'place' is 'Wellington' and take its 'distance_km', "
            "as the Canberra example does, ending with .item().",
            fact="On the slightly flattened Earth (the WGS 84 ellipsoid) the distance is 9,245 km, "
            "about 0.3 % less than on a sphere (helpers/data/SOURCES.md).",
            mistakes=(
                (
                    _km_from_tokyo("Canberra"),
                    "that is Canberra's distance, from the example. Change the place name to Wellington.",
                ),
                (-41.29, "that is Wellington's latitude. The distance is in the column 'distance_km'."),
                (174.78, "that is Wellington's longitude. The distance is in the column 'distance_km'."),
                (
                    6,
                    "that is the row's position in d (its index), not a distance: read the column 'distance_km'.",
                ),
            ),
        ),
        Question(
            "4.2",
            "text",
            lambda: _nearest("partner"),
            accept=(_nearest("place"),),  # the capital's name is accepted too
            hint="distances_from() sorts its rows from nearest to farthest: look at the first row's 'partner'.",
            fact="Japan's only agreement with South Korea in the course's data is an information security "
            "agreement (a GSOMIA), signed on 23 November 2016 (agreements.csv).",
            mistakes=(
                *((name, _FARTHEST) for name in (_farthest("partner"), _farthest("place"))),
                (
                    "New Zealand",
                    "New Zealand is the partner of exercise 4.1. This question asks for the partner "
                    "in d's first row, the nearest.",
                ),
            ),
        ),
        Question(
            "4.3",
            "text",
            lambda: _raa_by_distance("partner")[0],
            accept=lambda: (_raa_by_distance("place")[0],),  # the capital's name is accepted too
            hint="Make a list of the RAA partners from agreements (kind == 'RAA'), keep the rows of d whose "
            "partner .isin() that list, and read the first row's 'partner': d is sorted nearest first.",
            fact="Japan and the Philippines went on to sign an ACSA on 15 January 2026, four weeks after "
            "the article's date (agreements.csv, citing a report on nippon.com; confidence medium).",
            mistakes=(
                *((name, _NOT_RAA) for name in (_nearest("partner"), _nearest("place"))),
                *(
                    (name, _FARTHEST_RAA)
                    for name in (_raa_by_distance("partner")[-1], _raa_by_distance("place")[-1])
                ),
                (
                    _first_raa_partner(),
                    "that partner signed the first RAA, but the question is about distance: "
                    "use the table d, sorted nearest first.",
                ),
            ),
        ),
        Question(
            "4.4",
            "number",
            lambda: _milestone_days(0, -1),
            hint="Subtract the first row's 'date_start' from the last row's (.iloc[-1] minus .iloc[0]): "
            "the result is a Timedelta, and its .days is a whole number of days.",
            fact="The 2014 agreement to study an ACSA was made in Auckland by prime ministers Abe and Key "
            "(milestones.csv, a Kyodo report carried by The Japan Times).",
            mistakes=(
                (
                    _milestone_days(-1, 0),
                    "your number is negative: subtract the earlier date from the later one.",
                ),
                (
                    _milestone_days(0, 1),
                    "that is the example: the gap from the first milestone to the second. "
                    "The question runs from the first to the last (.iloc[-1]).",
                ),
                (
                    _milestone_days(-2, -1),
                    "that is the gap between the last two milestones. "
                    "The question starts from the first one (.iloc[0]).",
                ),
                (11, "that looks like years. The question asks for days: .days gives them."),
                (12, "that looks like years. The question asks for days: .days gives them."),
            ),
        ),
        Question(
            "4.5",
            "set",
            lambda: _closer_than_wellington("partner"),
            accept=(_closer_than_wellington("place"),),  # capitals accepted too
            hint="First store Wellington's distance_km in a variable (with .item()); then keep the rows of d "
            "whose distance_km is smaller than it (d.loc[d['distance_km'] < ..., 'partner']).",
            fact="Of the partner capitals nearer to Tokyo than Wellington, only Canberra lies in the "
            "southern hemisphere, as Wellington does (negative latitudes in places.csv).",
            mistakes=(
                *(
                    (_closer_than_wellington(column, or_equal=True), _WELLINGTON_TOO)
                    for column in ("partner", "place")
                ),
                *(
                    (_closer_than_wellington(column, farther=True), _FARTHER)
                    for column in ("partner", "place")
                ),
            ),
        ),
        Question(
            "4.6",
            "custom",
            lambda: _reference_haversine_km,
            compare=_compare_haversine,
            hint="Convert the coordinates to radians first (math.radians); then "
            "h = sin²(Δlat/2) + cos(lat1)·cos(lat2)·sin²(Δlon/2) and distance = 2·R·asin(√h) with "
            "R = 6371.0088. Give the function itself: answer_4_6 = my_haversine_km.",
            fact="Canberra is the nearest to Wellington of all the capitals in the course's data; "
            "distances_from('Wellington') lists the others, farther away.",
            wrong_examples=(
                _haversine_in_degrees,
                _haversine_in_metres,
                _haversine_equatorial_radius,
                _haversine_without_sqrt,
                haversine_km,
                lambda lat1, lon1, lat2, lon2: None,
                lambda lat1, lon1: 0.0,
                _reference_haversine_km(-41.29, 174.78, -35.28, 149.13),
            ),
        ),
    )
)
