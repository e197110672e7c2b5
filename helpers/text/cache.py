"""Work once per article: remember a function's result for as long as the article lives.

An :class:`~helpers.article.Article` is frozen, so whatever is computed from
it (the entity scan, the quotations) never changes. :func:`per_article`
keeps one result per article *object*: keyed by identity with a weak
reference, so it never keeps an article alive, never compares two 1 MiB texts
to find an entry, and never hands one article's results to another. (A
``WeakKeyDictionary`` would hash and compare the whole article on every call;
writing onto the frozen article with ``object.__setattr__`` would hide state
in another module's class.) Results must be immutable or treated as such.

>>> calls = []
>>> @per_article
... def length(article):
...     calls.append(1)
...     return len(article.text)
>>> from helpers import parse_article
>>> art = parse_article(" date 2030-01-02 Hello.")
>>> length(art), length(art), len(calls)
(23, 23, 1)
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar, cast

__all__ = ["per_article"]

A = TypeVar("A")
R = TypeVar("R")


def per_article(func: Callable[[A], R]) -> Callable[[A], R]:
    """Decorate a one-argument function of an article so it runs once per article object.

    Objects that cannot be weakly referenced are computed every time.

    >>> @per_article
    ... def words(article):
    ...     return tuple(article.text.split())
    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 One two.")
    >>> words(art) is words(art)
    True
    """
    results: dict[int, tuple[weakref.ref[A], object]] = {}

    def forget(key: int, ref: weakref.ref[A]) -> None:
        entry = results.get(key)
        if entry is not None and entry[0] is ref:
            del results[key]

    @functools.wraps(func)
    def wrapper(article: A) -> R:
        key = id(article)
        entry = results.get(key)
        if entry is not None and entry[0]() is article:
            return cast(R, entry[1])
        value = func(article)
        try:
            ref: weakref.ref[A] = weakref.ref(article, functools.partial(forget, key))
        except TypeError:
            return value
        results[key] = (ref, value)
        return value

    wrapper.cache_size = lambda: len(results)  # type: ignore[attr-defined]
    return wrapper
