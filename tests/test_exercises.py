"""Every exercise accepts its right answer, rejects a wrong one, and never raises."""

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.exercises import Question, check, question_ids
from helpers.exercises.bank import REGISTRY

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]-*.py"))


def all_questions():
    for src in NOTEBOOK_SOURCES:
        question_ids(int(src.name[:2]))
    return sorted((q for q in REGISTRY.values() if not q.id.startswith("9.")), key=lambda q: q.id)


def a_wrong_answer(q: Question):
    if q.wrong_examples:
        return q.wrong_examples[0]
    right = q.expected()
    return {
        "number": lambda: (right or 0) + 1000,
        "text": lambda: "certainly not this",
        "set": lambda: ["certainly not this"],
        "list": lambda: ["certainly not this"],
        "date": lambda: dt.date(1900, 1, 1),
        "bool": lambda: not right,
        "choice": lambda: next(letter for letter in sorted(q.options) if letter not in right),
    }[q.kind]()


QUESTIONS = all_questions()


def test_every_notebook_has_at_least_four_exercises():
    for src in NOTEBOOK_SOURCES:
        ids = question_ids(int(src.name[:2]))
        assert len(ids) >= 4, f"{src.name} has {len(ids)} exercises; the course promises at least four"


def test_every_exercise_is_used_in_its_notebook_and_every_check_exists():
    used = set()
    for src in NOTEBOOK_SOURCES:
        used |= set(re.findall(r'check\("(\d+\.\d+)"', src.read_text(encoding="utf-8")))
    known = {q.id for q in QUESTIONS}
    assert used - known == set(), f"notebooks call check() on unknown exercises {sorted(used - known)}"
    assert known - used == set(), f"exercises never asked in a notebook: {sorted(known - used)}"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_right_answer_is_accepted(q):
    feedback = check(q.id, q.expected())
    assert feedback.status == "right", str(feedback)
    assert q.fact and q.fact in feedback.message


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_wrong_answer_gets_a_hint_not_the_answer(q):
    wrong = a_wrong_answer(q)
    feedback = check(q.id, wrong)
    assert feedback.status == "wrong", str(feedback)
    if q.kind == "choice":  # a judgement: the feedback explains the option chosen
        assert q.options[wrong] in feedback.message
    else:
        assert "Hint" in feedback.message
    right = q.expected()
    if isinstance(right, str) and len(right) > 3:
        assert right.lower() not in feedback.message.lower(), "the hint gives the answer away"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_placeholder_is_not_answered_yet(q):
    assert check(q.id, ...).status == "unanswered"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.kind != "custom"], ids=lambda q: q.id)
def test_wrong_type_says_what_is_expected(q):
    odd = {"number": "a word", "text": 42, "set": 42, "list": 42, "date": 42, "bool": "yes", "choice": 42}[q.kind]
    feedback = check(q.id, odd)
    assert feedback.status == "wrong-type"
    assert feedback.message.startswith("expected ")


@pytest.mark.parametrize(
    "answer",
    [None, object(), float("nan"), pd.DataFrame({"a": [1]}), {"a": 1}, b"bytes", lambda: 1, [[1]]],
    ids=["None", "object", "nan", "frame", "dict", "bytes", "function", "nested"],
)
@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_check_never_raises(q, answer):
    feedback = check(q.id, answer)
    assert feedback.status in ({"unanswered"} if answer is None else {"wrong", "wrong-type", "error"})


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_none_is_not_answered_yet_and_says_where_none_comes_from(q):
    feedback = check(q.id, None)
    assert feedback.status == "unanswered"
    assert "print() shows a value but gives back None" in feedback.message


def test_reasonable_forms_are_accepted():
    q = helpers.exercises.register(Question("9.50", "set", ["Japan", "New Zealand"], hint="h", fact="f"))
    assert check(q.id, ["new zealand", "JAPAN"]).correct
    assert check(q.id, pd.Series(["New Zealand", "Japan"])).correct
    assert check(q.id, ("Japan", "New Zealand ")).correct
    assert not check(q.id, ["Japan"]).correct
    assert "1 is missing" in check(q.id, ["Japan"]).message
    d = helpers.exercises.register(Question("9.51", "date", dt.date(2025, 12, 19), hint="h", fact="f"))
    assert check(d.id, "2025-12-19").correct
    assert check(d.id, pd.Timestamp("2025-12-19")).correct
    n = helpers.exercises.register(Question("9.52", "number", 0.5, tolerance=0.01, hint="h", fact="f"))
    assert check(n.id, 0.505).correct and not check(n.id, 0.52).correct
    assert check(n.id, True).status == "wrong-type", "a bool is not a number answer"


