"""Speakers named without a reporting verb: a dash, a label, a name beside any verb."""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes

HEADER = " date 2030-01-02 Tonga's Foreign Minister Ana Vea met Fiji's Defence Minister Sione Tui.\n\n"


def who(body: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.rule) for q in extract_quotes(parse_article(HEADER + body))]


@pytest.mark.parametrize(
    "body",
    [
        'Vea: "We will not sign."',
        '"We will not sign," Vea snapped.',
        '"We will not sign," snapped Vea.',
        '"We will not sign." ― Ana Vea',
    ],
)
def test_the_name_is_the_speaker(body):
    assert who(body) == [("Ana Vea", "explicit")]


@pytest.mark.parametrize(
    "body",
    [
        'The plan: "no new boats".',  # a label that names no one
        '"We will not sign." The Ministry agreed.',  # a full stop: a new sentence, not an attribution
    ],
)
def test_no_name_no_explicit_attribution(body):
    assert all(rule != "explicit" for _, rule in who(body))
