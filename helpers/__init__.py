"""Helpers for the Japan–New Zealand security agreements course.

Data goes one way: text → records → tables → charts → notebooks.

* **Articles** (``article``): ``load_seeds()``, ``load_article(path)``,
  ``parse_article(text)`` give an ``Article`` with its date and numbered
  paragraphs; bad input raises ``ArticleFormatError`` (``file:line:column``).
* **Who said what** (``quotes``, ``entities``, ``frames``, ``show``):
  ``extract_quotes``, ``find_people``, ``find_agreements``, ``find_mentions``;
  as tables ``quotes_frame``, ``people_frame``, ``mentions_frame``; and
  ``show_article`` to see every quotation highlighted by speaker.
* **Curated, cited data** (``datasets``): ``load_agreements``,
  ``load_places``, ``load_milestones``, ``load_people``, ``network_as_of``,
  ``distances_from``, ``haversine_km``; a broken file raises ``DatasetError``.
* **Charts** (``charts``): one accessible style; each chart function returns
  its Axes and has a ``describe_*`` text twin.
* **Exercises** (``exercises``): ``check("N.k", answer)`` and ``progress(N)``.

Importing this package changes nothing in your environment: no matplotlib
style or backend, no pandas options, no warnings filters.
"""

from . import mpl_quiet  # noqa: F401  (first: matplotlib's import warnings about $HOME stay out of stderr)
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
from .entities import Agreement, Mention, Person, country_of, find_agreements, find_mentions, find_people
from .errors import ArticleFormatError, DatasetError
from .exercises import Feedback, check, progress, reset_progress
from .frames import mentions_frame, people_frame, quotes_frame
from .quotes import RULES, Quote, extract_quotes, quotes_by_speaker
from .show import ArticleView, show_article

__all__ = [
    "MAX_BYTES",
    "RULES",
    "SEED_DATE",
    "Agreement",
    "Article",
    "ArticleFormatError",
    "ArticleView",
    "DatasetError",
    "Feedback",
    "Mention",
    "Paragraph",
    "PartialDate",
    "Person",
    "Quote",
    "Sentence",
    "acsa_timeline",
    "agreement_matrix",
    "check",
    "country_of",
    "describe_acsa_timeline",
    "describe_agreement_matrix",
    "describe_distances_chart",
    "describe_milestones_timeline",
    "describe_partners_over_time",
    "describe_quotes_per_speaker",
    "describe_ratification_lag",
    "distances_chart",
    "distances_from",
    "extract_quotes",
    "find_agreements",
    "find_mentions",
    "find_people",
    "haversine_km",
    "load_agreements",
    "load_article",
    "load_milestones",
    "load_people",
    "load_places",
    "load_seeds",
    "mentions_frame",
    "milestones_timeline",
    "network_as_of",
    "parse_article",
    "parse_partial_date",
    "partners_over_time",
    "people_frame",
    "progress",
    "quotes_by_speaker",
    "quotes_frame",
    "quotes_per_speaker",
    "ratification_lag",
    "reset_progress",
    "seed_paths",
    "show_article",
]
