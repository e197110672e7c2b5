"""docs/answer-key.md is generated from the answer keys, and fails here when it drifts."""

import importlib.util
from pathlib import Path

from helpers.exercises import question_ids

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("answer_key", ROOT / "tools" / "answer_key.py")
answer_key = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(answer_key)


def test_the_committed_key_matches_the_answer_keys():
    committed = (ROOT / "docs" / "answer-key.md").read_text(encoding="utf-8")
    assert committed == answer_key.render(), (
        "docs/answer-key.md is out of date: run python tools/answer_key.py"
    )


def test_every_exercise_of_every_notebook_is_in_the_key_with_its_prompt():
    text = answer_key.render()
    for src in sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]-*.py")):
        for qid in question_ids(int(src.name[:2])):
            row = next((line for line in text.splitlines() if line.startswith(f"| {qid} (")), None)
            assert row is not None, f"exercise {qid} is missing from the answer key"
            assert "prompt not found" not in row, f"exercise {qid}: its prompt was not found in {src.name}"


def test_a_choice_shows_its_letters_and_a_number_is_readable():
    text = answer_key.render()
    assert "| choice B |" in text
    assert answer_key.format_answer(9276.263) == "9276"
    assert answer_key.format_answer(0.5540540) == "0.554"
