"""The people a pronoun can point back to: a bare surname counts wherever it stands."""

from __future__ import annotations

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.antecedents import antecedents
from helpers.text.quote_spans import all_raw
from helpers.text.walk import QuoteWalk


def attributor(art):
    """The attribution pass's reader for ``art``, which knows where its quotations are."""
    return QuoteWalk(art, *all_raw(art)).att


def mentions(text: str) -> list[tuple[str, str]]:
    art = parse_article(" date 2030-01-02 " + text)
    found, starts = antecedents(attributor(art))
    assert starts == sorted(starts)
    return [(n.text, n.canonical) for n in found]


def test_a_bare_surname_after_an_opening_phrase_is_the_person():
    got = mentions("Wiremu Parata watched the ships.\n\nAt the quay on Monday, Parata greeted the crews.")
    assert got[-1] == ("Parata", "Wiremu Parata")


def test_a_surname_inside_a_quotation_is_not_a_mention():
    got = mentions('Wiremu Parata watched. "Parata is here," a guard said.')
    assert [t for t, _ in got].count("Parata") == 0


def test_a_shared_surname_goes_to_the_one_named_in_full_most_recently():
    got = mentions("Ana Tui met envoys. Sione Tui spoke later. On Monday, Tui left.")
    assert got[-1] == ("Tui", "Sione Tui")


def test_a_person_named_after_a_title_the_scan_passed_over_is_a_mention():
    got = mentions("Gov. Mele F. Kata (R) said she would sign it. Later, Kata left.")
    assert ("Mele F. Kata", "Mele F. Kata") in got and got[-1] == ("Kata", "Mele F. Kata")


def test_the_pronoun_after_a_titled_name_is_that_person():
    art = parse_article(
        " date 2030-01-02 Captain Sione Tui spoke first.\n\nGov. Mele F. Kata (R) said she expects an appeal."
        ' "I look forward to it," she said.'
    )
    # The reporting clause names her with her title, as an explicit speaker is named ("Rep. Jim Clyburn"),
    # and the pronoun takes the same name: one speaker, one name.
    assert [(q.speaker, q.rule) for q in extract_quotes(art)] == [("Gov. Mele F. Kata", "pronoun")]


def test_a_person_named_by_one_word_is_each_bare_mention_of_it():
    art = parse_article(
        " date 2030-01-02 Tavake also addressed the wharf on Tuesday, stating that the piles were sound."
        ' "I inspected them," he added.\n\n"The wharf will outlive us," Tavake said.'
    )
    found, _ = antecedents(attributor(art))
    assert (found[0].start, found[0].canonical) == (art.text.index("Tavake"), "Tavake")


def test_a_full_name_the_scan_passed_over_after_a_title_or_a_given_name_is_a_person():
    got = mentions("It is argued at every market, with Helen Moana — who wants a new wharf — against it.")
    assert ("Helen Moana", "Helen Moana") in got
    got = mentions("Market Speaker Tomasi Naivalu, R-Suva, despite his doubts, believes Ledua is right.")
    assert ("Tomasi Naivalu", "Tomasi Naivalu") in got


def test_a_name_before_campaign_or_a_role_modifies_the_person_after_it():
    from helpers.text.antecedents import Named, subject_like

    text = "Vea campaign spokesman Ken Tau spoke. Vea consultant Mele Kata agreed."
    assert not subject_like(text, Named(0, 3, "Vea", "Vea"))
    assert not subject_like(text, Named(38, 41, "Vea", "Vea"))
    assert subject_like(text, Named(23, 30, "Ken Tau", "Ken Tau"))
