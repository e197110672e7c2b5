"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["PRONOUN_WEIGHTS", "WEIGHTS"]

WEIGHTS: dict[str, float] = {
    "o:sent_before": 1.775,
    "o:sent_after": 1.149,
    "o:pron_subject": 1.025,
    "o:prev_sent": 0.492,
    "o:prev_sent2": -0.157,
    "o:para_source": 0.496,
    "o:prev_para": 0.220,
    "o:last": -0.613,
    "by_clause": 0.812,
    "o:rules": 0.509,
    "first_in_sent": -0.101,
    "at_sent_start": 0.704,
    "verb_after": -0.179,
    "comma_after": 0.905,
    "reporting_after": 0.058,
    "possessive": -0.225,
    "after_prep": -0.963,
    "institution": -1.150,
    "other": -0.401,
    "weak": -0.427,
    "was_speaker": -0.101,
    "same_para": 0.858,
    "nearer": -0.162,
    "far": 0.490,
    "alone*prev_sent": -0.501,
    "alone*para": 1.201,
    "partial*sent": -0.627,
}

PRONOUN_WEIGHTS: dict[str, float] = {
}
