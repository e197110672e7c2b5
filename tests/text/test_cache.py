"""helpers.text.cache: work done once per article object, never kept alive and never shared between articles."""

from __future__ import annotations

import gc

from helpers import parse_article
from helpers.text.cache import per_article


def test_a_result_is_computed_once_per_article_and_forgotten_with_it():
    calls = []

    @per_article
    def words(article):
        calls.append(article.source)
        return tuple(article.text.split())

    one = parse_article(" date 2025-12-19 One two.", source="one")
    two = parse_article(" date 2025-12-19 One two.", source="two")
    assert words(one) is words(one) and calls == ["one"]
    assert words(two) == words(one) and calls == ["one", "two"], "an equal article is another article"
    assert words.cache_size() == 2
    del one
    gc.collect()
    assert words.cache_size() == 1


def test_what_cannot_be_weakly_referenced_is_computed_every_time():
    calls = []

    @per_article
    def size(text):
        calls.append(text)
        return len(text)

    assert size("abc") == size("abc") == 3 and len(calls) == 2
