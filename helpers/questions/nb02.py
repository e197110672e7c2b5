"""Exercises of notebook 02, *The ACSA*: Japan's ACSA partners, waits and counts."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd

from ..datasets import SEED_DATE, load_agreements, network_as_of
from ..exercises import Question, fold_text, register

__all__ = ["QUESTIONS"]


@cache
def _acsa() -> pd.DataFrame:
    agreements = load_agreements()
    return agreements[agreements["kind"] == "ACSA"].copy()


def _waits() -> pd.DataFrame:
    """The ACSA rows with ``wait_days``, as the notebook's ``acsa_waits``."""
    acsa = _acsa()
    return acsa.assign(wait_days=(acsa["in_force_start"] - acsa["signed_start"]).dt.days)


def _exact_waits() -> pd.DataFrame:
    """The rows whose signature and entry into force are both known to the day."""
    waits = _waits()
    return waits[(waits["signed_precision"] == "day") & (waits["in_force_precision"] == "day")]


def _signed_by_seed() -> set[str]:
    """Partners that had signed an ACSA on or before the seed's date."""
    acsa = _acsa()
    return set(acsa.loc[acsa["signed_end"] <= SEED_DATE, "partner"])


def _in_force_on_seed() -> set[str]:
    """Partners with an ACSA in force on the seed's date."""
    net = network_as_of()
    return set(net.loc[(net["kind"] == "ACSA") & (net["state"] == "in force"), "partner"])


def _in_force_rows() -> pd.DataFrame:
    """The ACSA rows whose status on the seed's date is 'in force' (superseded and pending left out)."""
    acsa = _acsa()
    return acsa[acsa["status"] == "in force"]


def _oldest_in_force_year() -> int:
    """The signing year of the oldest ACSA still in force on the seed's date."""
    return int(_in_force_rows()["signed_start"].dt.year.min())


def _latest_in_force_year() -> int:
    return int(_in_force_rows()["signed_start"].dt.year.max())


def _first_signed_year() -> int:
    """The signing year of Japan's first ACSA, superseded rows included (exercise 2.5's classic mistake)."""
    acsa = _acsa()
    return int(acsa.loc[acsa["status"] != "pending", "signed_start"].dt.year.min())


def _signed_before_2015() -> list[str]:
    acsa = _acsa()
    return sorted(set(acsa.loc[acsa["signed_start"].dt.year < 2015, "partner"]))


def _longest_wait() -> str:
    waits = _waits()
    return str(waits.loc[waits["wait_days"].idxmax(), "partner"])


def _shortest_exact_wait() -> float:
    return float(_exact_waits()["wait_days"].min())


def _gap() -> list[str]:
    """Partners counted by 'signed by the seed's date' but not by 'in force on that day'."""
    return sorted(_signed_by_seed() - _in_force_on_seed())


def _compare_gap(answer):
    """True for the partners in the gap between the two counts, else a hint."""
    if isinstance(answer, (str, bytes, dict)) or answer is None:
        return "Give a list of partner names in square brackets, such as ['France', 'Italy']."
    if hasattr(answer, "tolist") and not isinstance(answer, (list, tuple)):
        answer = answer.tolist()
    if not isinstance(answer, Iterable) or not all(isinstance(a, str) for a in answer):
        return "Give a list of partner names (text), such as ['France', 'Italy']."
    got = {fold_text(a) for a in answer}
    want = {fold_text(p) for p in _gap()}
    if got == want:
        return True
    after = {fold_text(p) for p in set(_acsa()["partner"]) - _signed_by_seed()}
    if got & after:
        return "Both counts are about 2025-12-19: leave out any partner that signed only after that day."
    net = network_as_of()
    replaced = {
        fold_text(p) for p in net.loc[(net["kind"] == "ACSA") & (net["state"] == "superseded"), "partner"]
    }
    if got & replaced & {fold_text(p) for p in _in_force_on_seed()}:
        return (
            "Some partners have an older ACSA that was replaced, yet their newer one was in force. "
            "Compare sets of partner names, not rows: set(signed) - set(in force)."
        )
    if got & {fold_text(p) for p in _in_force_on_seed()}:
        return "Some of the partners you gave had an ACSA in force on that day, so both counts include them."
    return (
        "Make two sets of partner names: those that signed by helpers.SEED_DATE, and those "
        "whose ACSA is 'in force' in helpers.network_as_of(). Take the difference (a - b)."
    )


