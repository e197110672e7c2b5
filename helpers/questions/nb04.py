"""Exercises of notebook 04, *The regional context*: distances from Tokyo, RAAs and the timeline."""

from __future__ import annotations

from ..datasets import distances_from, haversine_km, load_agreements, load_milestones, load_places
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


def _km_from_tokyo(place: str) -> float:
    d = distances_from("Tokyo")
    return float(d.loc[d["place"] == place, "distance_km"].iloc[0])


def _nearest_partner() -> str:
    return str(distances_from("Tokyo").iloc[0]["partner"])


def _nearest_place() -> str:
    return str(distances_from("Tokyo").iloc[0]["place"])


def _raa_partners() -> list[str]:
    a = load_agreements()
    return sorted(a.loc[a["kind"] == "RAA", "partner"])


def _days_study_to_signing() -> int:
    ms = load_milestones()
    return int((ms["date_start"].iloc[-1] - ms["date_start"].iloc[0]).days)


def _closer_than_wellington(column: str) -> list[str]:
    d = distances_from("Tokyo")
    return sorted(d.loc[d["distance_km"] < _km_from_tokyo("Wellington"), column])


def _wellington_canberra_km() -> float:
    p = load_places().set_index("place")
    w, c = p.loc["Wellington"], p.loc["Canberra"]
    return float(haversine_km(w["lat"], w["lon"], c["lat"], c["lon"]))


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "4.1",
            "number",
            lambda: _km_from_tokyo("Wellington"),
            tolerance=1.0,
            hint="Find the row of the table d whose 'place' is 'Wellington' and read its 'distance_km' "
            "(d.set_index('place').loc[...] is one way).",
            fact="On the slightly flattened Earth (the WGS 84 ellipsoid) the distance is 9,245 km, "
            "about 0.3 % less than on a sphere (helpers/data/SOURCES.md).",
        ),
        Question(
            "4.2",
            "text",
            _nearest_partner,
            accept=(_nearest_place(),),  # the capital's name is accepted too
            hint="distances_from() sorts its rows from nearest to farthest: look at the first row's 'partner'.",
            fact="Japan's only agreement with South Korea in the course's data is an information security "
            "agreement (a GSOMIA), signed on 23 November 2016 (agreements.csv).",
        ),
        Question(
            "4.3",
            "set",
            _raa_partners,
            hint="In helpers.load_agreements(), keep the rows whose 'kind' is 'RAA' and take their 'partner' column.",
            fact="Japan's first RAA, with Australia, was signed on 6 January 2022 and entered into force on "
            "13 August 2023 (agreements.csv, citing Australia's Federal Register of Legislation).",
        ),
        Question(
            "4.4",
            "number",
            _days_study_to_signing,
            hint="Subtract the first row's 'date_start' from the last row's: the result is a Timedelta, "
            "and its .days attribute is a whole number of days.",
            fact="The 2014 agreement to study an ACSA was made in Auckland by prime ministers Abe and Key "
            "(milestones.csv, a Kyodo report carried by The Japan Times).",
        ),
        Question(
            "4.5",
            "set",
            lambda: _closer_than_wellington("partner"),
            accept=(_closer_than_wellington("place"),),  # capitals accepted too
            hint="First store Wellington's distance_km in a variable; then keep the rows of d whose "
            "distance_km is smaller than it (d[d['distance_km'] < ...]) and take their 'partner'.",
            fact="Of the partner capitals nearer to Tokyo than Wellington, only Canberra lies in the "
            "southern hemisphere, as Wellington does (negative latitudes in places.csv).",
        ),
        Question(
            "4.6",
            "number",
            _wellington_canberra_km,
            tolerance=5.0,
            hint="Convert all four coordinates to radians first (math.radians); then "
            "h = sin²(Δlat/2) + cos(lat1)·cos(lat2)·sin²(Δlon/2) and distance = 2·R·asin(√h) with R = 6371.0088.",
            fact="Canberra is the nearest to Wellington of all the capitals in the course's data; "
            "distances_from('Wellington') lists the others, farther away.",
        ),
    )
)
