"""People, countries, capitals, institutions, agreements, ships and documents an article mentions.

The rules read the article's own words with a little general knowledge: role
words ("Foreign Minister"), reporting verbs ("said"), ship prefixes ("HMNZS")
and a table of countries with their demonyms and capitals. No person, ship or
agreement is listed anywhere: a person is found because a title, an apposition
or a reporting verb introduces them, so the rules work on articles nobody here
has seen. Everything is a single pass over the words of each paragraph (linear
time, no backtracking regular expressions).

How people are introduced (each sets ``name``, ``role`` and ``country``):

* a title before the name: ``New Zealand Defense Minister Judith Collins``,
  ``Japan's foreign minister Toshimitsu Motegi``, ``Professor Ana Vea``;
* an apposition: ``Ana Vea, Tonga's trade minister, said`` or
  ``Tonga's trade minister, Ana Vea, said``;
* a reporting verb next to an unknown name: ``"...," said Ana Vea`` or
  ``Ana Vea told reporters``;
* an honorific: ``Ms Vea``, ``Dr. Ana Vea``.

Later, the full name or the surname alone (``Vea``) is a mention of the same
person; a first name alone is not linked. Roles keep the article's wording
(an article may write "Defense Minister" for a "Minister of Defence").

Agreements are capitalised names ending in a word such as Agreement, Treaty or
Accord; ``Acquisition and Cross-Servicing Agreement (ACSA)`` defines the
abbreviation, after which a bare ``ACSA`` is the same agreement. Lower-case
references ("this agreement") are not linked: which one is meant is a reader's
judgement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

__all__ = [
    "COUNTRIES",
    "MENTION_KINDS",
    "REPORTING_VERBS",
    "Agreement",
    "Mention",
    "Person",
    "country_of",
    "find_agreements",
    "find_mentions",
    "find_people",
]

#: The kinds of :class:`Mention`, in the order a reader meets them in the tables.
MENTION_KINDS = ("person", "country", "capital", "institution", "agreement", "ship", "document")

# --------------------------------------------------------------------------
# General knowledge: countries, demonyms, capitals. One line per country:
#   name | other names | demonyms | capitals
_COUNTRY_TABLE = """
Japan | Nippon | Japanese | Tokyo
New Zealand | NZ | New Zealand | Wellington
Australia | | Australian | Canberra
United States | US; U.S; USA; U.S.A; United States of America; America | American | Washington
China | People's Republic of China; PRC | Chinese | Beijing
South Korea | Republic of Korea; ROK | South Korean | Seoul
North Korea | DPRK | North Korean | Pyongyang
Taiwan | | Taiwanese | Taipei
United Kingdom | UK; U.K; Britain; Great Britain | British | London
France | | French | Paris
Germany | | German | Berlin
Italy | | Italian | Rome
Spain | | Spanish | Madrid
Netherlands | Holland | Dutch | Amsterdam; The Hague
Belgium | | Belgian | Brussels
Ireland | | Irish | Dublin
Switzerland | | Swiss | Bern
Austria | | Austrian | Vienna
Portugal | | Portuguese | Lisbon
Greece | | Greek | Athens
Poland | | Polish | Warsaw
Czech Republic | Czechia | Czech | Prague
Sweden | | Swedish | Stockholm
Norway | | Norwegian | Oslo
Denmark | | Danish | Copenhagen
Finland | | Finnish | Helsinki
Iceland | | Icelandic | Reykjavik
Estonia | | Estonian | Tallinn
Latvia | | Latvian | Riga
Lithuania | | Lithuanian | Vilnius
Romania | | Romanian | Bucharest
Hungary | | Hungarian | Budapest
Ukraine | | Ukrainian | Kyiv; Kiev
Russia | Russian Federation | Russian | Moscow
Turkey | Türkiye | Turkish | Ankara
Israel | | Israeli | Jerusalem
Iran | | Iranian | Tehran
Iraq | | Iraqi | Baghdad
Saudi Arabia | | Saudi | Riyadh
United Arab Emirates | UAE | Emirati | Abu Dhabi
Qatar | | Qatari | Doha
Egypt | | Egyptian | Cairo
South Africa | | South African | Pretoria
Nigeria | | Nigerian | Abuja
Kenya | | Kenyan | Nairobi
Ethiopia | | Ethiopian | Addis Ababa
India | | Indian | New Delhi
Pakistan | | Pakistani | Islamabad
Bangladesh | | Bangladeshi | Dhaka
Sri Lanka | | Sri Lankan | Colombo
Nepal | | Nepali; Nepalese | Kathmandu
Mongolia | | Mongolian | Ulaanbaatar
Philippines | | Philippine; Filipino | Manila
Indonesia | | Indonesian | Jakarta
Vietnam | Viet Nam | Vietnamese | Hanoi
Malaysia | | Malaysian | Kuala Lumpur
Singapore | | Singaporean |
Thailand | | Thai | Bangkok
Cambodia | | Cambodian | Phnom Penh
Laos | Lao PDR | Laotian | Vientiane
Myanmar | Burma | Burmese | Naypyidaw
Brunei | | Bruneian | Bandar Seri Begawan
Timor-Leste | East Timor | Timorese | Dili
Papua New Guinea | PNG | Papua New Guinean | Port Moresby
Fiji | | Fijian | Suva
Samoa | | Samoan | Apia
Tonga | | Tongan | Nuku'alofa; Nuku’alofa
Solomon Islands | | Solomon Islander | Honiara
Vanuatu | | Ni-Vanuatu | Port Vila
Kiribati | | I-Kiribati | Tarawa
Tuvalu | | Tuvaluan | Funafuti
Nauru | | Nauruan |
Palau | | Palauan | Ngerulmud
Marshall Islands | | Marshallese | Majuro
Micronesia | Federated States of Micronesia | Micronesian | Palikir
Cook Islands | | Cook Islander | Avarua
Niue | | Niuean | Alofi
Canada | | Canadian | Ottawa
Mexico | | Mexican | Mexico City
Brazil | | Brazilian | Brasilia; Brasília
Argentina | | Argentine; Argentinian | Buenos Aires
Chile | | Chilean | Santiago
Peru | | Peruvian | Lima
Colombia | | Colombian | Bogota; Bogotá
"""


def _read_country_table(table: str) -> dict[str, dict[str, tuple[str, ...]]]:
    countries: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in table.strip().splitlines():
        name, others, demonyms, capitals = (part.strip() for part in line.split("|"))

        def split(cell: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in cell.split(";") if x.strip())

        countries[name] = {"names": split(others), "demonyms": split(demonyms), "capitals": split(capitals)}
    return countries


#: Country → ``{"names": other names, "demonyms": ..., "capitals": ...}`` (general knowledge).
COUNTRIES: dict[str, dict[str, tuple[str, ...]]] = _read_country_table(_COUNTRY_TABLE)

# Phrase (tuple of words) → (kind, country). Kind is "country", "demonym" or "capital".
_PLACE_PHRASES: dict[tuple[str, ...], tuple[str, str]] = {}
for _country, _entry in COUNTRIES.items():
    for _phrase in (_country, *_entry["names"]):
        _PLACE_PHRASES[tuple(_phrase.split())] = ("country", _country)
    for _phrase in _entry["demonyms"]:
        _PLACE_PHRASES.setdefault(tuple(_phrase.split()), ("demonym", _country))
    for _phrase in _entry["capitals"]:
        _PLACE_PHRASES[tuple(_phrase.split())] = ("capital", _country)
# First word → candidate phrases, longest first (so "New Zealand" wins over "New").
_PLACES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(_PLACE_PHRASES, key=len, reverse=True):
    _PLACES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_PLACE_WORDS = frozenset(w for phrase in _PLACE_PHRASES for w in phrase)


def country_of(place: str) -> str:
    """The country a country name, other name, demonym or capital belongs to ('' if unknown).

    >>> country_of("Japanese"), country_of("Wellington"), country_of("U.S"), country_of("Atlantis")
    ('Japan', 'New Zealand', 'United States', '')
    """
    found = _PLACE_PHRASES.get(tuple(place.split()))
    return found[1] if found else ""


# --------------------------------------------------------------------------
# General knowledge: words of news reporting.

#: Verbs that introduce what someone said (finite forms and ``-ing`` forms).
REPORTING_VERBS = frozenset(
    """said says told tells added adds asked asks replied wrote writes described noted stressed
    stresses explained explains insisted insists warned warns argued argues declared announced
    continued concluded acknowledged commented emphasised emphasized emphasises emphasizes observed
    remarked stated suggested urged recalled confirmed claimed maintained responded answered called
    shouted
    saying adding noting calling describing stressing warning telling asking writing""".split()
)
# -ing forms: their subject is the subject of the sentence, not the word before them.
_PARTICIPLES = frozenset(w for w in REPORTING_VERBS if w.endswith("ing"))

# Titles before a name, and the head words of roles in appositions.
_ROLE_HEADS = frozenset(
    """deputy minister ministers secretary secretary-general president vice-president premier chancellor
    ambassador envoy spokesperson spokesman spokeswoman governor mayor senator commander chief
    director director-general chair chairman chairwoman chairperson admiral general colonel captain
    marshal professor leader king queen emperor prince princess commissioner officer adviser advisor
    lawmaker mp judge head researcher analyst economist lecturer fellow diplomat official executive
    ceo consul negotiator coordinator inspector attorney-general counsellor scientist biologist
    historian lawyer expert specialist engineer journalist editor correspondent activist campaigner
    founder manager teacher skipper pilot author curator forecaster""".split()
)
_ROLE_MODIFIERS = frozenset(
    """foreign defense defence prime deputy vice trade finance economy economic security cabinet
    senior junior associate acting former state home interior justice health education environment
    climate energy industry agriculture fisheries transport immigration pacific affairs
    parliamentary assistant army navy naval air military rear lieutenant national principal
    permanent opposition party labour labor research policy press public police force forces
    maritime self-defense self-defence joint staff chiefs development international regional
    strategic studies government chief""".split()
)
_ROLE_WORDS = _ROLE_HEADS | _ROLE_MODIFIERS
_HONORIFICS = {"mr": "he", "sir": "he", "ms": "she", "mrs": "she", "miss": "she", "dame": "she", "dr": ""}

# Head words of institutions ("Japan's Foreign Ministry", "the New Zealand government").
_INSTITUTION_HEADS = frozenset(
    """ministry government department office embassy agency cabinet parliament navy army force
    forces guard administration secretariat commission council congress senate military police
    legislature""".split()
)
_AGREEMENT_HEADS = frozenset(
    "agreement agreements treaty accord accords pact arrangement convention protocol understanding".split()
)
_DOCUMENT_HEADS = frozenset(
    "statement statements readout communique communiqué release letter declaration transcript".split()
)
_DOC_DETERMINERS = frozenset("a an the this that its their his her our same".split())
_DOC_ADJECTIVES = frozenset(
    "joint separate written official brief short later earlier same press media government ministry".split()
)

#: Ship prefixes (general knowledge) → the navy's country.
_SHIP_PREFIXES = {
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

_DAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
# Capitalised words that are not names (sentence starts, pronouns, connectors, groups of people).
_NOT_NAMES = (
    frozenset(
        """the a an and or but in on at for of to by from with during after before when while as
        if this that these those it he she they we i you our their his her its my your there here
        both some many all most few several each every any no none nobody meanwhile however also
        under over yet still now then today tomorrow yesterday earlier later according asked said
        officials analysts experts critics sources diplomats observers residents people others
        leaders ministers members lawmakers officers troops forces reporters journalists
        one two three four five six seven eight nine ten not so such what which who why where how
        indo-pacific asia-pacific pacific asia europe africa""".split()
    )
    | _DAYS_MONTHS
    | _ROLE_WORDS
    | _INSTITUTION_HEADS
    | _AGREEMENT_HEADS
    | _DOCUMENT_HEADS
    | REPORTING_VERBS
    | frozenset(_HONORIFICS)
)
_ADVERBS = frozenset("also later then again separately previously earlier further once has had have".split())
_AGREEMENT_CONNECTORS = frozenset("and of on for the in to &".split())
_LEADING_FUNCTION_WORDS = frozenset(
    """the a an and or but in on at for of to by from with during after before when while as if
    this that under over since until between among""".split()
)

# Words: letters and digits, joined inside by an apostrophe, hyphen or full stop
# ("Japan's", "Cross-Servicing", "U.S"). Each repetition must start with a
# joiner, so matching is unambiguous and linear.
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


# --------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Person:
    """A person the article introduces: ``name`` as first written, ``role`` and ``country`` if given.

    ``paragraph``, ``start`` and ``end`` locate the name where the person is
    introduced (1-based paragraph; offsets into ``article.text``).

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 Tongan Trade Minister Ana Vea spoke. Vea left.")
    >>> find_people(art)[0]
    Person(name='Ana Vea', surname='Vea', role='Trade Minister', country='Tonga', paragraph=1, start=39, end=46)
    """

    name: str
    surname: str
    role: str
    country: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict:
        """Return the person as plain data.

        >>> Person("Ana Vea", "Vea", "", "Tonga", 1, 0, 7).to_dict()["surname"]
        'Vea'
        """
        return {
            "name": self.name,
            "surname": self.surname,
            "role": self.role,
            "country": self.country,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Mention:
    """One mention: its ``kind`` (see :data:`MENTION_KINDS`), the ``text`` as written and what it names.

    ``canonical`` is the thing mentioned (a person's full name, a country's
    name, an agreement's full name, a document's issuer or ``''`` if unknown);
    ``country`` is the country it belongs to, or ``''``.

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 The US and Canberra met.")
    >>> [(m.kind, m.text, m.canonical) for m in find_mentions(art)]
    [('country', 'US', 'United States'), ('capital', 'Canberra', 'Canberra')]
    """

    kind: str
    text: str
    canonical: str
    country: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict:
        """Return the mention as plain data.

        >>> Mention("country", "US", "United States", "United States", 1, 5, 7).to_dict()["canonical"]
        'United States'
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "canonical": self.canonical,
            "country": self.country,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Agreement:
    """A named agreement: full ``name``, its ``abbreviation`` if defined, first ``paragraph``, ``mentions``.

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 They signed the Reef Fisheries Accord (RFA). The RFA starts now.")
    >>> find_agreements(art)
    (Agreement(name='Reef Fisheries Accord', abbreviation='RFA', paragraph=1, mentions=2),)
    """

    name: str
    abbreviation: str
    paragraph: int
    mentions: int

    def to_dict(self) -> dict:
        """Return the agreement as plain data.

        >>> Agreement("Reef Accord", "", 1, 1).to_dict()
        {'name': 'Reef Accord', 'abbreviation': '', 'paragraph': 1, 'mentions': 1}
        """
        return {
            "name": self.name,
            "abbreviation": self.abbreviation,
            "paragraph": self.paragraph,
            "mentions": self.mentions,
        }


