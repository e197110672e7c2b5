"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["PRONOUN_WEIGHTS", "WEIGHTS"]

WEIGHTS: dict[str, float] = {
    "o:sent_before": 1.890,
    "o:sent_after": 1.077,
    "o:pron_subject": 0.952,
    "o:prev_sent": 0.432,
    "o:prev_sent2": -0.197,
    "o:para_source": 0.604,
    "o:prev_para": 0.186,
    "o:last": -0.625,
    "by_clause": 0.927,
    "o:rules": 0.467,
    "first_in_sent": -0.064,
    "at_sent_start": 0.765,
    "verb_after": -0.283,
    "comma_after": 0.819,
    "reporting_after": 0.141,
    "possessive": -0.441,
    "institution": -1.412,
    "other": -0.434,
    "weak": -0.452,
    "was_speaker": -0.090,
    "same_para": 0.834,
    "nearer": -0.052,
    "far": 0.453,
    "alone*prev_sent": -0.489,
    "alone*para": 1.135,
    "partial*sent": -0.626,
}

PRONOUN_WEIGHTS: dict[str, float] = {
}
