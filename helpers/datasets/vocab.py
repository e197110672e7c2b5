"""The closed vocabularies of the curated tables, each a ``Literal`` type and the tuple of its values.

The tuple is read from the type (``typing.get_args``), so the two can never
disagree. What each vocabulary is for is said once, in :mod:`helpers.datasets`.

>>> AGREEMENT_KINDS
('ACSA', 'ISA', 'RAA')
>>> STATES[-1], PRECISIONS
('uncertain', ('day', 'month', 'year'))
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "AGREEMENT_KINDS",
    "CONFIDENCE_LEVELS",
    "PRECISIONS",
    "STATES",
    "STATUSES",
    "AgreementKind",
    "Confidence",
    "Precision",
    "State",
    "Status",
]

#: An agreement's kind: Acquisition and Cross-Servicing Agreement, Information
#: Security Agreement (GSOMIA-type), Reciprocal Access Agreement.
AgreementKind = Literal["ACSA", "ISA", "RAA"]
AGREEMENT_KINDS: tuple[AgreementKind, ...] = get_args(AgreementKind)

#: An agreement's status on the seed's date, as written in agreements.csv.
Status = Literal["in force", "superseded", "pending", "unverified", "after seed date"]
STATUSES: tuple[Status, ...] = get_args(Status)

#: An agreement's state on any day, as computed by ``network_as_of``.
State = Literal["in force", "superseded", "signed, not in force", "uncertain"]
STATES: tuple[State, ...] = get_args(State)

#: How much of a date is known.
Precision = Literal["day", "month", "year"]
PRECISIONS: tuple[Precision, ...] = get_args(Precision)

#: ``high`` = an official or primary page; ``medium`` = a news outlet or a site
#: that reproduces an official text; ``low`` = not verified. In this order.
Confidence = Literal["low", "medium", "high"]
CONFIDENCE_LEVELS: tuple[Confidence, ...] = get_args(Confidence)