def test_a_choice_explains_every_wrong_option_and_accepts_loose_letters():
    q = helpers.exercises.register(
        Question("9.54", "choice", "B", options={"A": "why not A", "B": "why B", "C": "why not C"}, fact="f")
    )
    assert check(q.id, " (b) ").correct
    assert "why B" in check(q.id, "B").message and "f" in check(q.id, "B").message
    for letter in "AC":
        assert f"why not {letter}" in check(q.id, letter.lower()).message
    assert check(q.id, "D").status == "wrong-type"
    many = helpers.exercises.register(
        Question("9.55", "choice", ("A", "C"), options={"A": "a holds", "B": "b fails", "C": "c holds"}, fact="f")
    )
    assert check(many.id, ["c", "A"]).correct
    assert "1 more option" in check(many.id, ["A"]).message
    assert "b fails" in check(many.id, ["A", "B"]).message
    with pytest.raises(ValueError):
        Question("9.56", "choice", "Z", options={"A": "a", "B": "b"})


def test_unknown_question_lists_the_real_ones():
    feedback = check("0.77", 1)
    assert feedback.status == "unknown"
    assert "0.1, 0.2" in feedback.message


def test_feedback_html_carries_status_class_and_words():
    html = check("0.1", ...)._repr_html_()
    assert 'class="course-feedback course-feedback-unanswered"' in html
    assert "not answered yet" in html


def test_a_common_mistake_gets_its_own_hint_within_tolerance_and_never_hides_a_right_answer():
    q = helpers.exercises.register(
        Question(
            "9.53",
            "number",
            0.55,
            tolerance=0.01,
            hint="general",
            fact="f",
            mistakes=((0.45, "tailored"), (0.55, "x")),
        )
    )
    assert check(q.id, 0.452).message == "not quite. Hint: tailored"
    assert check(q.id, 0.30).message == "not quite. Hint: general"
    assert check(q.id, 0.55).correct, "a mistake listed by error must not hide the right answer"


def test_one_value_series_gets_the_item_tip_for_numbers_and_text():
    assert ".item()" in check("0.1", pd.Series([9])).message
    assert ".item()" in check("3.2", pd.Series(["NATO"])).message
    assert ".days" in check("0.1", pd.Timedelta(days=9)).message


# --- graduated hints, mistakes, shapes, typed-in answers ----------------------------------------

from helpers.exercises import reset_progress  # noqa: E402
from helpers.exercises.hints import mistake_entries  # noqa: E402
from helpers.exercises.kinds import normalise  # noqa: E402  # noqa: E402


def _same(q, a, b) -> bool:
    a, b = normalise(q.kind, a), normalise(q.kind, b)
    if a is None or b is None:
        return False
    if q.kind == "number":
        return abs(a - b) <= (q.tolerance or 1e-9)
    return a == b


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.mistakes], ids=lambda q: q.id)
def test_every_listed_mistake_differs_from_the_right_answer_and_gets_its_own_hint(q):
    right = q.expected()
    for value, _tip, _ in mistake_entries(q):
        assert not _same(q, value, right), f"{q.id}: the mistake {value!r} gives the right answer"
        reset_progress()
        feedback = check(q.id, value)
        assert feedback.status == "wrong", f"{q.id}: the mistake {value!r} was judged {feedback.status}"
        first = next(t for v, t, _ in mistake_entries(q) if _same(q, v, value))
        assert first in feedback.message


