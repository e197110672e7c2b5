"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["PRONOUN_WEIGHTS", "WEIGHTS"]

WEIGHTS: dict[str, float] = {
    "o:sent_before": 1.886,
    "o:sent_after": 1.006,
    "o:pron_subject": 0.957,
    "o:prev_sent": 0.449,
    "o:prev_sent2": -0.212,
    "o:para_source": 0.614,
    "o:prev_para": 0.213,
    "o:last": -0.642,
    "by_clause": 0.908,
    "o:rules": 0.450,
    "first_in_sent": -0.046,
    "at_sent_start": 0.763,
    "verb_after": -0.287,
    "comma_after": 0.818,
    "reporting_after": 0.150,
    "possessive": -0.425,
    "institution": -1.395,
    "other": -0.424,
    "weak": -0.443,
    "was_speaker": -0.079,
    "same_para": 0.845,
    "nearer": -0.038,
    "far": 0.488,
    "alone*prev_sent": -0.516,
    "alone*para": 1.156,
    "partial*sent": -0.545,
}

PRONOUN_WEIGHTS: dict[str, float] = {
}
