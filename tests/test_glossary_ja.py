"""The glossary's Japanese agrees with terms.csv, the one list of the course's Japanese terms."""

from __future__ import annotations

import doctest

import pytest

from coursekit.build import glossary_ja


def test_the_module_passes_its_doctests():
    result = doctest.testmod(glossary_ja, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_the_japanese_terms_table_is_generated_from_terms_csv():
    assert not glossary_ja.update(write=False), (
        "docs/glossary.md's Japanese terms table differs from notebooks/locale/ja/terms.csv: "
        "run python -m coursekit glossary-ja"
    )


def test_a_changed_term_makes_the_table_out_of_step(tmp_path):
    terms = tmp_path / "terms.csv"
    text = glossary_ja.TERMS.read_text(encoding="utf-8")
    terms.write_text(text.replace(",物品役務相互提供協定,", ",物品役務提供協定,", 1), encoding="utf-8")
    glossary = tmp_path / "glossary.md"
    glossary.write_text(glossary_ja.GLOSSARY.read_text(encoding="utf-8"), encoding="utf-8")
    assert glossary_ja.update(glossary, terms, write=True)
    assert "| 物品役務提供協定 |" in glossary.read_text(encoding="utf-8")
    assert not glossary_ja.update(glossary, terms, write=False)


ENTRIES = glossary_ja.entry_terms(glossary_ja.GLOSSARY.read_text(encoding="utf-8"))
TERMS = glossary_ja.read_terms()


@pytest.mark.parametrize(
    ("term", "heading"),
    [e for e in ENTRIES if glossary_ja.head_japanese(e[1])],
    ids=[e[0] for e in ENTRIES if glossary_ja.head_japanese(e[1])],
)
def test_the_japanese_an_entry_gives_is_its_terms_csv_japanese(term, heading):
    english = glossary_ja.matches(term, TERMS)
    assert english, f"glossary entry {term!r} gives Japanese but terms.csv has no row for it: add one"
    assert glossary_ja.head_japanese(heading)[0] == TERMS[english], (
        f"docs/glossary.md: {term!r} says {glossary_ja.head_japanese(heading)[0]}, terms.csv says {TERMS[english]}"
    )


def test_a_glossary_heading_that_disagrees_with_terms_csv_is_found():
    heading = dict(ENTRIES)["Diet approval"]
    assert glossary_ja.head_japanese(heading.replace("国会承認", "国会の承認"))[0] != TERMS["Diet approval"]