def _solution_code() -> dict[str, list[str]]:
    """Exercise id → the lines of code its solution adds (``# SOLUTION`` and BEGIN/END blocks)."""
    found: dict[str, list[str]] = {}
    for src in NOTEBOOK_SOURCES:
        for cell in src.read_text(encoding="utf-8").split("# %%"):
            m = re.search(r'check\("(\d+\.\d+)"', cell)
            if not m:
                continue
            inside, code = False, []
            for line in cell.splitlines():
                if re.match(r"\s*#\s*(BEGIN|END) SOLUTION", line):
                    inside = "BEGIN" in line
                    continue
                inline = re.match(r"\s*answer_\w+\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
                if inline:
                    code.append(inline.group(1))
                elif inside and line.strip() and not line.strip().startswith("#"):
                    code.append(line.strip())
            found.setdefault(m.group(1), []).extend(c for c in code if len(c) >= 15 and re.search(r"[(\[]", c))
    return found


SOLUTION_CODE = _solution_code()


def test_solutions_were_found_for_most_exercises():
    assert len(SOLUTION_CODE) >= 25


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_no_first_try_feedback_contains_the_solutions_code(q):
    squash = lambda text: " ".join(text.split())  # noqa: E731
    first_try = [q.hint] + [tip for _, tip, _ in mistake_entries(q)]
    reset_progress()
    first_try.append(check(q.id, a_wrong_answer(q)).message)
    for code in SOLUTION_CODE.get(q.id, []):
        for text in first_try:
            assert squash(code) not in squash(text), f"{q.id}'s first-try feedback shows the solution: {code}"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_no_hint_of_any_level_gives_the_answer(q):
    right = q.expected()
    for level in (1, 2, 3):
        reset_progress()
        for _ in range(level):
            message = check(q.id, a_wrong_answer(q)).message
        if isinstance(right, str) and len(right) > 3:
            assert right.lower() not in message.lower(), f"{q.id}: try {level} gives the answer away"
        if q.kind == "number" and isinstance(right, int):
            for text in (q.hint, q.method, q.step):
                assert not re.search(rf"(?<![\d.]){right}(?![\d.])", text), f"{q.id}: a hint says {right}"


def test_hints_are_graduated_idea_then_method_then_step():
    q = helpers.exercises.register(
        Question("9.57", "set", [1, 2], hint="the idea", method="the method", step="a worked step")
    )
    reset_progress()
    messages = [check(q.id, [7]).message for _ in range(4)]
    assert messages[0].startswith("not quite. Hint: the idea")
    assert messages[1].startswith("not quite. Hint (the method): the method")
    assert messages[2].startswith("not quite. Hint (a worked step): a worked step")
    assert messages[3] == messages[2]
    assert check(q.id, "x").status == "wrong-type" and check(q.id, [7]).message == messages[2]


def test_a_method_follows_a_predicted_mistake_on_a_later_try():
    q = helpers.exercises.register(Question("9.58", "number", 2, hint="idea", method="how", mistakes=((1, "tip"),)))
    reset_progress()
    assert check(q.id, 1).message == "not quite. Hint: tip"
    assert check(q.id, 1).message == "not quite. Hint: tip Hint (the method): how"


def test_a_table_where_a_name_is_asked_gets_the_shape_hint():
    frame = helpers.quotes_frame(helpers.load_seeds()[0])
    for answer in (frame, frame.query("paragraph == 4")):
        feedback = check("1.2", answer)
        assert feedback.status == "wrong-type" and feedback.message.startswith("this is a table")
    pair = frame.query("paragraph == 4")[["speaker", "via"]]
    assert check("1.2", pair).correct, "a one-row table of the two values is still a right answer"


def test_numpy_and_pandas_values_show_plainly():
    import numpy as np

    message = check("3.2", np.float64(988.0)).message
    assert "988.0" in message and "np.float64" not in message
    message = check("0.1", pd.array(["a", "b"], dtype="string")).message
    assert "StringArray" not in message and "pandas array with 2 values" in message


def test_a_typed_in_right_answer_is_caught_where_the_prompt_asks_for_a_computed_one():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance(config=_memory_history())
    shell.user_ns.update(check=check, article=helpers.load_seeds()[0])
    typed = shell.run_cell('answer_0_1 = 9\nfb = check("0.1", answer_0_1)', store_history=True)
    assert typed.success and shell.user_ns["fb"].status == "wrong"
    assert "typed in (9)" in shell.user_ns["fb"].message
    computed = shell.run_cell('answer_0_1 = len(article.paragraphs)\nfb = check("0.1", answer_0_1)', store_history=True)
    assert computed.success and shell.user_ns["fb"].correct
    assert check("0.1", 9).correct, "outside a cell there is no source, so nothing is claimed"


def test_arithmetic_on_typed_in_numbers_is_typed_in_too():
    """``1996 - 1960`` where the prompt says 'take both years from the data with code, not typed in'."""
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance(config=_memory_history())
    shell.user_ns.update(check=check)
    question_ids(4)
    right = int(REGISTRY["4.4"].expected())
    first_acsa = int(helpers.load_agreements().query("kind == 'ACSA'")["signed_start"].min().year)
    typed = shell.run_cell(f'answer_4_4 = {first_acsa} - {first_acsa - right}\nfb = check("4.4", answer_4_4)', store_history=True)
    assert typed.success and shell.user_ns["fb"].status == "wrong"
    assert "typed in (" in shell.user_ns["fb"].message


def _memory_history():
    """IPython settings that keep the input history in memory, not in ~/.ipython."""
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    return config


#: What a prompt says when it asks for an answer computed in Python rather than typed in.
_COMPUTED_WORDS = re.compile(r"comput|with code|typed in|type it in|from the data|rather than counted", re.I)


def _prompts() -> dict[str, str]:
    """Exercise id → the prompt's text, from the notebooks' sources."""
    found = {}
    for src in sorted((Path(__file__).resolve().parents[1] / "notebooks" / "src").glob("[0-9][0-9]-*.py")):
        text = src.read_text(encoding="utf-8")
        for m in re.finditer(r"\*\*Exercise (\d+\.\d+)\*\*(.*?)(?=\n# %%)", text, re.S):
            found[m.group(1)] = " ".join(m.group(2).replace("#", " ").split())
    return found


def test_computed_is_enforced_exactly_where_the_prompt_asks_for_it():
    prompts = _prompts()
    assert len(prompts) >= 40
    says = {qid for qid, text in prompts.items() if _COMPUTED_WORDS.search(text)}
    enforced = {q.id for q in QUESTIONS if q.computed and q.id in prompts}
    assert says - enforced == set(), "these prompts ask for a computed answer, but a typed-in one is accepted"
    assert enforced - says == set(), "these exercises refuse a typed-in answer, but their prompts do not say so"
