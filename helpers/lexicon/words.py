"""The word lists of news reporting, once (general knowledge, no person or agreement named).

Entities and quotations read the same lists: a word added here (a new
reporting verb, a role, a channel) is known to both. Everything is a
``frozenset`` of lower-case words unless said otherwise.

>>> "said" in REPORTING_VERBS and "saying" in PARTICIPLES, "minister" in ROLE_HEADS
(True, True)
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "ADVERBS",
    "AGREEMENT_CONNECTORS",
    "AGREEMENT_HEADS",
    "CHANNEL_HEADS",
    "CHANNEL_PREPOSITIONS",
    "DAYS_MONTHS",
    "DETERMINERS",
    "DOCUMENT_HEADS",
    "DOC_ADJECTIVES",
    "DOC_DETERMINERS",
    "FORWARD_STOP",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INSTITUTION_HEADS",
    "LEADING_FUNCTION_WORDS",
    "NAME_INNER_CAPITALS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOT_NAMES",
    "NP_STOP",
    "PARTICIPLES",
    "PLATFORMS",
    "PRONOUNS",
    "QUOTING_VERBS",
    "REPORTING_VERBS",
    "ROLE_ALIASES",
    "ROLE_HEADS",
    "ROLE_MODIFIERS",
    "ROLE_WORDS",
    "SHIP_PREFIXES",
]

# Words the attribution rules read (pronouns, stop words, groups of people, channels).
#: Pronouns that can stand for a speaker.
PRONOUNS = frozenset("he she it they we".split())
#: Words a speaker's noun phrase never runs across (conjunctions, prepositions, auxiliaries).
NP_STOP = frozenset(
    """but while as that which who whom whose when because so if although though where whereas
    in on at during after before with is was were are be been being will would could should may
    might must can""".split()
)
#: Where a noun phrase after the verb stops ('said X in ...').
FORWARD_STOP = NP_STOP | frozenset("according to in at on during from for via told".split())
#: Words that can start a described speaker ('the ministry', 'two officials').
DETERMINERS = frozenset("the a an two three several some many both one another his her their its".split())
#: Groups of people who are quoted without names ('officials said').
GROUP_NOUNS = frozenset(
    """officials analysts experts critics sources diplomats observers residents people leaders ministers
    members lawmakers officers reporters journalists scholars researchers spokespeople""".split()
)
#: Head words of a channel ('in a statement', 'at a press conference').
CHANNEL_HEADS = frozenset(
    """statement interview speech post letter conference briefing message release email op-ed column
    report video address broadcast podcast media radio television tv parliament session hearing debate
    meeting ceremony forum readout communique communiqué dialogue summit""".split()
)
#: Prepositions that introduce a channel.
CHANNEL_PREPOSITIONS = frozenset("in at on during via".split())
#: Social media where statements are posted ('said in a post on X', 'wrote on Facebook'), lower case.
PLATFORMS = frozenset(
    "x twitter facebook instagram linkedin tiktok youtube threads bluesky weibo wechat telegram".split()
)
#: Short forms of roles, as reports write them ('the PM') → the role's words.
ROLE_ALIASES = MappingProxyType(
    {"pm": "prime minister", "fm": "foreign minister", "dpm": "deputy prime minister"}
)
#: Verbs of an outlet quoting someone: 'it quoted X as saying'.
QUOTING_VERBS = frozenset("quoted quotes cited cites".split())

#: Verbs that introduce what someone said (finite forms and ``-ing`` forms).
REPORTING_VERBS = frozenset(
    """said says told tells added adds asked asks replied wrote writes described noted stressed
    stresses explained explains insisted insists warned warns argued argues declared announced
    continued concluded acknowledged commented emphasised emphasized emphasises emphasizes observed
    remarked stated suggested urged recalled confirmed claimed maintained responded answered called
    shouted notes reiterates reiterated declares describes recalls confirms claims announces urges
    saying adding noting calling describing stressing warning telling asking writing
    tweeted tweets posted complained admitted conceded countered quipped joked boasted predicted
    recounted lamented testified asserted demanded interjected boomed
    reported reports reads chanted chanting yelled responds concludes continues barked wondered cracked
    questioned pressed exhorted cautioned cautions retorted scoffed mused agreed disagreed""".split()
)
#: -ing forms: their subject is the subject of the sentence, not the word before them.
PARTICIPLES = frozenset(w for w in REPORTING_VERBS if w.endswith("ing"))

#: Titles before a name, and the head words of roles in appositions.
ROLE_HEADS = frozenset(
    """deputy minister ministers secretary secretary-general president vice-president premier chancellor
    ambassador envoy spokesperson spokesman spokeswoman governor mayor senator commander chief
    director director-general chair chairman chairwoman chairperson admiral general colonel captain
    marshal professor leader king queen emperor prince princess commissioner officer adviser advisor
    lawmaker mp judge head researcher analyst economist lecturer fellow diplomat official executive
    ceo consul negotiator coordinator inspector attorney-general counsellor scientist biologist
    historian lawyer expert specialist engineer journalist editor correspondent activist campaigner
    founder manager teacher skipper pilot author curator forecaster counterpart
    commodore brigadier major sergeant""".split()
)
ROLE_MODIFIERS = frozenset(
    """foreign defense defence prime deputy vice trade finance economy economic security cabinet
    senior junior associate acting former state home interior justice health education environment
    climate energy industry agriculture fisheries transport immigration pacific affairs
    parliamentary assistant army navy naval air military rear lieutenant national principal
    permanent opposition party labour labor research policy press public police force forces
    maritime self-defense self-defence joint staff chiefs development international regional
    strategic studies government chief""".split()
)
ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
#: Honorific → the pronoun it implies ('' when it implies none).
HONORIFICS = {"mr": "he", "sir": "he", "ms": "she", "mrs": "she", "miss": "she", "dame": "she", "dr": ""}

# Head words of institutions ("Japan's Foreign Ministry", "the New Zealand government").
INSTITUTION_HEADS = frozenset(
    """ministry government department office embassy agency cabinet parliament navy army force
    forces guard administration secretariat commission council congress senate military police
    legislature""".split()
)
AGREEMENT_HEADS = frozenset(
    "agreement agreements treaty accord accords pact arrangement convention protocol understanding".split()
)
DOCUMENT_HEADS = frozenset(
    "statement statements readout communique communiqué release letter declaration transcript".split()
)
DOC_DETERMINERS = frozenset("a an the this that its their his her our same".split())
DOC_ADJECTIVES = frozenset(
    "joint separate written official brief short later earlier same press media government ministry".split()
)

#: Ship prefixes (general knowledge) → the navy's country (plain dicts here are read once per word: do not change them).
SHIP_PREFIXES = {
    "HMNZS": "New Zealand",
    "HMAS": "Australia",
    "HMS": "United Kingdom",
    "HMCS": "Canada",
    "USS": "United States",
    "USNS": "United States",
    "USCGC": "United States",
    "JS": "Japan",
    "ROKS": "South Korea",
    "INS": "India",
    "KRI": "Indonesia",
    "BRP": "Philippines",
    "RSS": "Singapore",
    "KD": "Malaysia",
    "HTMS": "Thailand",
    "FS": "France",
    "FGS": "Germany",
    "ITS": "Italy",
    "ESPS": "Spain",
    "HNLMS": "Netherlands",
    "HNoMS": "Norway",
    "HDMS": "Denmark",
    "HSwMS": "Sweden",
    "ORP": "Poland",
    "TCG": "Turkey",
    "RFS": "Russia",
    "PNS": "Pakistan",
    "RFNS": "Fiji",
    "ARA": "Argentina",
    "BAP": "Peru",
}

DAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
# Capitalised words that are not names (sentence starts, pronouns, connectors, groups of people).
NOT_NAMES = (
    frozenset(
        """the a an and or but in on at for of to by from with during after before when while as
        if this that these those it he she they we i you our their his her its my your there here
        both some many all most few several each every any no none nobody meanwhile however also
        under over yet still now then today tomorrow yesterday earlier later according asked said
        having being following including
        officials analysts experts critics sources diplomats observers residents people others
        leaders ministers members lawmakers officers troops forces reporters journalists
        one two three four five six seven eight nine ten not so such what which who why where how
        indo-pacific asia-pacific pacific asia europe africa""".split()
    )
    | DAYS_MONTHS
    | ROLE_WORDS
    | INSTITUTION_HEADS
    | AGREEMENT_HEADS
    | DOCUMENT_HEADS
    | REPORTING_VERBS
    | frozenset(HONORIFICS)
    | frozenset("jr sr".split())
)
ADVERBS = frozenset("also later then again separately previously earlier further once has had have".split())
AGREEMENT_CONNECTORS = frozenset("and of on for the in to &".split())
LEADING_FUNCTION_WORDS = frozenset(
    """the a an and or but in on at for of to by from with during after before when while as if
    this that under over since until between among""".split()
)


# Inside a name (never first): capitalised short words ("Nguyen Van An") and lower-case
# particles followed by a capitalised word ("Ursula von der Leyen", "Ahmad bin Ali").
#: Capitalised short words inside a name, never first ("Nguyen Van An").
NAME_INNER_CAPITALS = frozenset("a an i o".split())
#: Lower-case particles inside a name ("Ursula von der Leyen", "Ahmad bin Ali").
NAME_PARTICLES = frozenset(
    "van von der den de da das del della di do dos du la le bin binti ibn al el ter ten".split()
)
#: Suffixes that end a name without being its surname ("Ramon Castillo Jr.", "Ana Vea III"), as written.
NAME_SUFFIXES = frozenset("Jr Sr Jnr Snr jnr snr II III IV".split())
