"""What a learner reads in the Japanese edition's outputs is Japanese, but for names and quoted sources.

The catalogues can be 100 % translated while a learner still reads English:
a message built in code without ``_()``, a text twin of a chart, a dataset's
claim printed by a cell. This test reads every output of the stored Japanese
notebooks (``notebooks/ja/``, student and instructor) as a learner sees it
and lists each run of four or more English words that is not allowed below.

What may stay in English, and why:

* **quoted sources**: a run found word for word in a text the course quotes
  (the seed article, the fictional practice articles, MOFA's English
  release, the ``quote`` column of ``context.csv``, an agreement's official
  English title) or in a string the notebook's own code holds as data (an
  article pasted into a cell): the course analyses their English wording.
  A run is cut at quotation marks first, so a quoted phrase beside the
  course's own words is judged on its own. The English examples the quote
  rules' meanings give (``helpers.RULES``) count as quoted too;
* **English with its Japanese**: English in parentheses right after Japanese
  (the English term at first use: 発効 (entry into force)), and a quoted
  English phrase followed by its Japanese gloss in （） ('maritime expansion'（海洋進出）);
* **names and codes**: a run made only of names (people, partners, places,
  who said it) and the words of the closed vocabularies the notebooks name as
  code (a rule, a kind, a confidence, a state: ``medium``, ``signed, not in force``);
* **code and data as Python shows them**: a ``DataFrame`` (an HTML table),
  a value's ``repr``, a path or a URL show data, not sentences the course writes;
* :data:`ALLOWED`: each entry a phrase and the reason it stays English.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JA = ROOT / "notebooks" / "ja"
NOTEBOOKS = sorted(JA.glob("*.ipynb")) + sorted((JA / "solutions").glob("*.ipynb"))

#: English phrases a Japanese learner may read, each with its reason.
ALLOWED: dict[str, str] = {
    "Environment Minister, Samoa": "a person's role and country as the fictional article gives them (the summary command)",
    "Opposition leader": "a person's role as the fictional article gives it (the summary command)",
    "day is out of range for month": "Python's own message for an impossible date, which the course's error quotes",
}

_URL = re.compile(r"\S+://\S+|www\.\S+")
_CODE = re.compile(r"`[^`]*`|[\w.-]+:\d+:\d+:?|\b\w+\.\w+ = \S+|\S*/\S*|Name: \w+, dtype: \w+|\b\w+\.(?:csv|md|ipynb|py|txt)\b|\b[a-z_]+\([^)]*\)|\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b")
#: A run of English: four or more Latin words, joined by spaces and the punctuation a sentence uses.
_WORD = r"[A-Za-z][A-Za-z'’\-]*\.?"
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
#: English in parentheses right after Japanese, or a quoted English phrase and its Japanese gloss.
_WITH_JAPANESE = re.compile(rf"(?<=[{_CJK}]) ?[(（][A-Za-z][^()（）{_CJK}]*[)）]|(['\"“‘])[^'\"“”‘’{_CJK}]+['\"”’](?=（[^）]*[{_CJK}])")
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?<![A-Za-z])'|'(?![A-Za-z])")
_RUN = re.compile(rf"{_WORD}(?:[\s,;:()\"“”'‘’–—/&]+{_WORD}){{3,}}")


def _squash(text: str) -> str:
    """Letters and digits only, lower case: a wrapped or re-punctuated quotation still matches."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _string_constants(path: Path) -> list[str]:
    """The string literals of a notebook source that are data (not a ``print`` argument, which is translated)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    printed = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print"
               for arg in node.args}  # fmt: skip
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in printed]


def _csv(name: str) -> list[dict[str, str]]:
    with open(ROOT / "helpers" / "data" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def quoted_sources() -> str:
    """Every English text the course quotes or holds as data, squashed (see :func:`_squash`)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    for folder in ("articles", "sources"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "helpers" / "data" / folder).glob("*.txt"))]
    texts += [row["quote"] for row in _csv("context.csv")]
    texts += [row["official_title"] + " " + row["title"] for row in _csv("agreements.csv")]
    from helpers.i18n import language
    from helpers.text.vocabulary import RULES

    with language("en"):
        texts += list(RULES.values())
    for src in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        texts += _string_constants(src)
    return "\n".join(_squash(_URL.sub(" ", t)) for t in texts)


