"""Exercises of notebook 04, *The regional context*: the map and the timeline, then the strategic context."""

from __future__ import annotations

from functools import cache

from ..charts.maps import partners_on
from ..context import load_context
from ..datasets import distances_from, load_agreements, load_milestones
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


def _km_from_tokyo(place: str) -> float:
    d = distances_from("Tokyo")
    return float(d.loc[d["place"] == place, "distance_km"].iloc[0])


def _nearest(column: str) -> str:
    return str(distances_from("Tokyo").iloc[0][column])


def _farthest(column: str) -> str:
    return str(distances_from("Tokyo").iloc[-1][column])


def _milestone_days(first: int, last: int) -> int:
    start = load_milestones()["date_start"]
    return int((start.iloc[last] - start.iloc[first]).days)


def _treaty_to_first_acsa(treaty: str = "us-japan-treaty-1960") -> int:
    """Whole years from a US–Japan treaty's signing to Japan's first ACSA (by year)."""
    ctx = load_context().set_index("id")
    ag = load_agreements()
    first_acsa = ag.loc[ag["kind"] == "ACSA", "signed_start"].min()
    return int(first_acsa.year - ctx.loc[treaty, "date_start"].year)


def _context_ids(topic: str, kind: str | None = None, *, exclude_kind: str | None = None) -> list[str]:
    ctx = load_context()
    keep = ctx["topic"] == topic
    if kind is not None:
        keep &= ctx["kind"] == kind
    if exclude_kind is not None:
        keep &= ctx["kind"] != exclude_kind
    return sorted(ctx.loc[keep, "id"])


# Europe, for exercise 4.9: a box of latitude and longitude around the continent (NATO sits at Brussels).
_EUROPE_LAT, _EUROPE_LON = (35.0, 72.0), (-25.0, 45.0)
_MAP_DAY = "2025-12-19"


def _in_europe(lat: float, lon: float) -> bool:
    return _EUROPE_LAT[0] <= lat <= _EUROPE_LAT[1] and _EUROPE_LON[0] <= lon <= _EUROPE_LON[1]


@cache  # the map's table is built once: three questions read it
def _map_facts(as_of: str = _MAP_DAY) -> dict:
    """The numbers exercise 4.9 states, computed from the map's table of partners on ``as_of``."""
    t = partners_on(as_of).reset_index(drop=True)
    europe = [r.place for r in t.itertuples() if _in_europe(r.lat, r.lon)]
    dashed = [r.place for r in t.itertuples() if not r.any_in_force]
    km = {r.place: round(r.distance_km) for r in t.itertuples()}
    return {
        "n": len(t),
        "europe": europe,
        "dashed": dashed,
        "dashed_elsewhere": [p for p in dashed if p not in europe],
        "km": km,
        "rank": {r.place: i + 1 for i, r in enumerate(t.itertuples())},
    }


def _nine_options() -> dict:
    f = _map_facts()
    km, rank, n = f["km"], f["rank"], f["n"]
    nearer = [p for p in km if km[p] < km["Wellington"]]
    eu = f["europe"]
    return {
        "A": "a flat map cannot keep distances: the Robinson projection is a compromise that shows the "
        f"whole world, and distorts distances, most towards its edges and the poles. Wellington is {km['Wellington']:,} "
        f"km from Tokyo, number {rank['Wellington']} of {n} partners from the nearest: {len(nearer)} capitals "
        f"are nearer, among them Canberra ({km['Canberra']:,} km), Kyiv ({km['Kyiv']:,} km) and Berlin "
        f"({km['Berlin']:,} km). Read distances from the table, not from the map.",
        "B": f"the evidence supports this: {len(eu)} of the {n} partners are placed in Europe "
        f"({', '.join(eu)}; NATO at its seat in Brussels), and Wellington, at {km['Wellington']:,} km, is "
        f"farther from Tokyo than Berlin ({km['Berlin']:,} km) or Kyiv ({km['Kyiv']:,} km).",
        "C": f"{len(f['dashed'])} lines are dashed on {_MAP_DAY} (no agreement known in force): to "
        f"{', '.join(f['dashed'])}. The one to {', '.join(f['dashed_elsewhere'])} does not go to Europe.",
        "D": "the lines are great circles, the shortest paths on the globe from Tokyo to each capital; a flat "
        "map draws them bent, towards the pole. They say nothing about how an agreement was negotiated: "
        "each agreement in the data is between Japan and one partner.",
    }


