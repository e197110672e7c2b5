"""The country table, once: names, other names, demonyms and capitals (general knowledge).

Every module that needs a country reads it from here: entities (places,
titles such as "Japanese Foreign Minister") and quotations (a capital that
speaks for its government).

>>> PLACE_PHRASES[("New", "Zealand")]
('country', 'New Zealand')
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "COUNTRY_TABLE", "PLACES_BY_FIRST", "PLACE_PHRASES", "PLACE_WORDS", "country_of"]

#: One line per country: ``name | other names | demonyms | capitals`` (``;`` between several).
COUNTRY_TABLE = """
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


#: Country → ``{"names": other names, "demonyms": ..., "capitals": ...}``.
COUNTRIES: dict[str, dict[str, tuple[str, ...]]] = _read_country_table(COUNTRY_TABLE)


def _place_phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    for country, entry in COUNTRIES.items():
        for phrase in (country, *entry["names"]):
            phrases[tuple(phrase.split())] = ("country", country)
        for phrase in entry["demonyms"]:
            phrases.setdefault(tuple(phrase.split()), ("demonym", country))
        for phrase in entry["capitals"]:
            phrases[tuple(phrase.split())] = ("capital", country)
    return phrases


#: Phrase (tuple of words) → (kind, country); kind is ``"country"``, ``"demonym"`` or ``"capital"``.
PLACE_PHRASES: dict[tuple[str, ...], tuple[str, str]] = _place_phrases()
#: First word → candidate phrases, longest first (so "New Zealand" wins over "New").
PLACES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(PLACE_PHRASES, key=len, reverse=True):
    PLACES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
#: Every word of every place phrase (such words are not people's names).
PLACE_WORDS = frozenset(w for phrase in PLACE_PHRASES for w in phrase)


def country_of(place: str) -> str:
    """The country a country name, other name, demonym or capital belongs to ('' if unknown).

    >>> country_of("Japanese"), country_of("Wellington"), country_of("U.S"), country_of("Atlantis")
    ('Japan', 'New Zealand', 'United States', '')
    """
    found = PLACE_PHRASES.get(tuple(place.split()))
    return found[1] if found else ""