@cache
def names() -> frozenset[str]:
    """The words of every name in the course's data (people, partners, places, who) and of its vocabularies."""
    from helpers.context import CONTEXT_KINDS
    from helpers.datasets.vocab import AGREEMENT_KINDS, CONFIDENCE_LEVELS, STATES, STATUSES
    from helpers.text.vocabulary import QUOTE_KINDS, RULE_NAMES

    columns = [column for name in ("agreements.csv", "context.csv", "places.csv") for column in _csv(name)[0]]
    vocabulary = " ".join([*CONTEXT_KINDS, *CONFIDENCE_LEVELS, *STATES, *STATUSES, *QUOTE_KINDS, *RULE_NAMES,
                           *AGREEMENT_KINDS, *columns, "state", "reason", "finding"])  # fmt: skip
    words: set[str] = set(re.findall(r"[a-z]+", vocabulary.lower()))
    for name, columns in {"people.csv": ("name", "role", "partner"), "places.csv": ("place", "partner"),
                          "agreements.csv": ("partner",), "context.csv": ("who",)}.items():  # fmt: skip
        for row in _csv(name):
            for column in columns:
                words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", row.get(column) or ""))
    return frozenset(words | {"and", "of", "the", "d", "c", "nz", "us", "uk"})


def learner_texts(path: Path) -> list[tuple[int, str]]:
    """(cell number, text) of each output a learner reads as text: printed text, feedback, errors; not tables."""
    out = []
    for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"], 1):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if output["output_type"] == "stream":
                out.append((number, "".join(output["text"])))
            elif output["output_type"] == "error":
                out.append((number, output.get("evalue", "")))
            elif "text/html" in data and "<table" not in "".join(data["text/html"]):
                out.append((number, "".join(data.get("text/plain", ""))))
    return out


def english_runs(text: str) -> list[str]:
    """The runs of English in ``text`` that no rule above allows.

    >>> english_runs("署名 2025-12-19。Signed in Tokyo by the two ministers.")
    ['Signed in Tokyo by the two ministers.']
    >>> english_runs('引用: "Japan is a crucial partner for New Zealand"')
    []
    >>> english_runs("Washington, D.C. (United States), 10,905 km")
    []
    """
    text = _CODE.sub(" ", _URL.sub(" ", _WITH_JAPANESE.sub(" ", text)))
    pieces = [piece for match in _RUN.finditer(" ".join(text.split())) for piece in _QUOTE_MARK.split(match.group(0))]
    found = []
    for piece in pieces:
        run = piece.strip(" ,;:()\"“”'‘’–—/&")
        words = [w.lower().strip(".'’") for w in re.findall(_WORD, run)]
        if len(words) < 4 or all(w in names() for w in words):
            continue
        if _squash(run) in quoted_sources() or any(phrase in run for phrase in ALLOWED):
            continue
        found.append(run)
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(JA).as_posix())
def test_a_japanese_notebook_shows_no_untranslated_english(path):
    found = [f"{path.relative_to(ROOT)}: cell {n}: {run[:100]!r}" for n, text in learner_texts(path) for run in english_runs(text)]
    assert not found, (
        f"{len(found)} English text(s) in the Japanese edition's outputs: route each through helpers.i18n (_ or N_),"
        " translate it in helpers/locale/ja, then `make notebooks`; a name or a quotation goes in ALLOWED with its reason:\n"
        + "\n".join(found)
    )


def test_the_scan_finds_an_untranslated_sentence_and_passes_a_quotation():
    assert english_runs("Bar chart of quotations per speaker, full and partial stacked.")
    assert english_runs("理由: entered into force during 2015-12: known to be in force only from 2015-12-31")
    assert not english_runs("軍事情報包括保護協定 (General Security of Military Information Agreement)。")
    assert not english_runs("中国の 'hegemonic moves and more of them'（覇権主義的な動き）")
    assert not english_runs("“Japan is a crucial partner for New Zealand,” ピーターズ外相は言いました。")
    assert not english_runs("出典: https://www.mofa.go.jp/press/release/pressite_000001_01940.html")
