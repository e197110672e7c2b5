"""The slip table: each real slip a learner makes, run for real, gets two plain lines and a hint.

Every row is code a learner could type in a course notebook, run against the
course's own data; the test asserts which slip it is and what the hint says.
The same rows then run through a real IPython shell with the handler that
``helpers.start()`` installs: no traceback is shown, the note is.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

import helpers
from helpers import slips

# (id of the row, code, the slip it must be, words the note must contain)
SLIP_TABLE = [
    ("misspelled column", "agreements['Partner']", "missing-column", "Did you mean 'partner'?"),
    ("column with a space", "agreements['signed start']", "missing-column", "'signed_start'"),
    ("attribute for a column", "agreements.partnr", "missing-attribute", "Did you mean 'partner'?"),
    ("skipped cell", "acsa_partners_in_force + 1", "name-not-defined", "Run All Above"),
    ("setup cell not run", "check('0.1', answer_0_1)", "name-not-defined", "setup cell"),
    ("option letter without quotes", "answer_1_7 = A", "text-without-quotes", "'A'"),
    ("partner without quotes", "answer_3_2 = NATO", "text-without-quotes", "'NATO'"),
    ("another name without quotes", "answer_2_3 = USA", "text-without-quotes", "'USA'"),
    ("true in small letters", "answer = true", "text-without-quotes", "Write True"),
    ("text unquoted in query", "agreements.query('partner == Japan')", "query-unquoted-text", "own quotes"),
    (
        "two one-row Series compared",
        "agreements[agreements.partner == 'Australia'].head(1)['kind'] == agreements[agreements.partner == 'India'].head(1)['kind']",
        "series-compare",
        ".item()",
    ),
    ("item on an empty result", "agreements.loc[agreements.partner == 'japan', 'kind'].item()", "item-not-one-value", "kept no rows"),
    ("item on many values", "agreements['kind'].item()", "item-not-one-value", ".iloc[0]"),
    ("iloc on an empty result", "agreements[agreements.partner == 'Atlantis'].iloc[0]", "row-position-out-of-range", "kept no rows"),
    ("paragraph 10 of 9", "article.paragraphs[9]", "list-position-out-of-range", "count from 0"),
    ("and between column tests", "agreements[(agreements.kind == 'ACSA') and (agreements.kind == 'ISA')]", "ambiguous-truth", "&"),
    ("if on a column", "'yes' if agreements.kind == 'ACSA' else 'no'", "ambiguous-truth", "brackets"),
    ("tests without brackets", "agreements[agreements.kind == 'ACSA' & agreements.partner == 'India']", "tests-without-brackets", "brackets"),
    (
        "pivot_table of text without aggfunc",
        "agreements.pivot_table(index='partner', columns='kind', values='status')",
        "text-cannot-be-averaged",
        "aggfunc='first'",
    ),
    ("text of a list", "article.paragraphs.text", "list-has-no-attribute", "items[0].text"),
    ("sort gives None", "ordered = sorted_names.sort(); ordered.index('Japan')", "none-has-no-attribute", "sorted(...)"),
    ("table called", "agreements('partner')", "not-callable", "square brackets"),
    ("len of a method not called", "len(article.sentences)", "method-not-called", "round brackets"),
    ("text plus a number", "'Paragraphs: ' + len(article.paragraphs)", "text-plus-number", "f-string"),
    ("date against text", "helpers.SEED_DATE < '2015-01-01'", "compare-different-kinds", "like with like"),
    ("share of nothing", "words / len(agreements[agreements.partner == 'Atlantis'])", "division-by-zero", "empty selection"),
    ("a broken article", "helpers.parse_article('no date line here')", "course-input-error", "line"),
    ("stopped by the learner", "raise KeyboardInterrupt", "stopped", "loop that never ends"),
]


@pytest.fixture(scope="module")
def namespace():
    return {
        "helpers": helpers,
        "agreements": helpers.load_agreements(),
        "article": helpers.load_seeds()[0],
        "sorted_names": ["New Zealand", "Japan"],
        "words": 120,
    }


def _raise(code: str, ns: dict) -> BaseException:
    try:
        exec(compile(code, "<cell>", "exec"), dict(ns))
    except BaseException as exc:  # the slip itself, KeyboardInterrupt included
        return exc
    raise AssertionError(f"{code!r} raised nothing")


def test_the_table_has_at_least_fifteen_real_slips_of_different_kinds():
    assert len(SLIP_TABLE) >= 15
    assert len({row[2] for row in SLIP_TABLE}) >= 15


def test_a_variable_skipped_is_not_taken_for_text_without_quotes(namespace):
    for code in ("answer_2_1 = acsa", "total = Z1 + 1", "answer_1_7 = a"):
        assert slips.explain(_raise(code, namespace), namespace).slip == "name-not-defined", code


@pytest.mark.parametrize(("code", "slip", "words"), [row[1:] for row in SLIP_TABLE], ids=[row[0] for row in SLIP_TABLE])
def test_each_slip_gets_its_own_plain_note(namespace, code, slip, words):
    exc = _raise(code, namespace)
    note = slips.explain(exc, namespace)
    assert note is not None, f"{type(exc).__name__}: {exc} is not explained"
    assert note.slip == slip, f"{type(exc).__name__}: {exc} was taken for {note.slip}"
    assert words in note.text(), note.text()
    assert note.text().count("\n") <= 2 and "Traceback" not in note.text()
    assert len(note.text()) < 700


def test_the_note_names_the_learners_line():
    def learners_function(rows):
        return rows["Partner"]

    try:
        learners_function(helpers.load_agreements())
    except KeyError as exc:
        note = slips.explain(exc)
    assert "return rows[\"Partner\"]" in note.where and note.where.startswith("line ")


def test_an_unknown_error_is_left_to_the_usual_traceback():
    assert slips.explain(RuntimeError("nobody predicted this")) is None


def _shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance(config=_memory_history())
    return shell


def test_the_handler_shows_notes_not_tracebacks_in_a_real_ipython_shell(namespace):
    shell = _shell()
    for name in ("check", "answer_0_1"):  # as before the setup cell (another test's shell may have run it)
        shell.user_ns.pop(name, None)
    shell.user_ns.update(namespace)
    saved = shell.custom_exceptions
    try:
        assert slips.install(shell)
        for _name, code, _slip, words in SLIP_TABLE:
            out, err = io.StringIO(), io.StringIO()
            with redirect_stdout(out), redirect_stderr(err):
                result = shell.run_cell(code, store_history=True)
            shown = out.getvalue() + err.getvalue()
            assert result.error_in_exec is not None, f"{code!r} should still stop a Run All"
            assert "Traceback" not in shown and "---------" not in shown, f"{code!r} showed a traceback:\n{shown}"
            assert words in shown, f"{code!r} did not show its hint:\n{shown}"
        out = io.StringIO()
        with redirect_stdout(out), redirect_stderr(out):
            shell.run_cell("raise RuntimeError('nobody predicted this')")
        assert "RuntimeError" in out.getvalue() and "nobody predicted this" in out.getvalue()
    finally:
        shell.set_custom_exc((), None)
        assert saved == ()


def test_the_note_folds_the_full_traceback_away():
    try:
        helpers.load_agreements()["Partner"]
    except KeyError as exc:
        note = slips.explain(exc)
        shown = slips.handler.__module__  # the handler builds the HTML from the same note
    html = note.html("Traceback (most recent call last): ...")
    assert "<details>" in html and "Show the full error" in html and 'data-slip="missing-column"' in html
    assert shown == "helpers.slips"


def test_start_is_explicit_and_importing_installs_nothing():
    code = (
        "import IPython; from IPython.core.interactiveshell import InteractiveShell; shell = InteractiveShell.instance();"
        "import helpers; assert shell.custom_exceptions == (), 'importing helpers installed a handler';"
        "helpers.start('02'); assert KeyboardInterrupt in shell.custom_exceptions;"
        "from helpers import slips; assert slips.install(object()) is False; print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr[-800:]


def _memory_history():
    """IPython settings that keep the input history in memory, not in ~/.ipython."""
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    return config


def _ipython(code: str, cwd, ipython_dir) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COURSE_WORKSPACE"} | {"IPYTHONDIR": str(ipython_dir)}
    done = subprocess.run([sys.executable, "-m", "IPython", "--no-banner", "--colors=NoColor", "-c", code],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    return done.stdout + done.stderr


def test_a_cell_run_before_the_setup_cell_gets_a_note_in_a_workspace_and_nothing_changes_elsewhere(tmp_path):
    from helpers.workspace import create_workspace

    create_workspace(tmp_path / "ws")  # installs the environment's IPython startup file
    before_setup = _ipython("check('0.1', answer_0_1)", tmp_path / "ws", tmp_path / "ipython")
    assert "setup cell" in before_setup and "Traceback" not in before_setup, before_setup
    elsewhere = _ipython("check('0.1', answer_0_1)", tmp_path, tmp_path / "ipython")
    assert "NameError" in elsewhere and "setup cell" not in elsewhere, elsewhere
