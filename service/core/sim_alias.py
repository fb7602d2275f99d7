"""Surface forms that name one thing: countries, their people, capitals used as metonyms,
common institutional abbreviations, and numbers written as words or with scale suffixes.

A rewrite turns "U.S." into "United States", "Ukraine" into "Kyiv", "3,000" into "three
thousand" or "3k"; the facts of both must be the same. :data:`ALIAS_PATTERN` matches every listed
surface form (case-sensitive, longest first, an optional possessive) and :func:`canonical`
maps it to one key; :func:`number_value` reads a number with an optional scale word
("1.2bn", "9 million") and :func:`words_value` a number in words ("half a million").
Everything here is a fixed table compiled once; matching is one regex pass per story.
"""

from __future__ import annotations

import re

# canonical key: surface forms (country, people / adjective, capital as metonym, abbreviations)
_TABLE = """
us: United States|United States of America|U.S.|U.S.A.|USA|US|America|American|Americans|Washington
uk: United Kingdom|U.K.|UK|Britain|Great Britain|British|Briton|Britons|London
eu: European Union|E.U.|EU|Brussels
un: United Nations|U.N.|UN
who: World Health Organization|World Health Organisation|WHO
imf: International Monetary Fund|IMF
fda: Food and Drug Administration|FDA
nato: North Atlantic Treaty Organization|NATO
ecb: European Central Bank|ECB
fed: Federal Reserve|Fed
easa: European Union Aviation Safety Agency|EASA
opec: Organization of the Petroleum Exporting Countries|OPEC
uae: United Arab Emirates|UAE|U.A.E.|Emirati|Emiratis|Abu Dhabi
southkorea: South Korea|South Korean|South Koreans|Seoul|Republic of Korea
northkorea: North Korea|North Korean|North Koreans|Pyongyang|DPRK
southafrica: South Africa|South African|South Africans|Pretoria
saudiarabia: Saudi Arabia|Saudi|Saudis|Riyadh
newzealand: New Zealand|New Zealander|Wellington
srilanka: Sri Lanka|Sri Lankan|Colombo
ukraine: Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev
russia: Russia|Russian|Russians|Moscow|Kremlin
china: China|Chinese|Beijing
japan: Japan|Japanese|Tokyo
india: India|Indian|Indians|New Delhi
pakistan: Pakistan|Pakistani|Pakistanis|Islamabad
bangladesh: Bangladesh|Bangladeshi|Bangladeshis|Dhaka
indonesia: Indonesia|Indonesian|Indonesians|Jakarta
philippines: Philippines|Philippine|Filipino|Filipinos|Manila
vietnam: Vietnam|Vietnamese|Hanoi
thailand: Thailand|Thai|Bangkok
malaysia: Malaysia|Malaysian|Kuala Lumpur
singapore: Singapore|Singaporean
australia: Australia|Australian|Australians|Canberra
canada: Canada|Canadian|Canadians|Ottawa
mexico: Mexico|Mexican|Mexicans
brazil: Brazil|Brazilian|Brazilians|Brasilia
argentina: Argentina|Argentine|Argentinian|Argentines|Buenos Aires
chile: Chile|Chilean|Chileans
peru: Peru|Peruvian|Lima
colombia: Colombia|Colombian|Bogota
venezuela: Venezuela|Venezuelan|Caracas
germany: Germany|German|Germans|Berlin
france: France|French|Paris
italy: Italy|Italian|Italians|Rome
spain: Spain|Spanish|Spaniards|Madrid
portugal: Portugal|Portuguese|Lisbon
netherlands: Netherlands|the Netherlands|Dutch|Holland|The Hague
belgium: Belgium|Belgian
switzerland: Switzerland|Swiss|Bern
austria: Austria|Austrian|Vienna
poland: Poland|Polish|Poles|Warsaw
sweden: Sweden|Swedish|Swedes|Stockholm
norway: Norway|Norwegian|Norwegians|Oslo
denmark: Denmark|Danish|Danes|Copenhagen
finland: Finland|Finnish|Finns|Helsinki
ireland: Ireland|Irish|Dublin
greece: Greece|Greek|Greeks|Athens
turkey: Turkey|Turkish|Turks|Ankara|Turkiye
egypt: Egypt|Egyptian|Egyptians|Cairo
israel: Israel|Israeli|Israelis
iran: Iran|Iranian|Iranians|Tehran
iraq: Iraq|Iraqi|Iraqis|Baghdad
syria: Syria|Syrian|Syrians|Damascus
nigeria: Nigeria|Nigerian|Nigerians|Abuja
kenya: Kenya|Kenyan|Kenyans|Nairobi
ethiopia: Ethiopia|Ethiopian|Addis Ababa
sudan: Sudan|Sudanese|Khartoum
romania: Romania|Romanian|Romanians|Bucharest
hungary: Hungary|Hungarian|Budapest
czechia: Czech Republic|Czechia|Czech|Prague
kazakhstan: Kazakhstan|Kazakh|Kazakhs|Astana
qatar: Qatar|Qatari|Doha
"""

