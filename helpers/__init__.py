"""Helpers for the Japan–New Zealand security agreements course.

Read an article as data (``load_seeds``, ``parse_article``), and more as the
course grows. Importing this package changes nothing in your environment: no
matplotlib style, no pandas options, no warnings filters.
"""

from .article import (
    MAX_BYTES,
    Article,
    Paragraph,
    Sentence,
    load_article,
    load_seeds,
    parse_article,
    seed_paths,
)
from .errors import ArticleFormatError, DatasetError
from .exercises import Feedback, check, progress, reset_progress

__all__ = [
    "MAX_BYTES",
    "Article",
    "ArticleFormatError",
    "DatasetError",
    "Feedback",
    "Paragraph",
    "Sentence",
    "check",
    "load_article",
    "load_seeds",
    "parse_article",
    "progress",
    "reset_progress",
    "seed_paths",
]