# Hints for the commonest wrong answers, shared by their spellings (partner or place).
_FARTHEST = "that is the farthest partner, from the last row (.iloc[-1]). The nearest is in the first row."
_CAPITAL = (
    "that is the capital, from the 'place' column. The question asks for the partner: "
    "read the 'partner' column of the same row."
)

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
            method="Filter the rows with a condition inside .loc[condition, column], then take the single "
            "value out with .item().",
            step="For Canberra the course wrote d.loc[d['place'] == 'Canberra', 'distance_km'].item(); "
            "only the name in the condition changes.",
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
            computed=True,
        ),
        Question(
            "4.2",
            "text",
            lambda: _nearest("partner"),
            hint="distances_from() sorts its rows from nearest to farthest: look at the first row's 'partner'.",
            method="A table sorted by distance has the nearest partner in its first row: .iloc[0] picks it.",
            step="d.iloc[0] is the whole first row; d.iloc[0]['place'] would give its capital. "
            "Pick the other column the question names.",
            fact="Japan's only agreement with South Korea in the course's data is an information security "
            "agreement (a GSOMIA), signed on 23 November 2016 (agreements.csv).",
            mistakes=(
                (_nearest("place"), _CAPITAL),
                *((name, _FARTHEST) for name in (_farthest("partner"), _farthest("place"))),
                (
                    "New Zealand",
                    "New Zealand is the partner of exercise 4.1. This question asks for the partner "
                    "in d's first row, the nearest.",
                ),
            ),
            computed=True,
        ),
        Question(
            "4.3",
            "number",
            lambda: _milestone_days(0, -1),
            hint="Subtract the first row's 'date_start' from the last row's (.iloc[-1] minus .iloc[0]): "
            "the result is a Timedelta, and its .days is a whole number of days.",
            method="Subtracting two pandas dates gives a Timedelta; .days turns it into a whole number.",
            step="The example did ms['date_start'].iloc[1] - ms['date_start'].iloc[0] and then .days; "
            "the question runs to the last row instead of the second.",
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
            computed=True,
        ),
        Question(
            "4.4",
            "number",
            _treaty_to_first_acsa,
            hint="Take the year of the 1960 treaty from ctx (its 'date_start'.year) and the year of Japan's "
            "first ACSA from agreements, then subtract the earlier year from the later.",
            method="A date in a pandas table has a .year; the difference of two years is a whole number.",
            step="ctx.set_index('id').loc['us-japan-treaty-1960', 'date_start'].year gives 1960; do the same "
            "for the earliest 'signed_start' among the ACSA rows of agreements (.min()).",
            fact="The US–Japan treaty is an alliance: each side declares it would act against an armed attack "
            "on either in the territories Japan administers (context.csv, copies of the treaty text; medium). "
            "The sources the course read describe no such promise in any agreement in agreements.csv.",
            mistakes=(
                (
                    _treaty_to_first_acsa("us-japan-treaty-1951"),
                    "that counts from the first treaty of 1951. The question asks about the current treaty, "
                    "signed in 1960, which replaced it.",
                ),
                (
                    -_treaty_to_first_acsa(),
                    "your number is negative: subtract the earlier year from the later.",
                ),
                (1960, "that is the treaty's year itself; subtract it from the year of the first ACSA."),
                (1996, "that is the year of the first ACSA; subtract the treaty's year from it."),
            ),
            computed=True,
        ),
        Question(
            "4.5",
            "set",
            lambda: _context_ids("China and the sea", "report"),
            hint="Keep the rows of ctx whose topic is 'China and the sea' AND whose kind is 'report' "
            "(two conditions joined with &, each in brackets), then take their 'id'.",
            method="Combine two conditions with & and put each in round brackets: "
            "ctx[(condition one) & (condition two)].",
            step="(ctx['topic'] == 'China and the sea') is one condition; write the second for the 'kind' "
            "column the same way.",
            fact="Every row in the data that ties the agreements to China is a news report (the Yomiuri, "
            "Jiji Press); the New Zealand statements on China are about ships and seas, not about why the "
            "agreements were signed (context.csv).",
            mistakes=(
                (
                    _context_ids("China and the sea"),
                    "that is every row about China and the sea. Keep only the news reports: add a condition "
                    "on the 'kind' column.",
                ),
                (
                    _context_ids("China and the sea", "statement"),
                    "those are statements by named people (kind 'statement'). The question asks for what news "
                    "outlets wrote: kind 'report'.",
                ),
                (
                    _context_ids("China and the sea", exclude_kind="report"),
                    "those are the rows that are not reports. Use == 'report', not != 'report'.",
                ),
            ),
        ),
        Question(
            "4.6",
            "choice",
            "B",
            options={
                "A": "the Yomiuri's 'escorted' comes from a report of December 2025, fourteen months later, "
                "and is a stronger word than the Japanese reports of September 2024 used; New Zealand's own "
                "statement mentions no Japanese ship. One later report cannot settle a dispute between "
                "earlier ones.",
                "B": "this keeps each account and says what is disputed. The three ships passed the same day; "
                "Japanese media said they sailed together, a New Zealand official said the passage was not "
                "done with a Japanese ship, and Collins's statement names only New Zealand and Australia. "
                "When sources disagree and none can be checked against a record, report the disagreement.",
                "C": "no source says the Japanese destroyer was absent: the New Zealand official said New "
                "Zealand's passage was not done with a Japanese ship, which is a different claim. Japan's "
                "government declined to comment; it did not deny the passage.",
                "D": "a primary source is the best evidence of what its author did and said, but silence is "
                "not denial: Collins's statement covers New Zealand's ship and says nothing either way about "
                "a Japanese one.",
            },
            hint="Compare what each source says, and what each leaves out.",
            fact="A fourth account adds to the spread: the NZ Listener later wrote of Aotearoa joining "
            "'American, Japanese and Australian warships' (SOURCES.md). The safest sentence names its sources.",
        ),
        Question(
            "4.7",
            "choice",
            ("A", "C", "E"),
            options={
                "A": "this holds: the Yomiuri (1 December 2025: China's 'maritime expansion') and Jiji Press "
                "(19 December 2025: China's 'hegemonic moves') framed the agreements against China. It is "
                "evidence of how two outlets framed them, not of why either government signed.",
                "B": "this does not hold: Peters's words in the seed name no country, and no New Zealand "
                "statement in the data gives China as the reason for the agreements. Collins points to "
                "China's moves in an interview about work with Japan (E), which is not the same as naming "
                "the agreements' reason; reading a reason into 'increasing international tension' is a guess.",
                "C": "this holds: Collins told The Japan Times in June 2025 that New Zealand works with Japan "
                "'around the Taiwan Strait, the South China Sea'. It describes cooperation, not the purpose "
                "of the agreements.",
                "E": "this holds: in the same June 2025 interview Collins pointed to China's partnership deal "
                "with the Cook Islands, its missile test and its naval exercises in the Tasman Sea, saying New "
                "Zealand can be more vocal because it is seeing more (row collins-japan-times-2025); on signing day she and "
                "Koizumi shared strong concerns about China's radar use (Jiji).",
                "D": "this does not hold: an ACSA settles supplies and services and an ISA protects "
                "information; neither is a promise to defend. Japan's only such promise in the data is the "
                "1960 treaty with the United States.",
            },
            hint="For each sentence, find the row of ctx (or the seed paragraph) that would support it.",
            fact="A claim such as 'the agreements were made because of China' would need a source on the "
            "governments' reasons, for instance a minister saying so; the course found none. Leaving China "
            "out would be wrong too: asked about that closer work, the New Zealand minister pointed to China's moves.",
        ),
        Question(
            "4.8",
            "choice",
            "C",
            options={
                "A": "Collins did name the Taiwan Strait, as a place where the two navies work together "
                "(row collins-japan-times-2025), but she did not say the agreements are about the strait "
                "or China, and the 2024 passage is disputed. 'Lines up with' turns a place named into a "
                "side taken; attribute the framing to whoever used it, or leave it out.",
                "B": "Peters' words are real (row aukus-peters-2024), but in the same speech he said New "
                "Zealand was 'a long way' from a decision and had not been invited; no source in the data "
                "links the agreements with Japan to AUKUS. A headline cannot join two true facts with a "
                "cause no source gives.",
                "C": "every part is in the data: New Zealand is the tenth ACSA partner by signing date, both "
                "agreements were signed on 19 December 2025, and neither was in force that day (nor found in "
                "force as of 2026-12-07).",
                "D": "Ardern's words (NZ Herald, 2022) describe the highest level of information the ISA "
                "could cover, not a promise to share: Japan's Foreign Ministry describes the agreement as the "
                "measures each government takes to protect classified information the other provides, and "
                "it was not in force on the article's date. 'To share top-secret "
                "information' turns a ceiling into a plan.",
            },
            hint="A headline must be true in every word: test each against the data and the context rows.",
            fact="Headlines that overstate are common: the course's data shows which words a source supports.",
        ),
        Question(
            "4.9",
            "choice",
            "B",
            options=_nine_options(),
            hint="Count the partners in Europe on the map, then read Wellington's, Berlin's and Kyiv's rows "
            "of the distance table d.",
            fact="A flat map must stretch something: for distance, use the great-circle table "
            f"(helpers.distances_from), which puts Wellington number {_map_facts()['rank']['Wellington']} "
            f"of {_map_facts()['n']} partners from Tokyo (agreements.csv, places.csv).",
        ),
    )
)
