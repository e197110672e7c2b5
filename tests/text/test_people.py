"""helpers.text.people: a person's name, surname, role and country, read from the words around the name."""

from __future__ import annotations

from helpers.text.entity_scan import scan_entities

from .scanned import ARTICLE, TEXT


def test_people_carry_their_role_and_country():
    people = scan_entities(ARTICLE).people
    assert sorted(people) == ["Gen Nakatani", "Winston Peters"]
    peters, nakatani = people["Winston Peters"], people["Gen Nakatani"]
    assert (peters.surname, peters.role, peters.country) == ("Peters", "Foreign Minister", "")
    assert (nakatani.surname, nakatani.role, nakatani.country) == ("Nakatani", "Defence Minister", "Japan")
    assert TEXT[peters.start : peters.end] == "Winston Peters" and peters.paragraph == 1


def test_each_surname_points_at_its_person():
    scan = scan_entities(ARTICLE)
    assert {s: p.name for s, p in scan.surnames.items()} == {
        "Peters": "Winston Peters",
        "Nakatani": "Gen Nakatani",
    }


def test_an_honorific_before_a_surname_alone_does_not_overrule_a_given_name():
    from helpers import parse_article

    art = parse_article(
        " date 2030-01-02 Finance minister Margaret Tuala visited the market. Her husband, Mr. Tuala,"
        " sold fish there. Minister Sione Kata came too; Mr. Kata and Ms. Kata left early."
    )
    hints = scan_entities(art).pronoun_hint
    assert hints.get("Margaret Tuala") != "he"
    assert not hints.get("Sione Kata")
