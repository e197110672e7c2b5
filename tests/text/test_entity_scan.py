"""helpers.text.entity_scan: one pass over an article finds every kind of mention, in text order, once."""

from __future__ import annotations

from helpers import parse_article
from helpers.text.entity_scan import scan_entities
from helpers.text.vocabulary import MENTION_KINDS

from .scanned import ARTICLE, TEXT


def test_every_kind_of_mention_is_found_with_its_exact_span():
    scan = scan_entities(ARTICLE)
    kinds = [(m.kind, m.text) for m in scan.mentions]
    assert kinds == [
        ("person", "Winston Peters"), ("country", "Japan"), ("person", "Gen Nakatani"), ("capital", "Tokyo"),
        ("person", "Peters"), ("institution", "Ministry of Foreign Affairs"), ("document", "a statement"),
        ("agreement", "Reciprocal Access Agreement"), ("ship", "HMNZS Aotearoa"),
    ]  # fmt: skip
    assert {m.kind for m in scan.mentions} == set(MENTION_KINDS)
    assert all(TEXT[m.start : m.end] == m.text for m in scan.mentions)


def test_a_surname_alone_is_the_person_named_before():
    scan = scan_entities(ARTICLE)
    later = [m for m in scan.mentions if m.text == "Peters"]
    assert [m.canonical for m in later] == ["Winston Peters"]


def test_the_scan_runs_once_per_article():
    assert scan_entities(ARTICLE) is scan_entities(ARTICLE)
    assert scan_entities(parse_article(TEXT)) is not scan_entities(ARTICLE), "another article object, another scan"
