"""helpers.text.institutions: government bodies and the documents they issue."""

from __future__ import annotations

from helpers import parse_article
from helpers.text.entity_scan import scan_entities

from .scanned import ARTICLE


def _mentions(article, kind):
    return [m for m in scan_entities(article).mentions if m.kind == kind]


def test_a_ministry_is_an_institution_and_its_statement_a_document():
    (ministry,) = _mentions(ARTICLE, "institution")
    assert ministry.text == ministry.canonical == "Ministry of Foreign Affairs"
    (statement,) = _mentions(ARTICLE, "document")
    assert statement.text == "a statement" and statement.start > ministry.end


def test_a_lower_case_ministry_is_not_an_institution():
    article = parse_article(" date 2025-12-19 Nobody said anything about ministries in general.")
    assert _mentions(article, "institution") == [] and _mentions(article, "document") == []
