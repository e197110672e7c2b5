"""Japanese feedback runs its sentences on: no space an English join left after 。 or ！ (seen in the browser test)."""

from __future__ import annotations

from helpers.exercises.feedback import Feedback
from helpers.i18n import language, tr


def test_japanese_feedback_has_no_space_between_sentences():
    with language("ja"):
        wrong = Feedback("2.1", "wrong", tr("not quite.") + " " + tr("Hint: {text}").format(text="数え直します。"))
        right = Feedback("2.1", "right", tr("correct!") + " " + "報道は、ドイツを7番目と呼びました。")
        for feedback in (wrong, right):
            for shown in (str(feedback), feedback._repr_html_()):
                assert "。 " not in shown and "！ " not in shown, shown


def test_english_feedback_keeps_its_spaces():
    fb = Feedback("2.1", "wrong", "not quite. Hint: count again.")
    assert str(fb) == "Exercise 2.1: not quite. Hint: count again."


def test_japanese_feedback_in_a_notebook_has_the_full_width_colon():
    with language("ja"):
        shown = Feedback("2.1", "right", tr("correct!"))._repr_html_()
    assert "演習 2.1</strong>：" in shown, shown
    assert "Exercise 2.1</strong>: " in Feedback("2.1", "right", "correct!")._repr_html_()
