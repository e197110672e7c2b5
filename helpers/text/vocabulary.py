"""The closed vocabularies of the text records, in one place, and what each is for.

Each vocabulary is a ``Literal`` type (for readers and type checkers) and one
tuple constant holding the same words in reading order (for code and tests):

* :data:`MentionKind` / :data:`MENTION_KINDS`: what a
  :class:`~helpers.entities.Mention` names (``Mention.kind``, the ``kind``
  column of ``mentions_frame``);
* :data:`QuoteKind` / :data:`QUOTE_KINDS`: whether a quotation is a whole
  sentence or a phrase woven into the reporter's own (``Quote.kind``);
* :data:`Rule` / :data:`RULE_NAMES`: how a quotation's speaker was found
  (``Quote.rule``); :data:`RULES` says what each rule means;
* :data:`SpeakerType` / :data:`SPEAKER_TYPES`: what kind of speaker a
  quotation has (``Quote.speaker_type``; ``""`` when unattributed).

>>> "ship" in MENTION_KINDS, QUOTE_KINDS, tuple(RULES) == RULE_NAMES
(True, ('full', 'partial'), True)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

from ..i18n import N_, Translated

__all__ = [
    "ISSUER_KINDS",
    "MENTION_KINDS",
    "QUOTE_KINDS",
    "RULES",
    "RULE_NAMES",
    "SPEAKER_TYPES",
    "MentionKind",
    "QuoteKind",
    "Rule",
    "SpeakerType",
]

MentionKind = Literal["person", "country", "capital", "institution", "agreement", "ship", "document"]
#: The kinds of mention, in the order a reader meets them in the tables.
MENTION_KINDS: tuple[MentionKind, ...] = get_args(MentionKind)
#: The kinds of mention that can issue a document ("a statement from X").
ISSUER_KINDS: tuple[MentionKind, ...] = ("person", "institution", "country", "capital")

QuoteKind = Literal["full", "partial"]
#: ``full``: a sentence or more; ``partial``: a phrase inside the reporter's sentence.
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)

SpeakerType = Literal["person", "institution", "other", ""]
#: ``person``; ``institution`` (government bodies, countries and capitals); ``other``
#: (a speaker only described: "analysts"); ``""`` (unattributed).
SPEAKER_TYPES: tuple[SpeakerType, ...] = get_args(SpeakerType)

Rule = Literal[
    "speaker label",
    "explicit",
    "pronoun",
    "institution",
    "capital",
    "document",
    "nested",
    "role reference",
    "sentence subject",
    "running",
    "continuation",
    "carried over",
    "unattributed",
]
#: The rule names, in the order the rules are tried (see :data:`RULES`).
RULE_NAMES: tuple[Rule, ...] = get_args(Rule)

#: The rule vocabulary: how a quotation's speaker was found (name → what it means, in the edition's language).
RULES: Mapping[str, str] = Translated(
    {
        "speaker label": N_("a transcript: the paragraph opens with the speaker's name and a colon "
        "('VEA: We agree.'), or goes on from the paragraph that does; the name the article gives them"),
        "explicit": N_("a named person (or a speaker described in words) is the subject of a reporting "
        "verb or of 'according to' in the same sentence: '\"...,\" Ana Vea said' (a name after a "
        "description wins: 'said the council's adviser Ana Pulu'); or the name after a dash that "
        "follows the quotation: '\"...\" ― Ana Vea'; or a name that labels the paragraph ('Ana Vea: "
        '"..."\'), or stands right after the closing mark beside a verb (\'"...," Vea barked\')'),
        "pronoun": N_("'she added', 'he said': the person the pronoun points back to. he/she: a person "
        "not already known by the other pronoun (from an honorific such as Ms or Mr, or an earlier "
        "pronoun): first the first person named in the nearest sentences before it (up to three, "
        "passing over a sentence opened by the same pronoun), then one named in the same paragraph "
        "after the latest speaker, then the latest person speaker, then the latest person named; "
        "it: the latest institution; they: the latest source"),
        "institution": N_("a government body, or a country standing for its government: 'Japan said', "
        "'the ministry said', 'according to a statement from X's Foreign Ministry'"),
        "capital": N_("a capital city standing for its government: 'according to Tokyo'"),
        "document": N_("a document mentioned before speaks: 'the statement added'; the speaker is whoever "
        "issued it (the latest institution quoted, or the issuer named with the document)"),
        "nested": N_("a quotation inside another: the enclosing quotation's speaker quotes it"),
        "role reference": N_("'the PM', 'the minister', 'the Conservative leader': the only person introduced "
        "before with that role"),
        "sentence subject": N_("no reporting verb, but the sentence's subject is a known person or institution: "
        "'Tanaka thanked Morgan for her \"warm welcome\"' (a new subject also stops carrying over). "
        "Without a reporting clause, the people in view are weighed on their evidence (named in the "
        "sentence, before the quotation or opening it; named just before; the paragraph's speaker) "
        "with weights learned from published news; the one chosen gives this rule, 'continuation' or "
        "'carried over' by where it was found"),
        "running": N_("a piece of a quotation that runs over paragraphs whose speaker is named at another "
        "piece (before the first piece or after the last)"),
        "continuation": N_("no attribution in its sentence: the source named earlier in the same paragraph "
        "(chosen among the people in view, see 'sentence subject')"),
        "carried over": N_("no attribution in its paragraph: the last source named in the previous paragraph, "
        "or else the latest person speaker before it (chosen among the people in view, see "
        "'sentence subject')"),
        "unattributed": N_("no speaker found (speaker is '')"),
    }
)
