"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["PRONOUN_WEIGHTS", "WEIGHTS"]

WEIGHTS: dict[str, float] = {
    "o:sent_before": 1.882,
    "o:sent_after": 1.090,
    "o:pron_subject": 0.985,
    "o:prev_sent": 0.459,
    "o:prev_sent2": -0.226,
    "o:para_source": 0.599,
    "o:prev_para": 0.340,
    "o:last": -0.721,
    "by_clause": 0.841,
    "o:rules": 0.499,
    "first_in_sent": 0.063,
    "at_sent_start": 0.721,
    "verb_after": -0.277,
    "comma_after": 0.874,
    "reporting_after": 0.148,
    "possessive": -0.437,
    "institution": -1.345,
    "other": -0.360,
    "weak": -0.365,
    "was_speaker": -0.044,
    "same_para": 0.854,
    "nearer": 0.023,
    "far": 0.471,
    "alone*prev_sent": -0.424,
    "alone*para": 1.116,
    "partial*sent": -0.563,
}

PRONOUN_WEIGHTS: dict[str, float] = {}