_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_UNITS = {"one": 1, "a": 0, "half": 0.5, **_NUMBER_WORDS}
"""``a`` counts only through the scale after it: "a million", "half a million"."""
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}

CANONICAL: dict[str, str] = {}
for _line in _TABLE.strip().splitlines():
    _key, _, _forms = _line.partition(":")
    for _form in _forms.strip().split("|"):
        CANONICAL[_form] = _key.strip()

_FORMS = "|".join(re.escape(f) for f in sorted(CANONICAL, key=len, reverse=True))
_LONG_SCALE = "|".join(s for s in sorted(SCALES, key=len, reverse=True) if len(s) > 1)
_WORD_NUM = "|".join(
    sorted([*_UNITS, "hundred", "thousand", "million", "billion"], key=len, reverse=True)
)
ALIAS_PATTERN = rf"(?<![\w.])(?-i:(?P<alias>{_FORMS}))(?:['\u2019]s)?(?!\w)"
"""An alias surface form (case as listed), with an optional possessive."""
NUMBER_PATTERN = rf"(?P<num>\d+(?:[.,]\d+)*(?:[- ]?(?:{_LONG_SCALE})\b|(?-i:[km])\b)?)"
"""Digits with an optional scale: ``3,000``, ``1.2bn``, ``9 million``, ``3k``, ``$2.4m``."""
WORDS_PATTERN = rf"(?P<words>\b(?:(?:{_WORD_NUM})(?:\s+and\s+|[- ])?)+\b)"
"""A run of number words: ``three thousand``, ``half a million``, ``twenty-three``."""


def canonical(alias: str) -> str:
    """The canonical key of a matched alias group (possessive already excluded)."""
    return CANONICAL[alias]


def fmt(value: float) -> str:
    return f"{value:.6g}"


def number_value(token: str) -> str:
    """``3,000`` / ``3k`` / ``3 thousand`` -> ``3000``; ``1.2bn`` -> ``1.2e+09``."""
    match = re.match(r"(\d+(?:[.,]\d+)*)[- ]?([a-zA-Z]*)$", token)
    if match is None:
        return token
    digits, scale = match.groups()
    digits = digits.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return digits
    return fmt(value * SCALES.get(scale.casefold(), 1.0))


def words_value(phrase: str) -> str | None:
    """``three thousand`` -> ``3000``; ``half a million`` -> ``500000``; None for one word
    that is not a number by itself ("a", "one", "half")."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.casefold()) if t and t != "and"]
    if not any(t in _NUMBER_WORDS or t in SCALES for t in tokens):
        return None
    if all(t in ("a", "one", "half") for t in tokens):
        return None
    total, current = 0.0, 0.0
    for t in tokens:
        if t in SCALES:
            current = (current or 1.0) * SCALES[t]
            if SCALES[t] >= 1e3:
                total, current = total + current, 0.0
        elif t == "half":
            current += 0.5
        else:
            current += _UNITS.get(t, 0)
    value = total + current
    return fmt(value) if value >= 2 else None