# --------------------------------------------------------------------------
# Tokens


class _Tok:
    """One word with its offsets; ``base`` drops a possessive ``'s``."""

    __slots__ = ("base", "cap", "end", "lower", "poss", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.poss = len(text) > 2 and text[-2] in "'’" and text[-1] == "s"
        self.base = text[:-2] if self.poss else text
        self.lower = self.base.lower()
        self.cap = text[:1].isupper()


def _tokens(text: str, offset: int) -> list[_Tok]:
    return [_Tok(m.group(), offset + m.start()) for m in _WORD.finditer(text)]


@dataclass
class _Scan:
    """Everything the entity pass found; shared with :mod:`helpers.quotes`."""

    article: object
    tokens: list[list[_Tok]] = field(default_factory=list)  # per paragraph
    people: dict[str, Person] = field(default_factory=dict)  # name → person, in order of introduction
    surnames: dict[str, Person] = field(default_factory=dict)  # surname → latest person with it
    pronoun_hint: dict[str, str] = field(default_factory=dict)  # name → "he"/"she" from an honorific
    mentions: list[Mention] = field(default_factory=list)
    agreements: dict[str, list] = field(default_factory=dict)  # name → [abbreviation, paragraph, count]
    starts: list[int] = field(default_factory=list)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        out = []
        i = bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """True if only spaces separate the two words (no punctuation, no quotation mark)."""
    gap = text[a.end : b.start]
    return gap != "" and gap.isspace()


def _place_at(toks: list[_Tok], i: int, text: str) -> tuple[str, str, int, bool] | None:
    """A country, demonym or capital starting at word ``i``: (kind, country, next index, possessive)."""
    candidates = _PLACES_BY_FIRST.get(toks[i].text)
    if candidates is None and toks[i].poss:
        candidates = _PLACES_BY_FIRST.get(toks[i].base)
    for phrase in candidates or ():
        n = len(phrase)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            tok = toks[i + k]
            word = tok.base if k == n - 1 else tok.text
            if word != phrase[k] or (k and not _joined(text, toks[i + k - 1], tok)):
                ok = False
                break
            if k < n - 1 and tok.poss:
                ok = False
                break
        if ok:
            kind, country = _PLACE_PHRASES[phrase]
            return kind, country, i + n, toks[i + n - 1].poss
    return None


def _namelike(tok: _Tok) -> bool:
    word = tok.base
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    return tok.lower not in _NOT_NAMES and word not in _PLACE_WORDS and word not in _SHIP_PREFIXES


# Inside a name (never first): capitalised short words ("Nguyen Van An") and lower-case
# particles followed by a capitalised word ("Ursula von der Leyen", "Ahmad bin Ali").
_NAME_INNER_CAPITALS = frozenset("a an i o".split())
_NAME_PARTICLES = frozenset(
    "van von der den de da das del della di do dos du la le bin binti ibn al el ter ten".split()
)


def _name_run(toks: list[_Tok], i: int, text: str, limit: int = 4) -> int:
    """Index after a run of up to ``limit`` name-like words starting at ``i`` (``i`` if none)."""
    j = i
    n = len(toks)
    while j < n and j - i < limit + 2:
        tok = toks[j]
        if j > i and not _joined(text, toks[j - 1], tok):
            break
        if _namelike(tok):
            pass
        elif j > i and tok.cap and tok.lower in _NAME_INNER_CAPITALS and not toks[j - 1].poss:
            pass
        elif (
            j > i
            and tok.lower in _NAME_PARTICLES
            and not tok.cap
            and j + 1 < n
            and _joined(text, tok, toks[j + 1])
            and (_namelike(toks[j + 1]) or toks[j + 1].lower in _NAME_PARTICLES)
        ):
            pass
        else:
            break
        j += 1
        if tok.poss:  # "Vea's visit": the name ends at the possessive
            break
    while j > i and toks[j - 1].lower in _NAME_PARTICLES and not toks[j - 1].cap:
        j -= 1
    return j


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


# --------------------------------------------------------------------------
# The scan


def _scan(article) -> _Scan:
    """Find every entity in ``article`` (one pass per kind over each paragraph's words)."""
    scan = _Scan(article=article)
    text = article.text
    abbreviations: dict[str, str] = {}
    last_institution: dict[str, Mention] = {}
    found: list[Mention] = []

    for para in article.paragraphs:
        toks = _tokens(para.text, para.start)
        scan.tokens.append(toks)
        ship_words: set[int] = set()
        # Ships first: their names are not people or places.
        for i, tok in enumerate(toks):
            country = _SHIP_PREFIXES.get(tok.text)
            if country and i + 1 < len(toks) and _joined(text, tok, toks[i + 1]) and toks[i + 1].cap:
                j = i + 1
                while j < len(toks) and j - i <= 3 and toks[j].cap and _joined(text, toks[j - 1], toks[j]):
                    j += 1
                    if toks[j - 1].poss:
                        break
                ship_words.update(range(i, j))
                end = toks[j - 1].start + len(toks[j - 1].base)
                found.append(Mention("ship", text[tok.start : end], text[tok.start : end], country,
                                     para.number, tok.start, end))  # fmt: skip
        _scan_places(scan, para.number, toks, text, ship_words, found)
        _scan_agreements(para.number, toks, text, abbreviations, found, scan)
        _scan_people(scan, para.number, toks, text, ship_words, found)
        _scan_institutions(para.number, toks, text, last_institution, found)
    found.sort(key=lambda m: (m.start, -m.end))
    # Documents last: their issuer ("a statement from X") is a mention found above.
    by_start = {}
    for m in found:
        if m.kind in ("person", "institution", "country", "capital"):
            by_start.setdefault(m.start, m)
    docs: list[Mention] = []
    for number, toks in enumerate(scan.tokens, start=1):
        _scan_documents(number, toks, text, by_start, docs)
    found.extend(docs)
    found.sort(key=lambda m: (m.start, -m.end))
    scan.mentions = found
    scan.starts = [m.start for m in found]
    return scan


def _scan_places(scan, number, toks, text, ship_words, found) -> None:
    i = 0
    while i < len(toks):
        hit = _place_at(toks, i, text) if i not in ship_words else None
        if hit is None:
            i += 1
            continue
        kind, country, j, _poss = hit
        end = toks[j - 1].start + len(toks[j - 1].base)
        written = text[toks[i].start : end]
        if kind == "capital":
            found.append(Mention("capital", written, written, country, number, toks[i].start, end))
        else:
            found.append(Mention("country", written, country, country, number, toks[i].start, end))
        i = j


def _scan_agreements(number, toks, text, abbreviations, found, scan) -> None:
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.text in abbreviations and not _inside_parentheses(text, tok):
            name = abbreviations[tok.text]
            found.append(Mention("agreement", tok.text, name, "", number, tok.start, tok.end))
            scan.agreements[name][2] += 1
            i += 1
            continue
        if not tok.cap or tok.lower in _AGREEMENT_CONNECTORS:
            i += 1
            continue
        # A run of capitalised words (with connectors between them) up to the first head word.
        j = i
        head = -1
        while j < n and j - i < 14:
            t = toks[j]
            if j > i and not _joined(text, toks[j - 1], t):
                break
            if t.cap and t.lower in _AGREEMENT_HEADS and j > i:
                head = j
                break
            if t.cap and not t.poss:
                j += 1
            elif t.lower in _AGREEMENT_CONNECTORS and j + 1 < n and toks[j + 1].cap:
                j += 1
            else:
                break
        if head < 0:
            i += 1  # runs are at most 14 words long, so restarting one word later stays linear
            continue
        first = i
        while first < head and toks[first].lower in _LEADING_FUNCTION_WORDS:
            first += 1
        start, end = toks[first].start, toks[head].start + len(toks[head].base)
        name = text[start:end]
        abbreviation = ""
        after = head + 1
        if after < n and text[toks[head].end : toks[after].start].strip() == "(":
            cand = toks[after]
            if cand.text.isupper() and 2 <= len(cand.text) <= 10 and text[cand.end : cand.end + 1] == ")":
                abbreviation = cand.text
                abbreviations.setdefault(abbreviation, name)
        record = scan.agreements.setdefault(name, [abbreviation, number, 0])
        if abbreviation and not record[0]:
            record[0] = abbreviation
        record[2] += 1
        found.append(Mention("agreement", name, name, "", number, start, end))
        i = head + 1


def _inside_parentheses(text: str, tok: _Tok) -> bool:
    return text[tok.start - 1 : tok.start] == "(" and text[tok.end : tok.end + 1] == ")"


def _add_person(scan, number, text, toks, i, j, role, country, found, honorific="") -> None:
    """Register the name in words ``i..j`` (or link it to a known person) and record a mention."""
    start, end = toks[i].start, toks[j - 1].start + len(toks[j - 1].base)
    name = text[start:end]
    person = scan.people.get(name)
    if person is None and j - i == 1:
        person = _by_surname(scan, name)
    if person is None:
        person = Person(name, toks[j - 1].base, role, country, number, start, end)
        scan.people[name] = person
        scan.surnames[person.surname] = person
    elif role and not person.role:  # a role learnt later fills in an empty one
        person = Person(person.name, person.surname, role, country or person.country,
                        person.paragraph, person.start, person.end)  # fmt: skip
        scan.people[person.name] = person
        scan.surnames[person.surname] = person
    if honorific and _HONORIFICS.get(honorific):
        scan.pronoun_hint.setdefault(person.name, _HONORIFICS[honorific])
    found.append(Mention("person", name, person.name, person.country, number, start, end))


def _by_surname(scan, word: str) -> Person | None:
    return scan.surnames.get(word)


def _role_span(toks, r: int, n: int, text) -> int:
    """Index of the last role head in the role words starting at ``r`` (-1 if none)."""
    k, head = r, -1
    limit = min(n, r + 6)  # "Deputy Prime Minister", "Chief Cabinet Secretary": titles are short
    while k < limit and toks[k].lower in _ROLE_WORDS and (k == r or _joined(text, toks[k - 1], toks[k])):
        if toks[k].lower in _ROLE_HEADS:
            head = k
        if toks[k].poss:
            break
        k += 1
    return head


def _role_complement(toks, head: int, text) -> int:
    """Last word of a role with an "of"/"for" complement: "Minister for Foreign Affairs and Trade"."""
    n = len(toks)
    k = head + 1
    if k + 1 >= n or toks[k].lower not in ("of", "for") or not _joined(text, toks[head], toks[k]):
        return head
    last = head
    m = k + 1
    while m < n and m - k <= 5 and _joined(text, toks[m - 1], toks[m]):
        low = toks[m].lower
        if low in _ROLE_MODIFIERS and not toks[m].poss:
            last = m
        elif not (low == "and" and m + 1 < n and toks[m + 1].lower in _ROLE_MODIFIERS):
            break
        m += 1
    return last


def _apposition_role(toks, i: int, text) -> tuple[str, str, int] | None:
    """After a name, ``, [the|a|Country's] role[ of ...],``: return (role, country, next index)."""
    n = len(toks)
    if i >= n or _gap(text, toks[i - 1], toks[i]).strip() != ",":
        return None
    k = i
    country = ""
    if toks[k].lower in ("the", "a", "an"):
        k += 1
    if k < n:
        hit = _place_at(toks, k, text)
        if hit is not None:
            country, k = hit[1], hit[2]
    first_role = k  # the role is everything from here to its head word: "marine biologist"
    head = -1
    limit = min(n, k + 6)
    while k < limit:
        if k > i and not _joined(text, toks[k - 1], toks[k]):
            break
        low = toks[k].lower
        if low in _ROLE_HEADS:
            head = k
        elif head >= 0:
            break
        k += 1
    if head < 0:
        return None
    # the apposition must close: a comma, the end of a sentence, or a reporting verb
    end = head + 1
    while end < n and end - head <= 8 and _joined(text, toks[end - 1], toks[end]):
        end += 1
    tail = text[toks[end - 1].end : toks[end].start] if end < n else text[toks[end - 1].end :]
    if tail[:1] not in (",", ".", ";", ")", "") and not (end < n and toks[end].lower in REPORTING_VERBS):
        return None
    role = text[toks[first_role].start : toks[head].start + len(toks[head].base)]
    return role, country, end


def _scan_people(scan, number, toks, text, ship_words, found) -> None:
    n = len(toks)
    i = 0
    while i < n:
        if i in ship_words:
            i += 1
            continue
        tok = toks[i]
        # 1. An honorific: "Ms Vea", "Dr. Ana Vea".
        if tok.lower in _HONORIFICS and tok.cap and i + 1 < n:
            gap = _gap(text, tok, toks[i + 1])
            if gap.strip() in ("", ".") and "\n\n" not in gap:
                j = _name_run(toks, i + 1, text)
                if j > i + 1:
                    appo = _apposition_role(toks, j, text) if j < n else None
                    role, country = (appo[0], appo[1]) if appo else ("", "")
                    _add_person(scan, number, text, toks, i + 1, j, role, country, found, honorific=tok.lower)
                    i = appo[2] if appo else j
                    continue
        # 2. A title: [the] [Country|Demonym|Country's] role-words NAME  (or "role, NAME,").
        j = i + 1 if tok.lower == "the" and i + 1 < n and _joined(text, tok, toks[i + 1]) else i
        country = ""
        hit = _place_at(toks, j, text) if j < n else None
        if (
            hit is not None
            and hit[0] != "capital"
            and hit[2] < n
            and _joined(text, toks[hit[2] - 1], toks[hit[2]])
        ):
            country, j = hit[1], hit[2]
        head = -1
        if j < n and toks[j].lower in _ROLE_WORDS:
            head = _role_span(toks, j, n, text)
        elif country:
            # "Fijian Meteorology Director Sereana Naivalu": up to three other capitalised words
            # between the country and the role's head word
            k = j
            while (
                k < n and k - j < 3 and toks[k].cap and not toks[k].poss and toks[k].lower not in _ROLE_WORDS
            ):
                if not _joined(text, toks[k - 1], toks[k]):
                    break
                k += 1
            if k > j and k < n and toks[k].lower in _ROLE_WORDS and _joined(text, toks[k - 1], toks[k]):
                head = _role_span(toks, k, n, text)
        if head >= 0 and head + 1 < n and not toks[head].poss:
            role_end = _role_complement(toks, head, text)
            role = text[toks[j].start : toks[role_end].start + len(toks[role_end].base)]
            nxt = role_end + 1
            gap = _gap(text, toks[role_end], toks[nxt]) if nxt < n else ""
            if gap.isspace():
                end = _name_run(toks, nxt, text)
                if end > nxt:  # "Minister of Defence Ana Vea"
                    _add_person(scan, number, text, toks, nxt, end, role, country, found)
                    i = end
                    continue
                # "ambassador to Britain, Lars Berg,": a short qualifier, then the name after a comma
                if toks[nxt].lower in ("to", "of", "for", "at", "in"):
                    q = nxt + 1
                    while (
                        q < n
                        and q - nxt <= 4
                        and _joined(text, toks[q - 1], toks[q])
                        and (toks[q].cap or toks[q].lower == "the")
                    ):
                        q += 1
                    if q > nxt + 1 and q < n and _gap(text, toks[q - 1], toks[q]).strip() == ",":
                        role = text[toks[j].start : toks[q - 1].start + len(toks[q - 1].base)]
                        nxt, gap = q, ","
            if gap.strip() == ",":
                # "Tonga's trade minister, Ana Vea, said"
                end = _name_run(toks, nxt, text)
                after = text[toks[end - 1].end : toks[end].start] if end < n else ""
                closes = after.strip()[:1] in (",", ".", "") or (
                    end < n and toks[end].lower in REPORTING_VERBS
                )
                if end > nxt and closes:
                    _add_person(scan, number, text, toks, nxt, end, role, country, found)
                    i = end
                    continue
        # 3. A known person (full name or surname), or a new name with an apposition or a reporting verb.
        if _namelike(tok):
            end = _name_run(toks, i, text)
            name = text[tok.start : toks[end - 1].start + len(toks[end - 1].base)]
            known = scan.people.get(name)
            if known is None:
                # a known surname inside the run: "Vea" in "Minister Vea" is handled above;
                # here "Vea said" or a two-word run whose last word is a known surname.
                if end - i == 1 and _by_surname(scan, tok.base) is not None:
                    _add_person(scan, number, text, toks, i, end, "", "", found)
                    i = end
                    continue
                appo = _apposition_role(toks, end, text) if end < n else None
                if appo is not None and (end - i >= 2 or _verb_next(toks, end, appo[2])):
                    _add_person(scan, number, text, toks, i, end, appo[0], appo[1], found)
                    i = appo[2]
                    continue
                if _next_to_reporting_verb(toks, i, end, text):
                    _add_person(scan, number, text, toks, i, end, "", "", found)
                    i = end
                    continue
            else:
                _add_person(scan, number, text, toks, i, end, "", "", found)
                appo = _apposition_role(toks, end, text) if end < n else None
                i = appo[2] if appo is not None else end
                continue
            i = end
            continue
        i += 1


def _verb_next(toks, i: int, end: int) -> bool:
    return end < len(toks) and toks[end].lower in REPORTING_VERBS


def _next_to_reporting_verb(toks, i: int, end: int, text) -> bool:
    """``NAME said`` / ``NAME also said`` / ``," said NAME``."""
    n = len(toks)
    k = end
    if k < n and toks[k].lower in _ADVERBS and _joined(text, toks[k - 1], toks[k]):
        k += 1
    if k < n and toks[k].lower in REPORTING_VERBS and toks[k].lower not in _PARTICIPLES:
        if _joined(text, toks[k - 1], toks[k]):
            return True
    if i > 0 and toks[i - 1].lower in REPORTING_VERBS and _joined(text, toks[i - 1], toks[i]):
        before = text[toks[i - 2].end : toks[i - 1].start] if i > 1 else ""
        if any(ch in before for ch in ',"”?!'):
            return True
    return False


def _scan_institutions(number, toks, text, last_institution, found) -> None:
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        j = i
        definite = tok.lower == "the" and i + 1 < n and _joined(text, tok, toks[i + 1])
        if definite:
            j += 1
        country = ""
        hit = _place_at(toks, j, text) if j < n else None
        if hit is not None and hit[0] != "capital":
            country, j = hit[1], hit[2]
            if j < n and not _joined(text, toks[j - 1], toks[j]):
                i = j
                continue
        k = j
        while k < n and k - j < 3 and toks[k].cap and toks[k].lower not in _INSTITUTION_HEADS:
            if k > j and not _joined(text, toks[k - 1], toks[k]):
                break
            k += 1
        if k < n and (k == j or _joined(text, toks[k - 1], toks[k])) and toks[k].lower in _INSTITUTION_HEADS:
            head = k
            capital_head = toks[head].cap
            if not country and not capital_head:
                # "the ministry": a reference to the latest institution with that head word
                if definite and head == j:
                    ref = last_institution.get(toks[head].lower)
                    if ref is not None:
                        end = toks[head].start + len(toks[head].base)
                        found.append(Mention("institution", text[tok.start : end], ref.canonical,
                                             ref.country, number, tok.start, end))  # fmt: skip
                    i = head + 1
                    continue
                i += 1
                continue
            if not country and head == j and not definite:
                i += 1
                continue
            end_tok = head
            # "Ministry of Foreign Affairs and Trade"
            m = head + 1
            if m + 1 < n and toks[m].lower == "of" and _joined(text, toks[head], toks[m]) and toks[m + 1].cap:
                m += 1
                while (
                    m < n
                    and _joined(text, toks[m - 1], toks[m])
                    and (toks[m].cap or (toks[m].lower == "and" and m + 1 < n and toks[m + 1].cap))
                ):
                    end_tok = m
                    m += 1
            start = toks[i + 1].start if definite else tok.start
            end = toks[end_tok].start + len(toks[end_tok].base)
            canonical = text[start:end]
            mention = Mention("institution", canonical, canonical, country, number, start, end)
            found.append(mention)
            last_institution[toks[head].lower] = mention
            i = end_tok + 1
            continue
        i += 1


def _scan_documents(number, toks, text, by_start, docs) -> None:
    n = len(toks)
    for h, tok in enumerate(toks):
        if tok.lower not in _DOCUMENT_HEADS or (tok.cap and h > 0 and toks[h - 1].cap):
            continue
        if tok.lower == "release" and not (h > 0 and toks[h - 1].lower in ("press", "media")):
            continue
        # walk back over adjectives to a determiner or a possessive
        k = h - 1
        while (
            k >= 0 and h - k <= 3 and toks[k].lower in _DOC_ADJECTIVES and _joined(text, toks[k], toks[k + 1])
        ):
            k -= 1
        issuer = None
        if (
            k >= 0
            and _joined(text, toks[k], toks[k + 1])
            and (toks[k].lower in _DOC_DETERMINERS or toks[k].poss)
        ):
            if toks[k].poss:
                # "Japan's statement", "the ministry's statement": the issuer is the possessor
                j = k
                while j > 0 and h - j < 6 and _joined(text, toks[j - 1], toks[j]) and toks[j - 1].cap:
                    j -= 1
                issuer = by_start.get(toks[j].start) or by_start.get(toks[j - 1].start if j else -1)
                start = toks[j].start
            else:
                start = toks[k].start
        else:
            continue
        end = tok.end
        nxt = h + 1
        if nxt + 1 < n and toks[nxt].lower in ("from", "by", "of") and _joined(text, tok, toks[nxt]):
            cand = nxt + 1
            if toks[cand].lower == "the" and cand + 1 < n:
                hit = by_start.get(toks[cand].start) or by_start.get(toks[cand + 1].start)
            else:
                hit = by_start.get(toks[cand].start)
            if hit is not None and _joined(text, toks[nxt], toks[cand]):
                issuer = hit
                end = hit.end
        canonical = issuer.canonical if issuer is not None else ""
        country = issuer.country if issuer is not None else ""
        docs.append(Mention("document", text[start:end], canonical, country, number, start, end))


# --------------------------------------------------------------------------
# Public functions


def find_people(article) -> tuple[Person, ...]:
    """The people ``article`` introduces, in order of first appearance.

    >>> from helpers import parse_article
    >>> art = parse_article(' date 2030-01-02 "We agree," said Lea Mar, a senior fellow at the institute.')
    >>> [(p.name, p.role) for p in find_people(art)]
    [('Lea Mar', 'senior fellow')]
    """
    return tuple(_scan(article).people.values())


def find_mentions(article) -> tuple[Mention, ...]:
    """Every mention in ``article``, in text order (a longer mention before one inside it).

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 Fijian Navy Commander Sam Tui boarded HMNZS Kiwa.")
    >>> [(m.kind, m.text) for m in find_mentions(art)]
    [('institution', 'Fijian Navy'), ('country', 'Fijian'), ('person', 'Sam Tui'), ('ship', 'HMNZS Kiwa')]
    """
    return tuple(_scan(article).mentions)


def find_agreements(article) -> tuple[Agreement, ...]:
    """The named agreements in ``article``, in order of first mention, abbreviations expanded.

    >>> from helpers import parse_article
    >>> find_agreements(parse_article(" date 2030-01-02 No treaty here."))
    ()
    """
    return tuple(Agreement(name, rec[0], rec[1], rec[2]) for name, rec in _scan(article).agreements.items())
