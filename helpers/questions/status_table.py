"""Exercise 5.8's table of states (one row per partner, one column per kind) and the check that names what is wrong."""

from __future__ import annotations

import pandas as pd

from ..datasets import network_as_of

__all__ = ["compare_status_table", "status_table"]

_KINDS = ("ACSA", "ISA", "RAA")
#: What an empty cell may look like after .fillna(...) or str().
_EMPTY = {"", "nan", "<na>", "none", "-", "–"}


def status_table() -> pd.DataFrame:
    """Exercise 5.8's answer: the state on the seed's date of each partner's agreement of each kind.

    >>> status_table().loc["New Zealand", ["ACSA", "ISA"]].tolist()
    ['signed, not in force', 'signed, not in force']
    """
    net = network_as_of()
    current = net[net["state"] != "superseded"]
    return current.pivot_table(index="partner", columns="kind", values="state", aggfunc="first")


def _cell(value) -> str:
    """A table cell as comparable text: "" for NaN, None, '', 'nan' and the like."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return "" if text.casefold() in _EMPTY else text


def _names(items, limit: int = 3) -> str:
    items = sorted(str(i) for i in items)
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def compare_status_table(answer):
    """True, or a hint naming what is missing or wrong (never the whole answer).

    >>> compare_status_table(status_table())
    True
    >>> compare_status_table(status_table().drop(columns="RAA"))
    "the table has no column 'RAA'. Use the kind column of network_as_of() as the columns (columns='kind')."
    """
    if isinstance(answer, pd.Series) and answer.index.nlevels == 2:
        return (
            "status_table should be a DataFrame with one column per kind, not a Series: "
            ".unstack() turns the inner level of the index (the kinds) into columns."
        )
    if not isinstance(answer, pd.DataFrame):
        return (
            f"status_table should be a pandas DataFrame, not {type(answer).__name__}. "
            "Start from helpers.network_as_of() and use .pivot_table(index=..., columns=..., values=..., "
            "aggfunc='first')."
        )
    want = status_table()
    table = answer.copy()
    if isinstance(table.columns, pd.MultiIndex):  # pivot without values=, or values=["state"]
        if "state" not in table.columns.get_level_values(0):
            return "give pivot_table (or pivot) the column to put in the cells: values='state'."
        table = table["state"]
    table.columns = [str(c) for c in table.columns]
    if "partner" in table.columns and not any(str(i) in set(want.index) for i in table.index):
        return "the partners should be the table's index, not a column: try .set_index('partner'), or index='partner' in pivot_table."
    missing_cols = [k for k in _KINDS if k not in table.columns]
    if missing_cols:
        return (
            f"the table has no column {' or '.join(repr(k) for k in missing_cols)}. "
            "Use the kind column of network_as_of() as the columns (columns='kind')."
        )
    table.index = [str(i) for i in table.index]
    if table.index.duplicated().any():
        return (
            f"some partners appear more than once ({_names(set(table.index[table.index.duplicated()]))}): "
            "one row per partner, please. pivot_table gives that."
        )
    missing_rows = set(want.index) - set(table.index)
    if missing_rows:
        return (
            f"partners missing from the index: {_names(missing_rows)}. Every partner in network_as_of() "
            "needs a row."
        )
    extra_rows = set(table.index) - set(want.index)
    if extra_rows:
        return f"these rows are not partners in network_as_of(): {_names(extra_rows)}."
    return _first_wrong_cell(table, want)


def _first_wrong_cell(table: pd.DataFrame, want: pd.DataFrame):
    """True when every cell holds the right state, else a hint about the first wrong one."""
    for partner in sorted(want.index):
        for kind in _KINDS:
            got, right = _cell(table.loc[partner, kind]), _cell(want.loc[partner, kind])
            if got == right:
                continue
            if got == "superseded":
                return (
                    f"the cell for {partner}, {kind} says 'superseded'. Leave out the superseded rows "
                    "first: keep only the agreements that were not replaced."
                )
            if not right:
                return (
                    f"the cell for {partner}, {kind} should be empty (NaN, or '' after fillna): that partner has no {kind} "
                    "in network_as_of()."
                )
            return (
                f"the cell for {partner}, {kind} holds {got or 'nothing'!r}. Take the words of the state "
                "column of network_as_of(), unchanged."
            )
    return True
