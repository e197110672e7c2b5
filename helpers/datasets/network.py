"""Japan's network of agreements on any day: which were signed, in force, superseded or uncertain."""

from __future__ import annotations

import pandas as pd

from ..i18n import tr as _
from .agreements import load_agreements, superseded_ids
from .cache import data_file, remembered
from .dates import SEED_DATE, DayLike, PartialDate, as_timestamp
from .vocab import State

__all__ = ["network_as_of"]


def _state_on(rec: pd.Series, on: pd.Timestamp, replaced: dict[str, str], by_id: dict) -> tuple[State, str]:
    """The state of one agreement on day ``on``, with a short reason."""
    if rec["signed_end"] > on:
        return "uncertain", f"signed during {rec['signed']}: cannot tell whether before {on:%Y-%m-%d}"
    marker = rec["in_force"]
    if marker == "pending":
        if rec["signed_start"] > SEED_DATE:
            return "uncertain", _("signed after {day}; entry into force not tracked").format(day=f"{SEED_DATE:%Y-%m-%d}")
        if on <= SEED_DATE:
            return "signed, not in force", _("not in force on {day}").format(day=f"{SEED_DATE:%Y-%m-%d}")
        return "uncertain", _("not in force on {day}; later entry into force not recorded").format(day=f"{SEED_DATE:%Y-%m-%d}")
    if marker == "unknown":
        return "uncertain", _("signed; entry into force not verified")
    if rec["in_force_start"] > on:
        return "signed, not in force", _("enters into force {date}").format(date=marker)
    if rec["in_force_end"] > on:
        return (
            "uncertain",
            _("entered into force during {date}: known to be in force only from {day}").format(
                date=marker, day=f"{rec['in_force_end']:%Y-%m-%d}"),
        )
    if rec["id"] in replaced:
        new = by_id[replaced[rec["id"]]]
        return "superseded", _("replaced by {id} (in force {date})").format(id=new["id"], date=new["in_force"])
    return "in force", _("in force since {date}").format(date=marker)


def _links(rec: pd.Series) -> dict:
    """What :func:`~helpers.datasets.agreements.superseded_ids` reads of one row of the table."""
    in_force = rec["in_force"]
    if not pd.isna(rec["in_force_start"]):
        in_force = PartialDate(
            in_force, rec["in_force_precision"], rec["in_force_start"], rec["in_force_end"]
        )
    return {
        "id": rec["id"],
        "supersedes": None if pd.isna(rec["supersedes"]) else rec["supersedes"],
        "amends": None if pd.isna(rec["amends"]) else rec["amends"],
        "in_force": in_force,
    }


def _network(on: pd.Timestamp, frame: pd.DataFrame) -> pd.DataFrame:
    signed = frame[frame["signed_start"] <= on]
    records = [rec for _, rec in frame.iterrows()]
    replaced = superseded_ids([_links(rec) for rec in records], on)
    by_id = {rec["id"]: rec for rec in records}
    states = [_state_on(rec, on, replaced, by_id) for _, rec in signed.iterrows()]
    out = signed[["id", "partner", "kind", "instrument", "title", "signed", "in_force"]].copy()
    out["state"] = pd.Series([s for s, _ in states], dtype="string", index=out.index)
    out["reason"] = pd.Series([r for _, r in states], index=out.index, dtype="string")
    return out.reset_index(drop=True)


def network_as_of(date: DayLike = None, data: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which agreements were signed or in force on ``date`` (default: the seed's date).

    One row per agreement signed on or before ``date``, with its ``state``
    (see :data:`~helpers.datasets.STATES`) and a ``reason``. The rule for
    partial dates is conservative: an agreement that entered into force "in
    2017" counts as in force only from 2017-12-31, the end of that period;
    before then, but within 2017, it is "uncertain". An agreement signed in a
    period that contains ``date`` is "uncertain" too. ``data`` is a table like
    :func:`~helpers.datasets.load_agreements` returns (default: the course's);
    for the course's own file each day is worked out once.

    >>> net = network_as_of()
    >>> net.loc[net["kind"] == "ACSA", "state"].astype(str).value_counts().to_dict()
    {'in force': 8, 'superseded': 4, 'signed, not in force': 2}
    >>> network_as_of("2017-06-30").set_index("id").loc["acsa-uk-2017", "state"]
    'uncertain'
    >>> network_as_of("2017-12-31").set_index("id").loc["acsa-uk-2017", "state"]
    'in force'
    """
    on = as_timestamp(date)
    if data is not None:
        return _network(on, data)
    _, raw = data_file(None, "agreements.csv")
    return remembered(("network_as_of", on, raw), lambda: _network(on, load_agreements()))
