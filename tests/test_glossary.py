"""The glossary is alphabetical, has the terms the course relies on, and sources its facts."""

import csv
import itertools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
CONTEXT = ROOT / "helpers" / "data" / "context.csv"
NOTEBOOKS_LINKING_IT = [
    "01-the-article-as-data.py",
    "02-acsa.py",
    "03-information-security.py",
    "04-regional-context.py",
    "05-capstone.py",
]

#: Terms the notebooks and their feedback use.
REQUIRED = [
    "NATO",
    "Legislation for Peace and Security",
    "Great circle",
    "Confidence",
    "Superseded",
    "Unverified",
    "Series",
    "DataFrame",
    "Pending",
    "Diet approval",
    "Primary source",
    "Wire report",
    "Alliance",
    "US–Japan Security Treaty",
    "Channel",
    # the strategic context of notebooks 03-05
    "Five Eyes",
    "Quad",
    "AUKUS",
    "Independent foreign policy",
    "Strategic cooperative partnership",
    "National Security Strategy",
    "GSOMIA",
    "ANZUS",
    "Taiwan Strait",
    "Counterstrike capability",
]


def entries(text: str) -> list[tuple[str, str]]:
    """(term, entry text) for every entry: a line starting with **term** up to the next one."""
    body = text.split("\n## Sources")[0]
    found = []
    for block in re.split(r"\n(?=\*\*)", body):
        match = re.match(r"\*\*(.+?)\*\*", block)
        if match:
            found.append((match.group(1), block))
    return found


def sort_key(term: str) -> str:
    """Alphabetical as a reader expects: case, dashes and punctuation ignored."""
    folded = term.casefold().replace("–", " ").replace("-", " ")
    return re.sub(r"[^a-z0-9 ]", "", folded)


ENTRIES = entries(GLOSSARY.read_text(encoding="utf-8"))


def test_the_glossary_has_entries():
    assert len(ENTRIES) >= 30


def test_entries_are_in_alphabetical_order():
    terms = [term for term, _ in ENTRIES]
    out_of_order = [(a, b) for a, b in itertools.pairwise(terms) if sort_key(a) > sort_key(b)]
    assert not out_of_order, f"glossary entries out of alphabetical order: {out_of_order}"


def test_sort_key_ignores_case_and_dashes():
    assert sort_key("GSOMIA, General") > sort_key("Great circle")
    assert sort_key("US–Japan Security Treaty") > sort_key("Unverified")


@pytest.mark.parametrize("term", REQUIRED)
def test_required_term_is_defined(term):
    names = [name for name, _ in ENTRIES]
    assert any(
        name == term or name.startswith(term + ",") or name.startswith(term + " ") for name in names
    ), f"docs/glossary.md has no entry for {term!r}"


@pytest.mark.parametrize("term,entry", ENTRIES, ids=[t for t, _ in ENTRIES])
def test_an_entry_that_states_a_dated_fact_names_its_source(term, entry):
    if not re.search(r"\b(19|20)\d\d\b", entry):
        return
    sourced = "<http" in entry or "course's table" in entry or "course's data" in entry
    assert sourced, f"glossary entry {term!r} gives a year but no source (a URL, or the course's table)"


def context_ids() -> set[str]:
    """The row ids of helpers/data/context.csv (the first column)."""
    with CONTEXT.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


def cited_rows(entry: str) -> list[str]:
    """The context rows an entry cites: `row `id`` or `rows `a` and `b``."""
    cited = []
    for match in re.finditer(r"\brows?\s+(`[a-z0-9-]+`(?:,?\s+(?:and\s+)?`[a-z0-9-]+`)*)", entry):
        cited += re.findall(r"`([a-z0-9-]+)`", match.group(1))
    return cited


def test_cited_rows_are_found_in_an_entry():
    assert cited_rows("(row `nss-2022`; rows\n  `a-1` and `b-2`)") == ["nss-2022", "a-1", "b-2"]


@pytest.mark.parametrize("term,entry", ENTRIES, ids=[t for t, _ in ENTRIES])
def test_a_cited_context_row_exists(term, entry):
    missing = [row for row in cited_rows(entry) if row not in context_ids()]
    assert not missing, f"glossary entry {term!r} cites context.csv rows that do not exist: {missing}"


def test_every_entry_says_where_it_first_matters():
    missing = [term for term, entry in ENTRIES if not re.search(r"\[0\d\]", entry.split("\n:")[0])]
    assert not missing, f"entries without the [NN] notebook where they first matter: {missing}"


@pytest.mark.parametrize("name", NOTEBOOKS_LINKING_IT)
def test_notebook_links_the_glossary_and_the_datasheet_with_working_relative_links(name):
    source = (ROOT / "notebooks" / "src" / name).read_text(encoding="utf-8")
    assert "](../docs/glossary.md)" in source
    assert "](../helpers/data/SOURCES.md)" in source
    # the links are written for notebooks/NN-*.ipynb, one level below the root
    for target in re.findall(r"\]\((\.\./[^)#]+)\)", source):
        assert (ROOT / "notebooks" / target).resolve().exists(), f"{name}: broken link {target}"
