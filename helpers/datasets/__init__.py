"""The course's curated tables, checked against their datasheet every time they load.

Four CSV files live in ``helpers/data/`` (their datasheet is ``SOURCES.md``
beside them): Japan's security agreements, the places used on a map, the
Japan–New Zealand milestones and the people in the seed article. Each
``load_*`` function reads one file, checks every cell and returns a
:class:`pandas.DataFrame` with proper dtypes. A file that breaks its datasheet
raises :class:`~helpers.errors.DatasetError`, whose message reads
``file:row:column: what is wrong — what to do`` (the header is row 1).
A file is checked once for each content it has; every call returns a fresh
copy, which the caller may change freely (:mod:`helpers.datasets.cache`).

Dates may be partial: ``"2019-07"`` or ``"2017"`` when the day or month is not
verified. They are kept as written and, beside them, as a period: ``*_start``
(first day), ``*_end`` (last day) and ``*_precision`` (``day``, ``month`` or
``year``). Nothing here ever guesses a day.

The vocabularies, and what each is for (each a ``Literal`` type and a tuple):

* :data:`AGREEMENT_KINDS` (type ``AgreementKind``): what an instrument is,
  the ``kind`` column of agreements.csv: ACSA, ISA or RAA.
  Not to be confused with ``helpers.exercises.ANSWER_KINDS`` (the type of
  answer an exercise expects), ``helpers.entities.MENTION_KINDS`` or
  ``helpers.context.CONTEXT_KINDS``.
* :data:`STATUSES` (type ``Status``): the ``status`` column of
  agreements.csv, *written in the file*, true on the seed's date
  (:data:`SEED_DATE`); the loader checks it against the dates.
* :data:`STATES` (type ``State``): the ``state`` column that
  :func:`network_as_of` *computes* for any day; never stored.
  ``helpers.exercises.attempts.STATUSES`` is something else again: the outcome of a
  learner's attempt at an exercise.
* :data:`PRECISIONS` (``Precision``): how much of a date is known.
* :data:`CONFIDENCE_LEVELS` (``Confidence``): how well a row is sourced, from
  ``low`` to ``high``.

The modules: ``vocab`` (these vocabularies), ``dates`` (and the seed's
date), ``cells`` (the checker of each kind of column), ``tables`` (rows and
typed frames), ``cache`` (and the data folder), and one loader per file:
``agreements``, ``network`` (agreements on any day), ``places`` (with
distances), ``milestones``, ``people``. The strategic context (context.csv) is :mod:`helpers.context`.

>>> bool(load_agreements()["kind"].isin(AGREEMENT_KINDS).all())
True
"""

from __future__ import annotations

from .agreements import load_agreements
from .cache import DATA_DIR
from .dates import SEED_DATE, DayLike, PartialDate, as_timestamp, parse_partial_date
from .milestones import load_milestones
from .network import network_as_of
from .people import load_people
from .places import EARTH_RADIUS_KM, distances_from, haversine_km, load_places
from .vocab import (
    AGREEMENT_KINDS,
    CONFIDENCE_LEVELS,
    PRECISIONS,
    STATES,
    STATUSES,
    AgreementKind,
    Confidence,
    Precision,
    State,
    Status,
)

__all__ = [
    "AGREEMENT_KINDS",
    "CONFIDENCE_LEVELS",
    "DATA_DIR",
    "EARTH_RADIUS_KM",
    "PRECISIONS",
    "SEED_DATE",
    "STATES",
    "STATUSES",
    "AgreementKind",
    "Confidence",
    "DayLike",
    "PartialDate",
    "Precision",
    "State",
    "Status",
    "as_timestamp",
    "distances_from",
    "haversine_km",
    "load_agreements",
    "load_milestones",
    "load_people",
    "load_places",
    "network_as_of",
    "parse_partial_date",
]
