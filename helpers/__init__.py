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
from .datasets import (
    SEED_DATE,
    PartialDate,
    distances_from,
    haversine_km,
    load_agreements,
    load_milestones,
    load_people,
    load_places,
    network_as_of,
    parse_partial_date,
)
from .errors import ArticleFormatError, DatasetError
from .exercises import Feedback, check, progress, reset_progress

__all__ = [
    "MAX_BYTES",
    "SEED_DATE",
    "Article",
    "ArticleFormatError",
    "DatasetError",
    "Feedback",
    "Paragraph",
    "PartialDate",
    "Sentence",
    "check",
    "distances_from",
    "haversine_km",
    "load_agreements",
    "load_article",
    "load_milestones",
    "load_people",
    "load_places",
    "load_seeds",
    "network_as_of",
    "parse_article",
    "parse_partial_date",
    "progress",
    "reset_progress",
    "seed_paths",
]
