"""helpers.text.given_names: a hint for "she" or "he" from a common given name, and none when unsure."""

from __future__ import annotations

import pytest

from helpers.text.given_names import FEMALE, MALE, pronoun_of


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("Mary Smith", "she"), ("Ms. Sarah Lee", "she"), ("John Key", "he"), ("Rep. Mike Pence", "he"),
     ("Chris", ""), ("Tala Ioane", ""), ("", "")],
)  # fmt: skip
def test_a_common_given_name_hints_its_pronoun_and_others_give_none(name, pronoun):
    assert pronoun_of(name) == pronoun


def test_a_name_given_to_both_gives_no_hint():
    both = FEMALE & MALE
    for first in sorted(both)[:5]:
        assert pronoun_of(f"{first.title()} Smith") == ""
    assert "mary" in FEMALE and "john" in MALE
