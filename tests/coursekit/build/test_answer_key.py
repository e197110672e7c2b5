"""docs/answer-key.md is generated from the answer keys, and fails here when it drifts."""

from coursekit.build import answer_key
from coursekit.paths import REPO as ROOT
from helpers.course import course
from helpers.exercises import question_ids


def test_the_committed_key_matches_the_answer_keys():
    committed = (ROOT / "docs" / "answer-key.md").read_text(encoding="utf-8")
    assert committed == answer_key.render(), (
        "docs/answer-key.md is out of date: run python -m coursekit answer-key"
    )


def test_every_exercise_of_every_notebook_is_in_the_key_with_its_prompt():
    text = answer_key.render()
    for lesson in course().lessons:
        src = ROOT / lesson.source
        for qid in question_ids(lesson.index):
            row = next((line for line in text.splitlines() if line.startswith(f"| {qid} (")), None)
            assert row is not None, f"exercise {qid} is missing from the answer key"
            assert "prompt not found" not in row, f"exercise {qid}: its prompt was not found in {src.name}"


def test_a_choice_shows_its_letters_and_a_number_is_readable():
    text = answer_key.render()
    assert "| choice B |" in text
    assert answer_key.format_answer(9276.263) == "9276"
    assert answer_key.format_answer(0.5540540) == "0.554"
