"""Helpers for the Japan–New Zealand security agreements course.

Data goes one way: text → records → tables → charts → notebooks.

* **Articles** (``article``): ``load_seeds()``, ``load_article(path)``,
  ``parse_article(text)`` give an ``Article`` with its date and numbered
  paragraphs; bad input raises ``ArticleFormatError`` (``file:line:column``).
* **Who said what** (``quotes``, ``entities``, ``frames``, ``show``):
  ``extract_quotes``, ``find_people``, ``find_agreements``, ``find_mentions``;
  as tables ``quotes_frame``, ``people_frame``, ``mentions_frame``; and
  ``show_article`` to see every quotation highlighted by speaker;
  ``article_from_text(text, date=...)`` for an article pasted from a web page.
* **Curated, cited data** (``datasets``): ``load_agreements``,
  ``load_places``, ``load_milestones``, ``load_people``, ``network_as_of``,
  ``distances_from``, ``haversine_km``; a broken file raises ``DatasetError``.
* **Strategic context** (``context``): ``load_context`` (sourced claims
  about the world around the agreements), ``what_happened_next``,
  ``still_pending`` and ``DATA_AS_OF``, the day the data was last checked.
* **Charts** (``charts``): one accessible style; each chart function returns
  its Axes and has a ``describe_*`` text twin; every one takes ``title=``.
* **The partner map** (``maps``): ``partner_map(as_of=...)``, Japan's partners
  on a date, centred on the Indo-Pacific (cartopy, coastlines shipped), with
  ``describe_partner_map`` and the table behind it, ``partners_on``.
* **Exercises** (``exercises``): ``check("N.k", answer)`` and ``progress(N)``
  (``progress()`` for the whole course); ``start("NN")`` in a setup cell turns
  common slips into plain feedback (``slips``); ``start_over("NN")`` gives a
  fresh copy of a notebook in a learner's workspace (``workspace``).

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
from .context import DATA_AS_OF, load_context, still_pending, what_happened_next
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
from .maps import describe_partner_map, partner_map, partners_on
from .quotes import RULES, Quote, extract_quotes, quotes_by_speaker
from .show import ArticleView, show_article
from .slips import start
from .text.intake import IntakeWarning, article_from_text  # pasted articles (issue 12)
from .workspace import start_over

__all__ = [
    "DATA_AS_OF",
    "MAX_BYTES",
    "RULES",
    "SEED_DATE",
    "Agreement",
    "Article",
    "ArticleFormatError",
    "ArticleView",
    "DatasetError",
    "Feedback",
    "IntakeWarning",
    "Mention",
    "Paragraph",
    "PartialDate",
    "Person",
    "Quote",
    "Sentence",
    "acsa_timeline",
    "agreement_matrix",
    "article_from_text",
    "check",
    "country_of",
    "describe_acsa_timeline",
    "describe_agreement_matrix",
    "describe_distances_chart",
    "describe_milestones_timeline",
    "describe_partner_map",
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
    "load_context",
    "load_milestones",
    "load_people",
    "load_places",
    "load_seeds",
    "mentions_frame",
    "milestones_timeline",
    "network_as_of",
    "parse_article",
    "parse_partial_date",
    "partner_map",
    "partners_on",
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
    "start",
    "start_over",
    "still_pending",
    "what_happened_next",
]
