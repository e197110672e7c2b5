"""The Japanese edition stays in step with the English one: catalogues current, translations whole and sound.

STRICT lists the catalogues that are fully translated: for those a message
with no translation, a fuzzy one (its English changed since it was
translated) or an obsolete one fails. For the others the coverage is
reported (``-rP`` shows it), and every translation that exists must keep
the English's markup, code and placeholders.
"""

from __future__ import annotations

import re

import polib
import pytest

from coursekit.build import i18n_helpers, i18n_notebooks
from coursekit.build import notebooks as build_notebooks
from helpers import check
from helpers.i18n import language, read_po

#: Fully translated catalogues (a notebook's stem, or "nbNN" / "helpers" for helpers/locale):
#: a translator adds a catalogue here once it is complete.
STRICT = {
    "00-start-here", "nb00", "helpers", "charts", "data",
    "01-the-article-as-data", "nb01", "02-acsa", "nb02", "03-information-security", "nb03",
    "04-regional-context", "nb04", "05-capstone", "nb05",
}

SOURCES = build_notebooks.sources()
NOTEBOOK_PO = {src.stem: i18n_notebooks.catalogue_path(src) for src in SOURCES}
HELPERS_PO = {p.stem: p for p in sorted((i18n_helpers.CATALOGUES / "ja" / "LC_MESSAGES").glob("*.po"))}
ALL_PO = {**NOTEBOOK_PO, **HELPERS_PO}


def _entries(name):
    return [e for e in polib.pofile(str(ALL_PO[name]))]


def test_every_notebook_has_a_catalogue_that_is_up_to_date():
    problems = [p for src in SOURCES for p in i18n_notebooks.stale(src) if ".po is out of date" in p]
    assert not problems, "\n".join(problems) + "\nrun `make notebooks` (or python -m coursekit i18n update)"


def test_the_helpers_catalogues_are_up_to_date():
    changed = i18n_helpers.update(write=False)
    assert not changed, f"{[str(p) for p in changed]} out of date: run python -m coursekit i18n-helpers update"


def test_the_stored_japanese_notebooks_match_their_sources_and_catalogues():
    problems = [p for src in SOURCES for p in i18n_notebooks.stale(src) if ".ipynb" in p]
    assert not problems, "\n".join(problems) + "\nrun `make notebooks`"


@pytest.mark.parametrize("name", sorted(ALL_PO))
def test_coverage(name):
    entries = _entries(name)
    live = [e for e in entries if not e.obsolete]
    done = [e for e in live if e.msgstr and not e.fuzzy]
    fuzzy = [e for e in live if e.fuzzy]
    missing = [e for e in live if not e.msgstr]
    gone = [e for e in entries if e.obsolete]
    print(f"{name}: {len(done)}/{len(live)} translated, {len(fuzzy)} fuzzy, {len(missing)} untranslated, {len(gone)} obsolete")
    if name in STRICT:
        where = ALL_PO[name]
        bad = [f"{where}: untranslated: {e.msgid[:70]!r}" for e in missing]
        bad += [f"{where}: fuzzy (its English changed; review, then remove the mark): {e.msgid[:70]!r}" for e in fuzzy]
        bad += [f"{where}: obsolete (its English is gone; delete it): {e.msgid[:70]!r}" for e in gone]
        assert not bad, "\n".join(bad)


