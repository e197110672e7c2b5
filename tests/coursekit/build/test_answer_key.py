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


def test_the_committed_japanese_key_matches_the_answer_keys_and_catalogues():
    committed_path = ROOT / "docs" / "ja" / "answer-key.md"
    assert committed_path.is_file(), "docs/ja/answer-key.md is missing: run python -m coursekit answer-key"
    assert committed_path.read_text(encoding="utf-8") == answer_key.render("ja"), (
        "docs/ja/answer-key.md is out of date: run python -m coursekit answer-key"
    )


def test_the_japanese_key_has_every_exercise_and_no_english_left():
    assert answer_key.untranslated("ja") == [], "texts of the Japanese key without a translation"
    text = answer_key.render("ja")
    rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == sum(len(question_ids(lesson.index)) for lesson in course().lessons)
    english = [row for row in rows if "choice" in row or not answer_key._JAPANESE.search(row.split(" | ")[1])]
    assert not english, "rows of the Japanese key still in English:\n" + "\n".join(english)
    assert text.startswith("# 解答集（教員用）")
    assert "| 演習 | 問われていること | 答え |" in text and "## 02 · ACSA：" in text


def test_a_missing_translation_is_reported(monkeypatch):
    """An exercise prompt whose catalogue entry is missing (or fuzzy) is named, never shown in English silently."""
    real = answer_key.translations

    def without_2_1(path):
        return {k: v for k, v in real(path).items() if not k.startswith("**Exercise 2.1**")}

    monkeypatch.setattr(answer_key, "translations", without_2_1)
    assert answer_key.untranslated("ja") == ["exercise 2.1: prompt"]
    assert answer_key.NOT_FOUND in answer_key.render("ja")


def test_an_answer_name_gets_its_sourced_japanese_name_and_keeps_the_computed_value():
    text = answer_key.render("ja")
    assert "Judith Collins（ジュディス・コリンズ）" in text
    assert answer_key.format_answer(["NATO"], "ja", {}) == "NATO", (
        "a name without a sourced name_ja stays as computed"
    )
