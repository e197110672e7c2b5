"""People, places, agreements, ships and documents; and the promise that no seed name is in the rules."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from helpers import load_article, load_seeds, parse_article
from helpers.entities import (
    COUNTRIES,
    MENTION_KINDS,
    Agreement,
    MentionKind,
    Person,
    country_of,
    find_agreements,
    find_mentions,
    find_people,
)
from helpers.frames import MENTION_COLUMNS, PEOPLE_COLUMNS, mentions_frame, people_frame

HEADER = " date 2030-01-02 "
HELPERS = Path(__file__).resolve().parent.parent / "helpers"


def people(body: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.role, p.country) for p in find_people(parse_article(HEADER + body))]


def mentions(body: str, kind: str | None = None) -> list[tuple[str, str, str]]:
    found = find_mentions(parse_article(HEADER + body))
    return [(m.kind, m.text, m.canonical) for m in found if kind is None or m.kind == kind]


# --------------------------------------------------------------------------
# The seed


def test_seed_people():
    assert find_people(load_seeds()[0]) == (
        Person("Toshimitsu Motegi", "Motegi", "Foreign Minister", "Japan", 2, 255, 272),
        Person("Judith Collins", "Collins", "Defense Minister", "New Zealand", 2, 306, 320),
        Person("Winston Peters", "Peters", "Foreign Minister", "New Zealand", 7, 1794, 1808),
    )


def test_seed_agreements_expand_the_abbreviation():
    assert find_agreements(load_seeds()[0]) == (
        Agreement("Acquisition and Cross-Servicing Agreement", "ACSA", 2, 2),
        Agreement("Information Security Agreement", "", 2, 2),
    )


def test_seed_mentions_by_kind():
    found = find_mentions(load_seeds()[0])
    counts: dict[str, int] = {}
    for m in found:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    assert counts == {
        "country": 13,
        "capital": 2,
        "person": 6,
        "agreement": 4,
        "document": 3,
        "institution": 2,
        "ship": 1,
    }
    ship = next(m for m in found if m.kind == "ship")
    assert (ship.text, ship.country, ship.paragraph) == ("HMNZS Aotearoa", "New Zealand", 4)
    acsa = next(m for m in found if m.text == "ACSA")
    assert (acsa.canonical, acsa.paragraph) == ("Acquisition and Cross-Servicing Agreement", 3)
    docs = [(m.text, m.canonical) for m in found if m.kind == "document"]
    assert docs == [
        ("a statement from Japan's Foreign Ministry", "Japan's Foreign Ministry"),
        ("a statement from the New Zealand government", "New Zealand government"),
        ("the statement", ""),
    ]


def test_mentions_are_exact_spans_of_known_kinds():
    art = load_seeds()[0]
    for m in find_mentions(art):
        assert art.text[m.start : m.end] == m.text
        assert m.kind in MENTION_KINDS


def test_the_mention_kinds_are_the_literal_type_and_every_kind_is_found():
    from golden import ARTICLES

    assert get_args(MentionKind) == MENTION_KINDS
    found = {m.kind for path in ARTICLES.glob("fict-*.txt") for m in find_mentions(load_article(path))}
    assert found == set(MENTION_KINDS)


# --------------------------------------------------------------------------
# How people are introduced


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Fijian Foreign Minister Sam Tui spoke.", ("Sam Tui", "Foreign Minister", "Fiji")),
        ("Fiji's foreign minister Sam Tui spoke.", ("Sam Tui", "foreign minister", "Fiji")),
        ("Sam Tui, Fiji's foreign minister, spoke.", ("Sam Tui", "foreign minister", "Fiji")),
        ("Fiji's foreign minister, Sam Tui, said no.", ("Sam Tui", "foreign minister", "Fiji")),
        ("Prime Minister Sam Tui spoke.", ("Sam Tui", "Prime Minister", "")),
        ('"No," said Sam Tui.', ("Sam Tui", "", "")),
        ("Sam Tui told reporters no.", ("Sam Tui", "", "")),
        ("Dr Sam Tui, a marine biologist at the university, spoke.", ("Sam Tui", "marine biologist", "")),
        ("Fijian Meteorology Director Sam Tui spoke.", ("Sam Tui", "Meteorology Director", "Fiji")),
        (
            "Britain's Minister of Defence Sam Tui spoke.",
            ("Sam Tui", "Minister of Defence", "United Kingdom"),
        ),
        ("Fiji's ambassador to Japan, Sam Tui, spoke.", ("Sam Tui", "ambassador to Japan", "Fiji")),
        ('"No," said Tran Van An.', ("Tran Van An", "", "")),
        ("Agency Director Anna van der Berg spoke.", ("Anna van der Berg", "Director", "")),
    ],
)
def test_people_are_introduced_by_titles_appositions_verbs_and_honorifics(body, expected):
    assert people(body) == [expected]


def test_a_capitalised_word_alone_is_not_a_person():
    assert people("Officials said the Pacific Ocean was calm on Monday in Suva.") == []
    assert people("During the talks, Japan and Chile agreed.") == []


def test_surname_and_full_name_link_to_the_same_person():
    body = "Fijian Foreign Minister Sam Tui arrived.\n\nTui spoke. Later Sam Tui left."
    got = mentions(body, "person")
    assert got == [
        ("person", "Sam Tui", "Sam Tui"),
        ("person", "Tui", "Sam Tui"),
        ("person", "Sam Tui", "Sam Tui"),
    ]


# --------------------------------------------------------------------------
# Places, institutions, agreements, ships, documents


def test_countries_demonyms_and_capitals():
    got = mentions("Chilean and US officials met in Canberra; Japan's envoy stayed in Wellington.")
    assert got == [
        ("country", "Chilean", "Chile"),
        ("country", "US", "United States"),
        ("capital", "Canberra", "Canberra"),
        ("country", "Japan", "Japan"),  # the possessive 's is not part of the name
        ("capital", "Wellington", "Wellington"),
    ]


def test_country_of():
    assert country_of("Tokyo") == "Japan"
    assert country_of("New Zealand") == "New Zealand"
    assert country_of("Samoan") == "Samoa"
    assert country_of("Gondor") == ""
    assert all("capitals" in entry for entry in COUNTRIES.values())


def test_institutions_and_definite_references():
    body = "Chile's Foreign Ministry and the Fijian government met. Later the ministry spoke."
    got = mentions(body, "institution")
    assert got == [
        ("institution", "Chile's Foreign Ministry", "Chile's Foreign Ministry"),
        ("institution", "Fijian government", "Fijian government"),
        ("institution", "the ministry", "Chile's Foreign Ministry"),
    ]


def test_institution_with_of_phrase():
    got = mentions("Tonga's Ministry of Foreign Affairs and Trade agreed.", "institution")
    assert got == [
        (
            "institution",
            "Tonga's Ministry of Foreign Affairs and Trade",
            "Tonga's Ministry of Foreign Affairs and Trade",
        )
    ]


def test_agreements_abbreviations_and_links():
    body = (
        "They signed the Reciprocal Access Agreement (RAA) and the Reef Data Treaty.\n\n"
        "The RAA starts in May. The Reef Data Treaty starts later. This agreement is not linked."
    )
    art = parse_article(HEADER + body)
    assert find_agreements(art) == (
        Agreement("Reciprocal Access Agreement", "RAA", 1, 2),
        Agreement("Reef Data Treaty", "", 1, 2),
    )
    assert [m.text for m in find_mentions(art) if m.kind == "agreement"] == [
        "Reciprocal Access Agreement",
        "Reef Data Treaty",
        "RAA",
        "Reef Data Treaty",
    ]


def test_leading_words_are_not_part_of_an_agreement_name():
    assert [
        a.name for a in find_agreements(parse_article(HEADER + "During the Reef Data Treaty talks, no."))
    ] == ["Reef Data Treaty"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("HMNZS Te Mana", "New Zealand"),
        ("HMAS Wirra", "Australia"),
        ("USS Blue Ridge", "United States"),
        ("JS Kaga", "Japan"),
    ],
)
def test_ships(text, country):
    found = [m for m in find_mentions(parse_article(HEADER + f"The {text} sailed.")) if m.kind == "ship"]
    assert [(m.text, m.country) for m in found] == [(text, country)]
    assert people(f"The {text} sailed.") == []


def test_documents_and_their_issuers():
    got = mentions(
        "It came in a joint statement from Tonga's Foreign Ministry, and the statement was short.", "document"
    )
    assert got == [
        ("document", "a joint statement from Tonga's Foreign Ministry", "Tonga's Foreign Ministry"),
        ("document", "the statement", ""),
    ]


# --------------------------------------------------------------------------
# Tables


def test_people_frame(tmp_path):
    df = people_frame(load_seeds()[0])
    assert tuple(df.columns) == PEOPLE_COLUMNS
    assert df.set_index("name")[["mentions", "quotes", "words_quoted"]].to_dict("index") == {
        "Toshimitsu Motegi": {"mentions": 2, "quotes": 0, "words_quoted": 0},
        "Judith Collins": {"mentions": 3, "quotes": 2, "words_quoted": 45},
        "Winston Peters": {"mentions": 1, "quotes": 1, "words_quoted": 37},
    }


def test_mentions_frame():
    df = mentions_frame(load_seeds()[0])
    assert tuple(df.columns) == MENTION_COLUMNS
    assert len(df) == 31
    assert df[df.kind == "capital"].text.tolist() == ["Tokyo", "Tokyo"]


# --------------------------------------------------------------------------
# No names from the seed in the rules

SEED_WORDS = (
    "Toshimitsu", "Motegi", "Judith", "Collins", "Winston", "Peters", "Aotearoa", "ACSA",
    "Acquisition", "Cross-Servicing", "Information Security", "Indo-Pacific region",
)  # fmt: skip


def _rule_strings(path: Path) -> list[str]:
    """Every string literal and name in a module, leaving out docstrings (examples, not rules)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            found.append(node.value)
        elif isinstance(node, ast.Name):
            found.append(node.id)
    return found


@pytest.mark.parametrize(
    "module",
    ["entities.py", "quotes.py", "frames.py", "show.py", "__main__.py"]
    + [f"{pkg}/{p.name}" for pkg in ("text", "lexicon") for p in sorted((HELPERS / pkg).glob("*.py"))],
)
def test_no_seed_names_in_the_rules(module):
    strings = _rule_strings(HELPERS / module)
    assert strings, "the module should have some strings"
    for s in strings:
        for word in SEED_WORDS:
            assert word.lower() not in s.lower(), f"{module}: {word!r} appears in {s[:80]!r}"


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent / "articles").glob("*.txt")))
def test_the_place_table_holds_exactly_what_place_at_finds_at_every_word(name):
    """The scans read ``place_hits`` instead of asking ``place_at`` at each word: same answers."""
    from helpers.text import place_at, place_hits, tokenize

    text = (Path(__file__).parent / "articles" / name).read_text(encoding="utf-8")
    toks = tokenize(text)
    expected = {i: hit for i in range(len(toks)) if (hit := place_at(toks, i, text)) is not None}
    assert place_hits(toks, text) == expected