_CODE = re.compile(r"`[^`\n]+`")
_LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)")
_PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")
#: A line break between two Japanese characters, not before a list item, a table row, a heading or a quote.
_SOFT_BREAK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]\n(?![ \t]*([-*] |\d+\. |[|#>]))[ \t]*[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _shape(text: str) -> list[str]:
    """The markdown skeleton of a block: heading marks, list bullets, quote marks, table rows."""
    marks = []
    for line in text.split("\n"):
        m = re.match(r"^(#{1,6} |\s*[-*] |\s*\d+\. |> ?|\|)", line)
        mark = re.sub(r"\d+", "N", m.group(1)).strip() if m else ""
        if mark and not (mark == ">" and marks[-1:] == [">"]):  # a quotation is one block, however many lines
            marks.append(mark)
    return marks


def _problems(name: str) -> list[str]:
    where = ALL_PO[name].relative_to(i18n_notebooks.ROOT) if ALL_PO[name].is_relative_to(i18n_notebooks.ROOT) else ALL_PO[name]
    out = []
    for e in _entries(name):
        if not e.msgstr or e.obsolete:
            continue
        line = e.occurrences[0][1] if e.occurrences else "?"
        said = f"{where}: {e.occurrences[0][0] if e.occurrences else ''}:{line}"
        missing_code = [c for c in _CODE.findall(e.msgid) if c not in e.msgstr]
        if missing_code:
            out.append(f"{said}: code changed or dropped in the translation: {missing_code} — copy it as it is")
        if sorted(_LINK_TARGET.findall(e.msgid)) != sorted(_LINK_TARGET.findall(e.msgstr)):
            out.append(f"{said}: link targets differ from the English — keep every (target) as it is")
        if name in NOTEBOOK_PO and _shape(e.msgid) != _shape(e.msgstr):
            out.append(f"{said}: markdown structure differs (headings, list items, table rows) — keep the English's")
        if name in NOTEBOOK_PO and _SOFT_BREAK.search(e.msgstr):
            out.append(f"{said}: a line break inside Japanese text shows as a space — write each paragraph "
                       "or list item on one line")
        if sorted(_PLACEHOLDER.findall(e.msgid)) != sorted(_PLACEHOLDER.findall(e.msgstr)):
            out.append(f"{said}: placeholders differ: {_PLACEHOLDER.findall(e.msgid)} — keep each {{name}} exactly")
    return out


@pytest.mark.parametrize("name", sorted(ALL_PO))
def test_translations_keep_code_links_structure_and_placeholders(name):
    problems = _problems(name)
    assert not problems, "\n".join(problems)


def test_the_markup_check_catches_a_dropped_code_span(tmp_path, monkeypatch):
    po = i18n_notebooks.new_catalogue("ja")
    po.append(polib.POEntry(msgid="Run `len(x)` now.", msgstr="今すぐ実行します。", occurrences=[("x.py", "1")]))
    po.append(polib.POEntry(msgid="## A heading", msgstr="見出し", occurrences=[("x.py", "2")]))
    po.append(polib.POEntry(msgid="One\nparagraph.", msgstr="一つの\n段落です。", occurrences=[("x.py", "3")]))
    path = tmp_path / "99-x.po"
    path.write_text(po.__unicode__(), encoding="utf-8")
    monkeypatch.setitem(ALL_PO, "99-x", path)
    monkeypatch.setitem(NOTEBOOK_PO, "99-x", path)
    problems = _problems("99-x")
    assert any("code changed" in p for p in problems) and any("structure differs" in p for p in problems)
    assert any("line break inside Japanese" in p for p in problems)


def test_a_changed_english_text_makes_its_translation_fuzzy_not_silent(tmp_path):
    old = i18n_notebooks.new_catalogue("ja")
    old.append(polib.POEntry(msgid="The ACSA was signed on 19 December 2025.", msgstr="ACSAは2025年12月19日に署名されました。"))
    old.append(polib.POEntry(msgid="A sentence that was removed entirely.", msgstr="削除された文です。"))
    pot = i18n_notebooks.new_catalogue("ja")
    pot.append(polib.POEntry(msgid="The ACSA was signed in Tokyo on 19 December 2025."))
    new = i18n_notebooks.merge(old, pot)
    live, gone = [e for e in new if not e.obsolete], [e for e in new if e.obsolete]
    assert live[0].fuzzy and live[0].previous_msgid == "The ACSA was signed on 19 December 2025."
    assert [e.msgid for e in gone] == ["A sentence that was removed entirely."]
    # and the fuzzy translation is not used: the build keeps the English until a translator reviews it
    assert read_po(new.__unicode__()) == {}


def test_without_translations_the_japanese_build_is_the_english_one_with_the_language_set():
    for src in SOURCES:
        for english, built in zip(build_notebooks.make_versions(src), build_notebooks.make_versions(src), strict=True):
            japanese = i18n_notebooks.localise(built, {})
            for a, b in zip(english.cells, japanese.cells, strict=True):
                if "helpers.start(" in a.source:
                    assert 'lang="ja")' in b.source
                else:
                    assert a.source == b.source, f"{src.name}: the round trip changed a cell"


def test_an_untranslated_feedback_message_falls_back_to_english_never_an_error():
    from helpers.exercises import Question, register

    register(Question("9.71", "number", 3, hint="A hint no catalogue has (for this test)."))
    with language("ja"):
        fb = check("9.71", 4)
    assert fb.status == "wrong" and "A hint no catalogue has (for this test)." in fb.message


def test_feedback_in_japanese_for_the_japanese_edition():
    with language("ja"):
        right = check("0.1", 9)
        unanswered = check("0.1", ...)
        shown = str(unanswered), unanswered._repr_html_()
    assert right.correct and "正解" in right.message and "段落番号" in right.message  # the answer key's fact too
    assert "まだ" in unanswered.message and shown[0].startswith("演習 0.1") and "演習 0.1" in shown[1]


def test_a_slip_note_in_the_japanese_edition_is_in_japanese():
    from helpers.slips import explain

    try:
        undefined_name_for_this_test  # noqa: B018
    except NameError as exc:
        with language("ja"):
            note = explain(exc, {})
            text = note.text()
    assert "まだ" in note.what and "ヒント" in text


def test_a_japanese_workspace_gets_the_japanese_notebooks_and_starts_over_in_japanese(tmp_path):
    from helpers.workspace import create_workspace, reset_notebook

    ws = tmp_path / "ws"
    create_workspace(ws, lang="ja")
    assert "はじめに" in (ws / "00-start-here.ipynb").read_text(encoding="utf-8")
    (ws / "00-start-here.ipynb").write_text("{}", encoding="utf-8")
    create_workspace(ws)  # the edition is remembered
    reset_notebook("00", ws)
    assert "はじめに" in (ws / "00-start-here.ipynb").read_text(encoding="utf-8")


def test_a_catalogue_that_misses_a_new_english_text_is_out_of_date_but_a_moved_line_is_not():
    source = SOURCES[0]
    current = polib.pofile(str(NOTEBOOK_PO[source.stem]))
    moved = polib.pofile(str(NOTEBOOK_PO[source.stem]))
    moved[0].occurrences = [(moved[0].occurrences[0][0], "9999")]
    assert i18n_notebooks.messages(moved) == i18n_notebooks.messages(current)
    missing = polib.pofile(str(NOTEBOOK_PO[source.stem]))
    missing.remove(missing[0])
    merged = i18n_notebooks.merge(missing, i18n_notebooks.template(source))
    assert i18n_notebooks.messages(merged) != i18n_notebooks.messages(missing)


def test_a_wrong_name_and_a_wrong_shape_are_explained_in_japanese():
    import pandas as pd

    from helpers.exercises import Question, register

    register(Question("9.72", "set", ["Australia", "United States"], hint="h"))
    register(Question("9.73", "text", "Tokyo", hint="h"))
    with language("ja"):
        name = check("9.72", ["Australia", "USA"]).message
        shape = check("9.73", pd.Series([3, 1], index=["Tokyo", "Seoul"])).message
    assert "データでの名前の書き方と違います" in name and "'United States'" in name
    assert "ラベル" in shape and ".idxmax()" in shape


#: What the engine says in English: in a fully translated notebook's stored outputs, a message that escaped the catalogue.
_ENGLISH_FEEDBACK = re.compile(r"Exercise \d+\.\d+:|not quite|correct!|\bHint\b|exercises? (of notebook \d+ )?solved|not answered yet")


@pytest.mark.parametrize("source", [s for s in SOURCES if s.stem in STRICT], ids=lambda s: s.stem)
def test_a_fully_translated_notebook_shows_no_english_feedback(source):
    import nbformat

    found = []
    for path in i18n_notebooks.targets(source):
        for number, cell in enumerate(nbformat.read(path, as_version=4).cells, 1):
            for output in cell.get("outputs", []):
                text = output.get("text") or "".join(str(v) for k, v in output.get("data", {}).items() if k.startswith("text/"))
                found += [f"{path.relative_to(i18n_notebooks.ROOT)}: cell {number}: {m.group(0)!r}" for m in _ENGLISH_FEEDBACK.finditer(text)]
    assert not found, "English feedback in a Japanese notebook (a message missing from helpers/locale):\n" + "\n".join(found)


def test_updating_a_japanese_workspace_brings_the_japanese_version(tmp_path):
    import json

    from helpers.exercises.attempts import WORKSPACE_FILE
    from helpers.workspace import clean_notebook, create_workspace, keep_base
    from helpers.workspace_update import update_workspace

    ws, name = tmp_path / "ws", "00-start-here.ipynb"
    create_workspace(ws, lang="ja")
    older = clean_notebook((i18n_notebooks.ROOT / "notebooks" / name).read_bytes())  # stands in for an older version
    (ws / name).write_bytes(older)
    keep_base(ws, name, older)
    state = json.loads((ws / WORKSPACE_FILE).read_text(encoding="utf-8"))
    state["files"][name]["sha256"] = "0" * 64
    (ws / WORKSPACE_FILE).write_text(json.dumps(state), encoding="utf-8")
    update_workspace(ws)
    assert "はじめに" in (ws / name).read_text(encoding="utf-8")


def test_every_text_twin_speaks_japanese_in_the_japanese_edition():
    import matplotlib

    matplotlib.use("Agg")
    from test_ja_outputs import english_runs

    from helpers.charts.registry import figures

    with language("ja"):
        found = {name: english_runs(chart.describe(*chart.args(), **kwargs)) for name, (chart, kwargs) in figures().items()}
    found = {name: runs for name, runs in found.items() if runs}
    assert not found, f"English in a text twin (a describe_* sentence not passed through _()): {found}"


def test_the_curated_tables_sentences_are_translated_where_they_are_loaded():
    from helpers import load_agreements, load_context
    from helpers.datasets.cache import TRANSLATED_COLUMNS

    english = {"context.csv": load_context()["claim"], "agreements.csv": load_agreements()["notes"]}
    with language("ja"):
        japanese = {"context.csv": load_context()["claim"], "agreements.csv": load_agreements()["notes"]}
    for name, column in english.items():
        assert name in TRANSLATED_COLUMNS
        same = [text for text, ja in zip(column.dropna(), japanese[name].dropna(), strict=True) if text == ja]
        assert not same, f"helpers/locale/ja/LC_MESSAGES/data.po: no translation for {name} {same[:3]}"
    assert load_context()["claim"].equals(english["context.csv"]), "the English edition's table changed"


def test_the_hand_in_and_the_quote_rules_speak_japanese(tmp_path):
    from helpers import RULES, hand_in

    with language("ja"):
        note, rule = str(hand_in(tmp_path)), RULES["document"]
    assert note.startswith("何も提出していません"), note
    assert "'the statement added'" in rule and not rule.startswith("a document"), rule
