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
from .charts import (
    acsa_timeline,
    agreement_matrix,
    describe_acsa_timeline,
    describe_agreement_matrix,
    describe_distances_chart,
    describe_milestones_timeline,
    describe_partners_over_time,
    describe_quotes_per_speaker,
    describe_ratification_lag,
    distances_chart,
    milestones_timeline,
    partners_over_time,
    quotes_per_speaker,
    ratification_lag,
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
    "acsa_timeline",
    "agreement_matrix",
    "check",
    "describe_acsa_timeline",
    "describe_agreement_matrix",
    "describe_distances_chart",
    "describe_milestones_timeline",
    "describe_partners_over_time",
    "describe_quotes_per_speaker",
    "describe_ratification_lag",
    "distances_chart",
    "distances_from",
    "haversine_km",
    "load_agreements",
    "load_article",
    "load_milestones",
    "load_people",
    "load_places",
    "load_seeds",
    "milestones_timeline",
    "network_as_of",
    "parse_article",
    "parse_partial_date",
    "partners_over_time",
    "progress",
    "quotes_per_speaker",
    "ratification_lag",
    "reset_progress",
    "seed_paths",
]
