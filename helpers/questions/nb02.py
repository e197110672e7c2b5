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
            ),
        ),
        Question(
            "2.2",
            "set",
            _signed_before_2015,
            hint="Keep the ACSA rows whose signing year, signed_start.dt.year, is less than 2015, "
            "then take set(...) of their partner column.",
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
            lambda: len(_in_force_on_seed()),
            hint="Call helpers.network_as_of(), keep the rows whose kind is 'ACSA' and whose state "
            "is 'in force', and count the distinct partners.",
            fact="Two of them have partial dates: Canada's ACSA entered into force in July 2019 and the "
            "UK's in 2017 (days not verified); both periods ended long before 2025-12-19, so both count.",
            mistakes=(
                (
                    len(_signed_by_seed()),
                    "That counts every partner that had signed by that day, as in exercise 2.1. "
                    "Keep only the rows whose state is 'in force'.",
                ),
                (
                    _NET.loc[_NET["state"] == "in force", "partner"].nunique(),
                    "That counts partners with any kind of agreement in force, information "
                    "agreements too. Keep only the rows whose kind is 'ACSA' as well.",
                ),
                (
                    int((_NET["kind"] == "ACSA").sum()),
                    "That counts every ACSA row of network_as_of(). Keep only the rows whose "
                    "state is 'in force', then count distinct partners.",
                ),
            ),
        ),
        Question(
            "2.6",
            "custom",
            _gap,
            hint="Make two sets of partner names and take their difference.",
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
    )
)
