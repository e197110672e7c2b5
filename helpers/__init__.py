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
* **The partner map** (``charts.maps``): ``partner_map(as_of=...)``, Japan's partners
  on a date, centred on the Indo-Pacific (cartopy, coastlines shipped), with
  ``describe_partner_map`` and the table behind it, ``partners_on``.
* **Exercises** (``exercises``): ``check("N.k", answer)`` and ``progress(N)``
  (``progress()`` for the whole course); ``start("NN")`` in a setup cell turns
  common slips into plain feedback (``slips``); ``start_over("NN")`` gives a
  fresh copy of a notebook in a learner's workspace (``workspace``);
  ``hand_in()`` hands the saved notebooks in to the teacher (``handin``).

Importing this package changes nothing in your environment: no matplotlib
style or backend, no pandas options, no warnings filters.
"""

import importlib

# Each public name is imported from its module the first time it is used, so
# ``import helpers`` and ``python -m helpers quotes`` load only what they need
# (no pandas or matplotlib for the command line). ``from helpers import X``
# and ``helpers.X`` work as before.
_LAZY = {
    "Article": "article",
    "MAX_BYTES": "article",
    "Paragraph": "article",
    "Sentence": "article",
    "load_article": "article",
    "load_seeds": "article",
    "parse_article": "article",
    "seed_paths": "article",
    "acsa_timeline": "charts",
    "agreement_matrix": "charts",
    "describe_acsa_timeline": "charts",
    "describe_agreement_matrix": "charts",
    "describe_distances_chart": "charts",
    "describe_milestones_timeline": "charts",
    "describe_partners_over_time": "charts",
    "describe_quotes_per_speaker": "charts",
    "describe_ratification_lag": "charts",
    "distances_chart": "charts",
    "milestones_timeline": "charts",
    "partners_over_time": "charts",
    "quotes_per_speaker": "charts",
    "ratification_lag": "charts",
    "DATA_AS_OF": "context",
    "load_context": "context",
    "still_pending": "context",
    "what_happened_next": "context",
    "PartialDate": "datasets",
    "SEED_DATE": "datasets",
    "distances_from": "datasets",
    "haversine_km": "datasets",
    "load_agreements": "datasets",
    "load_milestones": "datasets",
    "load_people": "datasets",
    "load_places": "datasets",
    "network_as_of": "datasets",
    "parse_partial_date": "datasets",
    "Agreement": "entities",
    "Mention": "entities",
    "Person": "entities",
    "country_of": "entities",
    "find_agreements": "entities",
    "find_mentions": "entities",
    "find_people": "entities",
    "ArticleFormatError": "errors",
    "DatasetError": "errors",
    "Feedback": "exercises",
    "check": "exercises",
    "progress": "exercises",
    "reset_progress": "exercises",
    "mentions_frame": "frames",
    "people_frame": "frames",
    "quotes_frame": "frames",
    "describe_partner_map": "charts.maps",
    "partner_map": "charts.maps",
    "partners_on": "charts.maps",
    "Quote": "quotes",
    "RULES": "quotes",
    "extract_quotes": "quotes",
    "quotes_by_speaker": "quotes",
    "ArticleView": "show",
    "show_article": "show",
    "start": "slips",
    "IntakeWarning": "intake",
    "article_from_text": "intake",
    "start_over": "workspace",
    "hand_in": "handin",
}

#: Modules that draw or display: matplotlib is imported quietly first (see ``mpl_quiet``).
_DRAWING = frozenset(
    {"charts", "charts.maps", "show", "slips", "frames", "datasets", "context", "exercises", "workspace"}
)


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    if module in _DRAWING:
        importlib.import_module(".mpl_quiet", __name__)
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "hand_in",
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