# Common wrong answers, computed from the same data as the right ones.
_ACSA = _acsa()
_WAITS = _waits()
_EXACT = _exact_waits()
_SHORTEST = _EXACT.loc[_EXACT["wait_days"].idxmin()]
_NET = network_as_of()
_LONGEST_ROW = _WAITS.loc[_WAITS["wait_days"].idxmax()]

QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "2.1",
            "number",
            lambda: len(_signed_by_seed()),
            hint="Keep the ACSA rows whose signed_end is on or before helpers.SEED_DATE, "
            "then count the distinct names in the partner column with .nunique().",
            method="Filter the ACSA rows on signed_end (on or before the article's date), then count "
            "the distinct values of the partner column, not the rows.",
            step="Worked step: the United States has four rows (its first agreement, two amendments "
            "and the 2016 agreement) but is one partner; a count of distinct names counts it once.",
            fact="Reports called Germany (signed in January 2024) Japan's 7th ACSA partner and Italy "
            "(November 2024) its 8th: four of the ten first signed in 2024 or 2025.",
            mistakes=(
                (
                    int((_ACSA["signed_end"] <= SEED_DATE).sum()),
                    "That counts rows (signed agreements and amendments), not partners: some partners "
                    "have several rows. Count distinct names with .nunique().",
                ),
                (
                    _ACSA["partner"].nunique(),
                    "That counts every partner in the table, including one that signed after the "
                    "article's date. Keep only the rows whose signed_end <= helpers.SEED_DATE first.",
                ),
                (
                    len(_ACSA),
                    "That counts every row of the table. Keep the rows signed by helpers.SEED_DATE, "
                    "then count distinct partners with .nunique().",
                ),
                (
                    _ACSA.loc[_ACSA["signed_end"] < SEED_DATE, "partner"].nunique(),
                    "One partner short: it signed on the article's date itself. 'On or before' a date "
                    "includes the day: <= keeps it, < leaves it out.",
                    "less-than-for-on-or-before",
                ),
            ),
            computed=True,
        ),
        Question(
            "2.2",
            "set",
            _signed_before_2015,
            hint="Keep the ACSA rows whose signing year, signed_start.dt.year, is less than 2015, "
            "then take set(...) of their partner column.",
            method="Take the year out of each signing date, keep the rows whose year is before 2015, "
            "and collect their partner names as a set, so that each name appears once.",
            step="Worked step: the UK agreement was signed on 2017-01-26; 2017 is not less than 2015, "
            "so the United Kingdom stays out. Test every row the same way at once.",
            fact="Japan's first ACSA, with the United States, was signed at Tokyo on 15 April 1996 "
            "(Japan's Foreign Ministry treaty record).",
            mistakes=(
                (
                    sorted(set(_ACSA.loc[_ACSA["signed_start"].dt.year < 2015, "signed_start"].dt.year)),
                    "Those are years. Keep the same rows, but take the partner column instead.",
                ),
            ),
        ),
        Question(
            "2.3",
            "text",
            _longest_wait,
            hint="Use the wait_days column of acsa_waits: .idxmax() gives the row label of the "
            "largest wait; read the partner column of that row with .loc.",
            method="Find the row label where wait_days is largest, then read the partner column of "
            "that one row.",
            step="Worked step: France's wait was worked out above, in days, from in_force_start minus "
            "signed_start; acsa_waits holds that number for every row, so the question is only which "
            "row holds the biggest.",
            fact="The Diet approved the first Australian ACSA on 2011-04-15, yet it entered into force "
            "only on 2013-01-31 (Japan's Foreign Ministry, release of 2013-01-31).",
            mistakes=(
                *(
                    (
                        f"{_LONGEST_ROW['partner']}{year}",
                        "You found the right agreement. Now give just the partner's name, as it is "
                        "written in the partner column, without the year.",
                    )
                    for year in (
                        f" {_LONGEST_ROW['signed_start'].year}",
                        f" ({_LONGEST_ROW['signed_start'].year})",
                    )
                ),
                (
                    str(_WAITS.loc[_WAITS["wait_days"].idxmin(), "partner"]),
                    "That is the row with the smallest wait (.idxmin()). The question asks for the "
                    "longest: use .idxmax().",
                ),
            ),
        ),
        Question(
            "2.4",
            "number",
            _shortest_exact_wait,
            tolerance=0.5,
            hint="Keep the rows of acsa_waits where signed_precision is 'day' and in_force_precision "
            "is 'day' (two conditions joined with &), then take .min() of their wait_days.",
            method="Keep only the rows whose two precision columns both say 'day', so that no wait is "
            "computed from a stand-in first day of a month or year; then take the smallest wait_days.",
            step="Worked step: the UK row has in_force_precision 'year' and a negative wait, so it must "
            "go. Print how many rows are left before you take the minimum.",
            fact=f"It is the {_SHORTEST['partner']} {_SHORTEST['instrument']} signed "
            f"{_SHORTEST['signed']} and in force {_SHORTEST['in_force']} (Japan's Foreign Ministry, "
            f"confidence {_SHORTEST['confidence']}). Over the same {len(_EXACT)} rows the median wait "
            f"is {_EXACT['wait_days'].median():g} days, about {_EXACT['wait_days'].median() / 30.4375:.1f} "
            "months: the dashed line of the waiting-time chart below.",
            mistakes=(
                (
                    _WAITS["wait_days"].min(),
                    "That wait is negative: it comes from a row whose entry into force is known "
                    "only to the year. Keep only the rows whose two precision columns are both 'day'.",
                ),
                (
                    _EXACT["wait_days"].idxmin(),
                    "That is a row label (what .idxmin() gives). The question asks for a number "
                    "of days: take .min() of the wait_days column.",
                ),
                (
                    _EXACT["wait_days"].median(),
                    "That is the median wait. The question asks for the shortest: use .min().",
                ),
                (
                    _EXACT["wait_days"].max(),
                    "That is the longest wait. The question asks for the shortest: use .min().",
                ),
            ),
        ),
        Question(
            "2.5",
            "number",
            _oldest_in_force_year,
            hint="Only some rows still bound Japan and its partner on the article's date: the status "
            "column says which. Keep those rows before you look for the earliest signing year.",
            method="Filter the ACSA rows on the status column so that only agreements in force on "
            "2025-12-19 remain (superseded and pending rows go), take the year of their signed_start "
            "dates and find the smallest.",
            step="Worked step: the 1996 US agreement was Japan's first, but its status is "
            "'superseded': a later agreement replaced it. A filter that only drops 'pending' rows "
            "keeps it, so test for the one status that means binding on that day.",
            fact="Every ACSA in force on 2025-12-19 had been signed after Japan's 2015 security "
            "legislation: the United States and Australia had each replaced their first agreement, "
            "which is why the oldest partner does not have the oldest agreement in force.",
            mistakes=(
                (
                    _first_signed_year(),
                    "That is the year of Japan's first ACSA, with the United States, which a newer "
                    "agreement replaced (its status is 'superseded'). Keep only the rows in force on "
                    "the article's date.",
                ),
                (
                    _latest_in_force_year(),
                    "That is the newest agreement in force. The question asks for the oldest: the "
                    "smallest year.",
                ),
                (
                    len(_in_force_on_seed()),
                    "That is how many partners had an ACSA in force. The question asks for a year: "
                    "the signing year of the oldest of those agreements.",
                ),
            ),
            computed=True,
        ),
        Question(
            "2.6",
            "custom",
            _gap,
            hint="Make two sets of partner names and take their difference.",
            method="Build one set of the partners that had signed by the article's date and one set "
            "of the partners whose ACSA state is 'in force' on that day; subtract the second from the "
            "first.",
            step="Worked step: the United States has superseded rows, but its 2016 agreement is in "
            "force, so it is in both sets and drops out of the difference. Compare names, not rows.",
            fact="Reports of 2026-01-15 called the Philippines Japan's 11th ACSA partner: they counted "
            "by signing date, as the course's table does.",
            compare=_compare_gap,
            wrong_examples=(
                ["Netherlands", "New Zealand", "United States", "Australia"],
                ["Netherlands", "New Zealand", "Philippines"],
                ["New Zealand"],
                "New Zealand",
            ),
        ),
        Question(
            "2.7",
            "choice",
            "C",
            options={
                "A": "Ten signings, each with its own source in the course's table (most of them the "
                "governments' own releases), outweigh one sentence; and the English copy itself says "
                "the Netherlands signed the day before. A claim is not right because of who made it.",
                "B": "Japanese news uses 締結 for a signing too: NHK called Italy the 'eighth' on the day "
                "it signed (2024), long before that ACSA was in force, and TRT called New Zealand the "
                "'ninth 締結 country' before anyone had signed. So the word alone cannot show that the "
                "agency meant the in-force count.",
                "C": "The English sentence counts signatures and ten had signed, so as printed it is "
                "false. 'Eight' fits two counts: the eight ACSAs in force that day, and the eight "
                "signatures before the Netherlands signed on 18 December. Japanese reports use 締結 "
                "both ways, so the copy cannot say which the agency meant: name your count.",
                "D": "A disagreement is where checking starts, not where it stops: the dated, sourced "
                "rows give ten signed and eight in force on 19 December 2025, and both readings of "
                "'eight' can be tested against them.",
            },
            fact="On 15 January 2026 Jiji's own English report called the Philippines the 11th country "
            "'with which Japan has signed such an agreement' (nippon.com): by then the agency counted "
            "signatures, Netherlands and New Zealand included. When you write a count, name it: 'ten "
            "signed, eight in force'.",
        ),
        Question(
            "2.8",
            "choice",
            "C",
            options={
                "A": "Being older does not make a report wrong. A count is true as of a date: check it "
                "against the data for that date before you dismiss it.",
                "B": "The data says the opposite: the Netherlands signed on 2025-12-18 (the Dutch "
                "Ministry of Defence) and New Zealand on 2025-12-19 (Japan's Foreign Ministry).",
                "C": "On 1 December 2025 eight partners had signed, so New Zealand would have been the "
                "ninth. The Netherlands then signed on 18 December, one day before New Zealand. Both "
                "reports were right on their own dates: the world changed in between.",
                "D": "Nothing in the 1 December report points to a count of agreements in force, and "
                "on that day the two counts were the same anyway (all eight signed ACSAs were in "
                "force). What changed before 19 December was a new signature, the Netherlands'.",
            },
            fact="The same 1 December report said the signing was being arranged for 18 December; it "
            "took place on 19 December. Reports written before an event give plans; the primary "
            "source written after it gives what happened.",
        ),
        Question(
            "2.9",
            "choice",
            ("A", "B"),
            options={
                "A": "Needed. In Japan an ACSA is a treaty that the Diet must approve before it can "
                "enter into force, as for Japan's other ACSAs (reports on the German and Philippine "
                "agreements say so).",
                "B": "Needed. Forces can act under an agreement only once it is in force, which comes "
                "after both governments complete their procedures and notify each other. On the "
                "article's date the table says 'pending'.",
                "C": "Not needed. The ACSA and the Information Security Agreement are separate "
                "treaties, each with its own entry into force; nothing in the course's sources ties "
                "one to the other.",
                "D": "Not needed. 'Can supply' is about what the agreement allows, not what has "
                "happened: an agreement in force that has never been used still allows it.",
            },
            fact="The claim fails on the article's own date: signed is not in force. A careful "
            "version says 'Japan and New Zealand signed an agreement that, once in force, will "
            "let ...'.",
        ),
    )
)
