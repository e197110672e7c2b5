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
    acsa = _acsa()
    wait = acsa["in_force_start"] - acsa["signed_start"]
    return str(acsa.loc[wait.idxmax(), "partner"])


def _median_days_exact() -> float:
    acsa = _acsa()
    exact = acsa[(acsa["signed_precision"] == "day") & (acsa["in_force_precision"] == "day")]
    return float((exact["in_force_start"] - exact["signed_start"]).dt.days.median())


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
        ),
        Question(
            "2.2",
            "set",
            _signed_before_2015,
            hint="Keep the ACSA rows whose signing year, signed_start.dt.year, is less than 2015, "
            "then take set(...) of their partner column.",
            fact="Japan's first ACSA, with the United States, was signed at Tokyo on 15 April 1996 "
            "(Japan's Foreign Ministry treaty record).",
        ),
        Question(
            "2.3",
            "text",
            _longest_wait,
            hint="Compute in_force_start - signed_start for every ACSA row, find the row with the "
            "largest wait with .idxmax(), and read its partner.",
            fact="The Diet approved the first Australian ACSA on 2011-04-15, yet it entered into force "
            "only on 2013-01-31 (Japan's Foreign Ministry, release of 2013-01-31).",
        ),
        Question(
            "2.4",
            "number",
            _median_days_exact,
            tolerance=0.5,
            hint="Keep the ACSA rows where both signed_precision and in_force_precision are 'day', "
            "compute (in_force_start - signed_start).dt.days, and take .median().",
            fact="That is about 8.5 months: the dashed median line of the ratification_lag chart, "
            "which also uses exact dates only.",
        ),
        Question(
            "2.5",
            "number",
            lambda: len(_in_force_on_seed()),
            hint="Call helpers.network_as_of(), keep the rows whose kind is 'ACSA' and whose state "
            "is 'in force', and count the distinct partners.",
            fact="Two of them have partial dates: Canada's ACSA entered into force in July 2019 and the "
            "UK's in 2017 (days not verified); both periods ended long before 2025-12-19, so both count.",
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
