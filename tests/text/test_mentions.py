"""helpers.text.mentions: the records of the entity scan, their kinds closed and their fields plain."""

from __future__ import annotations

import dataclasses

import pytest

from helpers.text.mentions import MENTION_KINDS, Mention, Person


def test_a_mention_and_a_person_are_frozen_records_with_offsets():
    m = Mention("country", "Japan", "Japan", "Japan", 1, 10, 15)
    p = Person("Winston Peters", "Peters", "Foreign Minister", "New Zealand", 1, 0, 14)
    for record in (m, p):
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.start = 0
    assert m.end - m.start == len(m.text) and p.end - p.start == len(p.name)


def test_mention_kinds_are_the_closed_vocabulary():
    assert MENTION_KINDS == ("person", "country", "capital", "institution", "agreement", "ship", "document")
