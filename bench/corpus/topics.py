"""Story templates for the labelled dedup corpus: invented events, written for this project.

Each topic has facts drawn from invented pools, an agency original (sentence by sentence,
several phrasings each), an aggregator rewrite of the same sentences in the same order but
in other words, and an independent report of the same event by another outlet (its own
angle and extra facts, sharing names and the key quote). Same-topic clusters are the hard
negatives of each other: same vocabulary, different names and numbers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

FIRST = [
    "Amara",
    "Tomas",
    "Ilse",
    "Kwame",
    "Rafael",
    "Mirela",
    "Hiroshi",
    "Leona",
    "Dariusz",
    "Soraya",
    "Benedikt",
    "Yusuf",
    "Anneke",
    "Paolo",
    "Nadia",
    "Oskar",
    "Lucia",
    "Emeka",
    "Ingrid",
    "Mateo",
    "Priya",
    "Anton",
    "Chiara",
    "Farid",
    "Helga",
    "Joaquin",
    "Keiko",
    "Lars",
    "Marisol",
    "Nikolai",
    "Olena",
    "Pieter",
    "Rania",
    "Stefan",
    "Tariq",
    "Valeria",
]
LAST = [
    "Okonkwo",
    "Varga",
    "Lindqvist",
    "Mensah",
    "Quintero",
    "Dragan",
    "Tanabe",
    "Marchetti",
    "Wolski",
    "Haddad",
    "Brenner",
    "Demir",
    "Visser",
    "Ferraro",
    "Petrova",
    "Halvorsen",
    "Castellano",
    "Adeyemi",
    "Sorensen",
    "Ibarra",
    "Raghavan",
    "Koval",
    "Rinaldi",
    "Nazari",
    "Baumann",
    "Echeverria",
    "Morimoto",
    "Eklund",
    "Salgado",
    "Volkov",
    "Shevchenko",
    "Dekker",
    "Khalil",
    "Novak",
    "Qureshi",
    "Arce",
]
COUNTRIES = [
    "Norland",
    "Vestria",
    "Karavia",
    "Ostmark",
    "Delmora",
    "Sarenia",
    "Quellan",
    "Tavoria",
    "Brevnia",
    "Esterra",
    "Lumaria",
    "Pravonia",
]
CITIES = [
    "Port Alder",
    "Kessling",
    "Marovo",
    "San Ilario",
    "Dunmere",
    "Vellstad",
    "Oruma",
    "Castelmar",
    "Rivenport",
    "Talska",
    "Belgora",
    "Nyheim",
    "Corvana",
    "Ashvale",
    "Lindau Bay",
    "Petrovka",
    "Sarnow",
    "Ebbridge",
]
COMPANIES = [
    "Halcyon Foods",
    "Norvik Energy",
    "Castra Motors",
    "Bluefin Logistics",
    "Orion Pharma",
    "Meridian Telecom",
    "Vantor Steel",
    "Kestrel Airways",
    "Solace Retail",
    "Tessera Chips",
    "Granite Bank",
    "Lumen Media",
    "Arbor Paper",
    "Polaris Shipping",
    "Cobalt Mining",
    "Juniper Insurance",
]
AGENCIES = ["NWA", "Continental Press", "Global Wire", "Atlas News"]
OUTLETS = ["Daily Ledger", "Metro Herald", "NewsBeat Online", "The Courier Desk"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def surname(name: str) -> str:
    return name.split()[-1]


Facts = dict[str, str]


@dataclass
class Topic:
    name: str
    facts: Callable[[random.Random], Facts]
    orig_head: list[str]
    orig: list[list[str]]
    """One entry per sentence, each a list of phrasings; the quote sentence is kept."""
    rw_head: list[str]
    rw_summary: list[str]
    rw: list[list[str]]
    ind_head: list[str]
    ind: list[list[str]]
    paragraphs: list[int] = field(default_factory=lambda: [2, 2, 1])
    """How many sentences go in each paragraph of the original."""


def _quake(rng: random.Random) -> Facts:
    return {
        "country": rng.choice(COUNTRIES),
        "city": rng.choice(CITIES),
        "mag": f"{rng.randint(52, 78) / 10:.1f}",
        "dead": str(rng.randint(3, 240)),
        "injured": str(rng.randint(40, 900)),
        "depth": str(rng.randint(8, 70)),
        "official": person(rng),
        "houses": f"{rng.randint(2, 40) * 100:,}",
        "day": rng.choice(WEEKDAYS),
        "extra": str(rng.randint(2, 9)),
        "ind_official": person(rng),
        "tents": f"{rng.randint(5, 60) * 100:,}",
    }


QUAKE = Topic(
    name="quake",
    facts=_quake,
    orig_head=[
        "Magnitude {mag} earthquake kills {dead} in {country}",
        "{country} quake death toll rises to {dead}",
    ],
    orig=[
        [
            "A magnitude {mag} earthquake struck near {city} in {country} on {day}, killing "
            "at least {dead} people and injuring {injured}, the disaster agency said.",
            "At least {dead} people were killed and {injured} injured when a magnitude {mag} "
            "earthquake hit near {city}, {country}, on {day}, officials said.",
        ],
        [
            "The quake was centred at a depth of {depth} km, according to the national "
            "seismology institute.",
            "The national seismology institute put the depth of the quake at {depth} km.",
        ],
        [
            "Around {houses} houses were damaged and rescue teams were searching collapsed "
            "buildings in the old town.",
            "Some {houses} homes were damaged, and rescuers dug through collapsed buildings "
            "in the old town through the night.",
        ],
        [
            '"We expect the number of victims to rise as we reach the outlying villages," '
            "disaster agency chief {official} told reporters.",
        ],
        [
            "{country} sits on several active fault lines and has suffered {extra} strong "
            "earthquakes in the past decade.",
            "The region lies on active fault lines and {country} has recorded {extra} strong "
            "quakes in the last ten years.",
        ],
    ],
    rw_head=[
        "Deadly Tremor Rocks {country}: {dead} Dead as Rescuers Race Against Time",
        "{city} Devastated: Powerful {mag} Quake Leaves {dead} Dead",
    ],
    rw_summary=[
        "A powerful tremor near {city} has left {dead} people dead and {injured} hurt, with "
        "officials warning the toll may climb.",
    ],
    rw=[
        [
            "A powerful tremor measuring {mag} jolted the area around {city}, {country}, on "
            "{day}, claiming no fewer than {dead} lives and leaving {injured} others hurt, "
            "according to the country's disaster management body.",
        ],
        [
            "Seismologists reported that the tremor originated {depth} km below the surface.",
            "Experts at the national institute said the shaking began {depth} km underground.",
        ],
        [
            "Roughly {houses} dwellings suffered damage, while emergency crews combed through "
            "the rubble of flattened structures in the historic quarter.",
        ],
        [
            '"We expect the number of victims to rise as we reach the outlying villages," '
            "said {official}, who heads the disaster agency.",
        ],
        [
            "Crisscrossed by active faults, {country} has witnessed {extra} major quakes over "
            "the last ten years.",
        ],
    ],
    ind_head=[
        "Survivors sleep outdoors after {country} earthquake",
        "Aftershocks keep {city} residents in the streets",
    ],
    ind=[
        [
            "Thousands of residents of {city} spent the night in parks and car parks after "
            "{day}'s earthquake, fearing aftershocks.",
        ],
        [
            "Deputy health minister {ind_official} said hospitals in the province were "
            "overwhelmed and field clinics had been set up beside the main stadium.",
        ],
        [
            "The government said it had sent {tents} tents and water trucks, and the army was "
            "clearing roads blocked by landslides.",
        ],
        [
            '"We expect the number of victims to rise as we reach the outlying villages," '
            "{official} said, as the confirmed toll stood at {dead}.",
        ],
    ],
)


def _rates(rng: random.Random) -> Facts:
    old = rng.randint(150, 900) / 100
    step = rng.choice([0.25, 0.5, 0.75])
    up = rng.random() < 0.5
    new = old + step if up else old - step
    return {
        "country": rng.choice(COUNTRIES),
        "gov": person(rng),
        "old": f"{old:.2f}",
        "new": f"{new:.2f}",
        "bp": str(int(step * 100)),
        "dir": "raised" if up else "cut",
        "dir2": "hike" if up else "cut",
        "dir3": "lifted" if up else "lowered",
        "infl": f"{rng.randint(12, 95) / 10:.1f}",
        "target": str(rng.choice([2, 3, 4])),
        "votes": f"{rng.randint(5, 9)}-{rng.randint(0, 3)}",
        "month": rng.choice(["January", "March", "May", "July", "September", "November"]),
        "economist": person(rng),
        "bank": rng.choice(["Halden Capital", "Ferro Securities", "Crestline Markets"]),
        "gdp": f"{rng.randint(1, 35) / 10:.1f}",
    }


RATES = Topic(
    name="rates",
    facts=_rates,
    orig_head=[
        "{country} central bank {dir} rates by {bp} bps to {new}%",
        "{country} central bank {dir} key rate to {new}%, signals caution",
    ],
    orig=[
        [
            "The central bank of {country} {dir} its benchmark interest rate by {bp} basis "
            "points to {new}% on Thursday, its first move since {month}.",
            "{country}'s central bank {dir} its policy rate by {bp} basis points to {new}% on "
            "Thursday, the first change since {month}.",
        ],
        [
            "The decision, taken by a {votes} vote of the monetary policy committee, follows "
            "annual inflation of {infl}% last month.",
        ],
        [
            "Inflation has stayed above the bank's {target}% target for more than a year.",
            "Price growth has been above the {target}% target for over a year.",
        ],
        [
            '"We will do what is necessary to bring inflation back to target," Governor '
            "{gov} told a news conference.",
        ],
        [
            "The bank kept its growth forecast for this year at {gdp}%.",
            "It left its forecast for economic growth this year unchanged at {gdp}%.",
        ],
    ],
    rw_head=[
        "{country} Rate Shock: Central Bank Moves to {new}% Amid Inflation Worries",
        "Policy Shift in {country}: Key Rate Now {new}%",
    ],
    rw_summary=[
        "Policymakers in {country} {dir3} borrowing costs by {bp} basis points to {new}%, "
        "pointing to stubborn price pressures.",
    ],
    rw=[
        [
            "Policymakers at {country}'s central bank {dir3} the key lending rate by {bp} "
            "basis points, bringing it to {new}% on Thursday, marking their first adjustment "
            "since {month}.",
        ],
        [
            "Rate-setters backed the step {votes}, after consumer prices climbed {infl}% on a "
            "yearly basis in the previous month.",
        ],
        [
            "Price growth has overshot the {target}% goal for upwards of twelve months.",
        ],
        [
            '"We will do what is necessary to bring inflation back to target," {gov}, the '
            "bank's governor, told journalists.",
        ],
        [
            "Its projection for this year's economic expansion remained at {gdp}%.",
        ],
    ],
    ind_head=[
        "Markets react to {country} rate {dir2}",
        "{country} {dir2} surprises some economists",
    ],
    ind=[
        [
            "{country}'s currency moved sharply after the central bank's rate {dir2} to {new}% "
            "on Thursday, and bond yields swung in afternoon trade.",
        ],
        [
            '"The bank is clearly worried about second-round effects," said {economist}, '
            "chief economist at {bank}, who had expected no change.",
        ],
        [
            "Mortgage lenders said they would review their rates within days.",
        ],
        [
            '"We will do what is necessary to bring inflation back to target," {gov} said '
            "after the meeting.",
        ],
    ],
)


def _earnings(rng: random.Random) -> Facts:
    rev = rng.randint(12, 480) / 10
    return {
        "co": rng.choice(COMPANIES),
        "ceo": person(rng),
        "q": rng.choice(["first", "second", "third", "fourth"]),
        "rev": f"{rev:.1f}",
        "profit": f"{rng.randint(50, 3000)}",
        "pct": str(rng.randint(3, 38)),
        "guid": f"{rev * rng.randint(38, 44) / 10:.1f}",
        "jobs": f"{rng.randint(3, 60) * 100:,}",
        "share": str(rng.randint(2, 19)),
        "analyst": person(rng),
        "city": rng.choice(CITIES),
        "up": rng.choice(["rose", "fell"]),
    }


EARNINGS = Topic(
    name="earnings",
    facts=_earnings,
    orig_head=[
        "{co} {q}-quarter profit {up} {pct}%, plans {jobs} job cuts",
        "{co} quarterly profit {up} {pct}% on revenue of ${rev} billion",
    ],
    orig=[
        [
            "{co} said on Wednesday its {q}-quarter net profit {up} {pct}% to ${profit} "
            "million, on revenue of ${rev} billion.",
            "{co} reported on Wednesday that net profit for the {q} quarter {up} {pct}% to "
            "${profit} million as revenue reached ${rev} billion.",
        ],
        [
            "The company, based in {city}, forecast full-year revenue of about ${guid} billion.",
        ],
        [
            "It also announced plans to cut {jobs} jobs over the next two years to reduce costs.",
            "It said it would eliminate {jobs} positions over two years as part of a cost "
            "programme.",
        ],
        [
            '"This was a quarter of hard choices and solid execution," Chief Executive {ceo} '
            "said in a statement.",
        ],
        [
            "Shares in {co} moved {share}% in early trading.",
        ],
    ],
    rw_head=[
        "{co} Earnings: Profit Moves {pct}%, {jobs} Jobs to Go",
        "{co} Unveils Results and Major Restructuring",
    ],
    rw_summary=[
        "{co} posted a {pct}% swing in quarterly profit to ${profit} million and unveiled "
        "plans to shed {jobs} roles.",
    ],
    rw=[
        [
            "{co} disclosed on Wednesday that its bottom line for the {q} quarter {up} by "
            "{pct}%, landing at ${profit} million, while turnover came in at ${rev} billion.",
        ],
        [
            "The {city}-headquartered firm expects annual sales of roughly ${guid} billion.",
        ],
        [
            "The group intends to shed {jobs} roles across the coming two years in a bid to "
            "trim expenses.",
        ],
        [
            '"This was a quarter of hard choices and solid execution," {ceo}, the chief '
            "executive, noted in a release.",
        ],
        [
            "The stock swung {share}% in the opening session.",
        ],
    ],
    ind_head=[
        "Unions condemn {co} job cuts",
        "{co} workers in {city} fear for jobs after cuts announced",
    ],
    ind=[
        [
            "Workers' representatives at {co} said on Wednesday they would fight the planned "
            "loss of {jobs} jobs and called a meeting for next week.",
        ],
        [
            "Analyst {analyst} said the cuts were expected but the scale surprised investors.",
        ],
        [
            "The company has closed two plants near {city} since 2022.",
        ],
        [
            '"This was a quarter of hard choices and solid execution," {ceo} said, a line '
            "union leaders described as tone-deaf.",
        ],
    ],
)


def _court(rng: random.Random) -> Facts:
    return {
        "defendant": person(rng),
        "role": rng.choice(["former finance minister", "ex-mayor", "businessman", "former MP"]),
        "country": rng.choice(COUNTRIES),
        "city": rng.choice(CITIES),
        "years": str(rng.randint(2, 18)),
        "amount": str(rng.randint(2, 95)),
        "judge": person(rng),
        "lawyer": person(rng),
        "count": str(rng.randint(2, 11)),
        "co_acc": str(rng.randint(2, 7)),
        "fine": f"{rng.randint(1, 50) * 100_000:,}",
        "prosecutor": person(rng),
    }


COURT = Topic(
    name="court",
    facts=_court,
    orig_head=[
        "{country} court jails {role} {defendant} for {years} years",
        "{country}'s {defendant} sentenced to {years} years for graft",
    ],
    orig=[
        [
            "A court in {city} sentenced {role} {defendant} to {years} years in prison on "
            "Tuesday after convicting him on {count} counts of corruption.",
            "{country}'s {role} {defendant} was sentenced to {years} years in jail by a "
            "{city} court on Tuesday, after being found guilty on {count} corruption counts.",
        ],
        [
            "Prosecutors said he had diverted about ${amount} million in public funds to "
            "companies controlled by relatives.",
        ],
        [
            "Judge {judge} also ordered him to pay a fine of {fine} and barred him from "
            "public office.",
        ],
        [
            '"The court has ignored the evidence and we will appeal," defence lawyer {lawyer} '
            "said outside the courthouse.",
        ],
        [
            "{co_acc} co-defendants received shorter sentences.",
        ],
    ],
    rw_head=[
        "{defendant} Gets {years}-Year Term in Landmark Graft Case",
        "Justice Served? {country} Ex-Official Handed {years} Years Behind Bars",
    ],
    rw_summary=[
        "{defendant} faces {years} years behind bars after judges in {city} found him guilty "
        "of siphoning ${amount} million.",
    ],
    rw=[
        [
            "Judges in {city} on Tuesday handed {defendant}, the {role}, a {years}-year prison "
            "term, having found him guilty of graft on {count} charges.",
        ],
        [
            "According to the prosecution, roughly ${amount} million of state money was "
            "channelled to firms run by members of his family.",
        ],
        [
            "Presiding judge {judge} additionally imposed a penalty of {fine} and banned him "
            "from holding any public post.",
        ],
        [
            '"The court has ignored the evidence and we will appeal," {lawyer}, his attorney, '
            "told the media gathered outside.",
        ],
        [
            "{co_acc} fellow accused were given lighter terms.",
        ],
    ],
    ind_head=[
        "Supporters protest outside {city} court after {defendant} verdict",
        "{defendant} verdict divides {country}",
    ],
    ind=[
        [
            "Several hundred supporters of {defendant} gathered outside the court in {city} on "
            "Tuesday, chanting that the trial was political.",
        ],
        [
            "Chief prosecutor {prosecutor} said the verdict showed that nobody was above the law.",
        ],
        [
            "The case, opened four years ago, was the largest graft trial in {country}'s history.",
        ],
        [
            '"The court has ignored the evidence and we will appeal," {lawyer} said after '
            "the {years}-year sentence was read out.",
        ],
    ],
)


def _diplo(rng: random.Random) -> Facts:
    a, b = rng.sample(COUNTRIES, 2)
    return {
        "ca": a,
        "cb": b,
        "ma": person(rng),
        "mb": person(rng),
        "n": f"{rng.randint(2, 60) * 50:,}",
        "aid": str(rng.randint(10, 400)),
        "city": rng.choice(CITIES),
        "day": rng.choice(WEEKDAYS),
        "pris": str(rng.randint(2, 30)),
        "analyst": person(rng),
        "year": str(rng.randint(1951, 1998)),
    }


DIPLO = Topic(
    name="diplo",
    facts=_diplo,
    orig_head=[
        "{ca} asks {cb} for help over detained nationals",
        "{ca}'s foreign minister calls {cb} counterpart on detainees",
    ],
    orig=[
        [
            "{ca}'s Foreign Minister {ma} asked {cb} for cooperation over {pris} detained "
            "{ca} nationals in a phone call with his counterpart {mb} on {day}, the ministry "
            "said.",
        ],
        [
            "Around {n} {ca} citizens are believed to be working in {cb}, according to "
            "government estimates.",
            "Government estimates put the number of {ca} citizens working in {cb} at about {n}.",
        ],
        [
            "{ma} also pledged ${aid} million in humanitarian aid for the region around {city}.",
        ],
        [
            '"Our people must be treated according to international law," {ma} was quoted '
            "as saying.",
        ],
        [
            "The two countries have had diplomatic relations since {year}.",
            "Relations between the two were established in {year}.",
        ],
    ],
    rw_head=[
        "{ca} Seeks {cb}'s Aid on Detained Citizens",
        "Diplomatic Push: {ma} Appeals to {cb} Over {pris} Detainees",
    ],
    rw_summary=[
        "{ca}'s top diplomat {ma} raised the fate of {pris} detained citizens with {cb}'s "
        "{mb} and offered ${aid} million in aid.",
    ],
    rw=[
        [
            "{ca} is actively seeking the cooperation of {cb} over {pris} of its nationals in "
            "detention, with Foreign Minister {ma} raising the matter in a {day} phone "
            "conversation with {mb}, as publicly noted by the ministry.",
        ],
        [
            "Official figures suggest some {n} citizens of {ca} are employed in {cb}.",
        ],
        [
            "{ma} further committed ${aid} million in relief for the area surrounding {city}.",
        ],
        [
            '"Our people must be treated according to international law," the minister '
            "stressed, according to the readout.",
        ],
        [
            "Formal ties between the nations date back to {year}.",
        ],
    ],
    ind_head=[
        "Families of detained {ca} nationals demand answers",
        "{cb} says detained {ca} citizens are safe",
    ],
    ind=[
        [
            "Relatives of the {pris} {ca} nationals held in {cb} gathered outside the foreign "
            "ministry on {day}, demanding information about their condition.",
        ],
        [
            "{cb}'s foreign minister {mb} said the detainees were in good health and had "
            "access to consular staff.",
        ],
        [
            "Analyst {analyst} said the case could strain a relationship that has grown closer "
            "in recent years.",
        ],
        [
            '"Our people must be treated according to international law," {ma} had said '
            "earlier in the day.",
        ],
    ],
)


def _strike(rng: random.Random) -> Facts:
    return {
        "union": rng.choice(
            ["the Transport Workers' Union", "the Federation of Rail Staff", "the Port Union"]
        ),
        "sector": rng.choice(["rail", "port", "bus", "airport"]),
        "country": rng.choice(COUNTRIES),
        "city": rng.choice(CITIES),
        "workers": f"{rng.randint(3, 90) * 1000:,}",
        "hours": str(rng.choice([24, 48, 72])),
        "pay": str(rng.randint(4, 15)),
        "offer": str(rng.randint(1, 4)),
        "leader": person(rng),
        "minister": person(rng),
        "trips": f"{rng.randint(2, 40) * 10_000:,}",
        "day": rng.choice(WEEKDAYS),
        "commuter": person(rng),
    }


STRIKE = Topic(
    name="strike",
    facts=_strike,
    orig_head=[
        "{country} {sector} workers begin {hours}-hour strike over pay",
        "{sector} strike halts services across {country}",
    ],
    orig=[
        [
            "About {workers} {sector} workers in {country} walked out on {day} at the start of "
            "a {hours}-hour strike called by {union} over pay.",
        ],
        [
            "The union is demanding a {pay}% pay rise, while employers have offered {offer}%.",
            "Employers have offered {offer}%, far short of the {pay}% the union wants.",
        ],
        [
            "Operators said around {trips} journeys would be cancelled, with services in "
            "{city} worst affected.",
        ],
        [
            '"Our members cannot pay their rent on these wages," union leader {leader} said '
            "at a rally.",
        ],
        [
            "Transport Minister {minister} urged both sides to return to talks.",
        ],
    ],
    rw_head=[
        "Walkout Chaos: {workers} {country} Workers Down Tools",
        "{hours} Hours of Disruption as {sector} Staff Strike in {country}",
    ],
    rw_summary=[
        "Some {workers} {sector} staff in {country} stopped work in a {hours}-hour stoppage "
        "seeking {pay}% more pay.",
    ],
    rw=[
        [
            "Roughly {workers} employees of the {sector} sector in {country} downed tools on "
            "{day}, kicking off a {hours}-hour stoppage organised by {union} in a row over "
            "wages.",
        ],
        [
            "Union negotiators want salaries lifted by {pay}%, but management has put just "
            "{offer}% on the table.",
        ],
        [
            "Some {trips} trips are expected to be scrapped, and {city} is bearing the brunt "
            "of the disruption.",
        ],
        [
            '"Our members cannot pay their rent on these wages," {leader}, who leads the '
            "union, told supporters.",
        ],
        [
            "{minister}, the minister responsible for transport, called on the parties to "
            "resume negotiations.",
        ],
    ],
    ind_head=[
        "Commuters stranded in {city} as {sector} strike bites",
        "Long queues in {city} on first day of {sector} strike",
    ],
    ind=[
        [
            "Commuters in {city} queued for hours for taxis on {day} as the {sector} strike "
            "left stations and terminals empty.",
        ],
        [
            '"I have been waiting since six," said office worker {commuter}.',
        ],
        [
            "Businesses in the city centre reported far fewer customers than usual.",
        ],
        [
            '"Our members cannot pay their rent on these wages," {leader} said, promising '
            "further action if talks fail.",
        ],
    ],
)


def _deal(rng: random.Random) -> Facts:
    a, b = rng.sample(COMPANIES, 2)
    return {
        "acq": a,
        "tgt": b,
        "bn": f"{rng.randint(12, 400) / 10:.1f}",
        "per": f"{rng.randint(1000, 9000) / 100:.2f}",
        "prem": str(rng.randint(12, 55)),
        "ceo": person(rng),
        "tceo": person(rng),
        "year": str(rng.choice([2026, 2027])),
        "syn": str(rng.randint(80, 900)),
        "city": rng.choice(CITIES),
        "analyst": person(rng),
        "reg": rng.choice(COUNTRIES),
    }


DEAL = Topic(
    name="deal",
    facts=_deal,
    orig_head=[
        "{acq} to buy {tgt} for ${bn} billion",
        "{acq} agrees ${bn} billion takeover of {tgt}",
    ],
    orig=[
        [
            "{acq} agreed on Monday to buy {tgt} for ${bn} billion in cash, or ${per} per "
            "share, a premium of {prem}% to Friday's closing price.",
        ],
        [
            "The companies expect the deal to close in {year}, subject to approval by "
            "regulators in {reg}.",
        ],
        [
            "{acq} said the combination would produce annual cost savings of about ${syn} million.",
            "The combined group expects cost savings of around ${syn} million a year.",
        ],
        [
            '"Together we can serve customers on every continent," {acq} Chief Executive '
            "{ceo} said.",
        ],
        [
            "{tgt}'s board has recommended shareholders accept the offer.",
        ],
    ],
    rw_head=[
        "Mega Deal: {acq} Snaps Up {tgt} in ${bn}bn Bet",
        "{acq}-{tgt} Merger: What the ${bn} Billion Deal Means",
    ],
    rw_summary=[
        "{acq} is set to acquire {tgt} in an all-cash ${bn} billion transaction, offering a "
        "{prem}% premium.",
    ],
    rw=[
        [
            "{acq} struck an agreement on Monday to acquire {tgt} in an all-cash transaction "
            "worth ${bn} billion, paying ${per} a share, which is {prem}% above Friday's close.",
        ],
        [
            "Completion is targeted for {year}, pending the green light from {reg}'s regulators.",
        ],
        [
            "The tie-up should unlock yearly savings in the region of ${syn} million, {acq} said.",
        ],
        [
            '"Together we can serve customers on every continent," said {ceo}, who runs {acq}.',
        ],
        [
            "Directors at {tgt} have backed the bid.",
        ],
    ],
    ind_head=[
        "{tgt} shares jump on takeover news",
        "Investors cheer {acq} bid for {tgt}",
    ],
    ind=[
        [
            "Shares in {tgt} jumped in {city} on Monday after {acq} announced its ${bn} "
            "billion offer.",
        ],
        [
            "Analyst {analyst} said competition authorities were likely to examine the deal "
            "closely.",
        ],
        [
            "{tgt} Chief Executive {tceo} is expected to leave once the deal is completed.",
        ],
        [
            '"Together we can serve customers on every continent," {ceo} said in a call '
            "with analysts.",
        ],
    ],
)


def _election(rng: random.Random) -> Facts:
    return {
        "country": rng.choice(COUNTRIES),
        "winner": person(rng),
        "rival": person(rng),
        "party": rng.choice(["Civic Alliance", "People's Union", "Renewal Party", "Green Bloc"]),
        "pct": f"{rng.randint(480, 640) / 10:.1f}",
        "rpct": f"{rng.randint(300, 460) / 10:.1f}",
        "turnout": f"{rng.randint(480, 810) / 10:.1f}",
        "seats": str(rng.randint(60, 240)),
        "city": rng.choice(CITIES),
        "observer": person(rng),
        "day": rng.choice(WEEKDAYS),
    }


ELECTION = Topic(
    name="election",
    facts=_election,
    orig_head=[
        "{winner} wins {country} presidential runoff with {pct}%",
        "{country} elects {winner} as president",
    ],
    orig=[
        [
            "{winner} of the {party} won {country}'s presidential runoff on {day} with {pct}% "
            "of the vote, the election commission said.",
        ],
        [
            "His rival {rival} took {rpct}% and conceded defeat late in the evening.",
        ],
        [
            "Turnout was {turnout}%, the commission said.",
            "The commission put turnout at {turnout}%.",
        ],
        [
            '"Tonight the whole country has won," {winner} told supporters in {city}.',
        ],
        [
            "The {party} also holds {seats} seats in parliament.",
        ],
    ],
    rw_head=[
        "Landslide for {winner}: {country} Picks New Leader",
        "{winner} Triumphs With {pct}% in {country} Vote",
    ],
    rw_summary=[
        "{winner} has clinched the presidency of {country} with {pct}% of ballots cast, "
        "beating {rival}.",
    ],
    rw=[
        [
            "The {party}'s {winner} clinched victory in the {day} second round of {country}'s "
            "presidential race, securing {pct}% of ballots, election authorities announced.",
        ],
        [
            "Challenger {rival} managed {rpct}% and accepted the result as the night wore on.",
        ],
        [
            "Participation stood at {turnout}%, officials said.",
        ],
        [
            '"Tonight the whole country has won," {winner} declared before a crowd in {city}.',
        ],
        [
            "The party controls {seats} seats in the legislature.",
        ],
    ],
    ind_head=[
        "Observers say {country} runoff was orderly",
        "Celebrations in {city} as {winner} claims victory",
    ],
    ind=[
        [
            "International observers said {country}'s {day} runoff was orderly, though "
            "they noted long queues at some polling stations.",
        ],
        [
            "Mission head {observer} said the campaign had been marked by sharp rhetoric.",
        ],
        [
            "Crowds waving flags filled the main square of {city} until after midnight.",
        ],
        [
            '"Tonight the whole country has won," {winner} said after results showed him '
            "with {pct}% of the vote.",
        ],
    ],
)


def _football(rng: random.Random) -> Facts:
    a, b = rng.sample(CITIES, 2)
    return {
        "ta": f"{a} United",
        "tb": f"{b} Rovers",
        "ga": str(rng.randint(1, 5)),
        "gb": str(rng.randint(0, 2)),
        "scorer": person(rng),
        "min": str(rng.randint(3, 90)),
        "coach": person(rng),
        "crowd": f"{rng.randint(8, 70) * 1000:,}",
        "pts": str(rng.randint(30, 80)),
        "gap": str(rng.randint(1, 9)),
        "keeper": person(rng),
        "ocoach": person(rng),
    }


FOOTBALL = Topic(
    name="football",
    facts=_football,
    orig_head=[
        "{ta} beat {tb} {ga}-{gb} to go top",
        "{scorer} scores as {ta} beat {tb}",
    ],
    orig=[
        [
            "{ta} beat {tb} {ga}-{gb} on Saturday, with {scorer} scoring in the {min}th "
            "minute, to move top of the league on {pts} points.",
        ],
        [
            "A crowd of {crowd} watched the home side extend their unbeaten run.",
        ],
        [
            "{ta} now lead the table by {gap} points.",
            "The win leaves {ta} {gap} points clear at the top.",
        ],
        [
            '"The players showed real character today," coach {coach} said.',
        ],
        [
            "{tb} goalkeeper {keeper} made several saves to keep the score down.",
        ],
    ],
    rw_head=[
        "{scorer} Magic Lifts {ta} to Summit",
        "{ta} Top the Table After {ga}-{gb} Win Over {tb}",
    ],
    rw_summary=[
        "{ta} overcame {tb} {ga}-{gb} thanks to {scorer}'s strike and now sit top on {pts} points.",
    ],
    rw=[
        [
            "{ta} overcame {tb} by a {ga}-{gb} scoreline on Saturday, {scorer} finding the net "
            "after {min} minutes, and climbed to first place with {pts} points.",
        ],
        [
            "Some {crowd} fans saw the hosts stretch their run without defeat.",
        ],
        [
            "Their advantage at the summit now stands at {gap} points.",
        ],
        [
            '"The players showed real character today," {coach}, the manager, said afterwards.',
        ],
        [
            "Visiting shot-stopper {keeper} pulled off a string of saves.",
        ],
    ],
    ind_head=[
        "{tb} coach {ocoach} under pressure after defeat",
        "{tb} fans turn on {ocoach} after loss at {ta}",
    ],
    ind=[
        [
            "{tb} coach {ocoach} faced chants from travelling fans after Saturday's defeat by "
            "{ta}, their third loss in a row.",
        ],
        [
            '"We made mistakes we cannot make at this level," {ocoach} said.',
        ],
        [
            "The club's board is due to meet on Monday.",
        ],
        [
            '"The players showed real character today," {coach} said of his side, who '
            "won {ga}-{gb}.",
        ],
    ],
)


def _flood(rng: random.Random) -> Facts:
    return {
        "country": rng.choice(COUNTRIES),
        "region": rng.choice(CITIES) + " province",
        "dead": str(rng.randint(2, 120)),
        "missing": str(rng.randint(1, 60)),
        "evac": f"{rng.randint(2, 90) * 1000:,}",
        "mm": str(rng.randint(120, 450)),
        "river": rng.choice(["Ostra", "Velna", "Marova", "Tiska"]),
        "official": person(rng),
        "days": str(rng.randint(2, 6)),
        "bridges": str(rng.randint(2, 40)),
        "mayor": person(rng),
        "aid": str(rng.randint(5, 90)),
    }


FLOOD = Topic(
    name="flood",
    facts=_flood,
    orig_head=[
        "Floods kill {dead} in {country}'s {region}",
        "{country} floods: {dead} dead, {missing} missing",
    ],
    orig=[
        [
            "Floods in {country}'s {region} have killed {dead} people and {missing} are "
            "missing after {days} days of heavy rain, officials said on Sunday.",
        ],
        [
            "Up to {mm} mm of rain fell in places and the {river} river burst its banks.",
        ],
        [
            "About {evac} people have been evacuated and {bridges} bridges were destroyed.",
            "Authorities evacuated around {evac} residents; {bridges} bridges were swept away.",
        ],
        [
            '"This is the worst flooding we have seen in a generation," regional governor '
            "{official} said.",
        ],
        [
            "Forecasters expect more rain later in the week.",
        ],
    ],
    rw_head=[
        "Deluge Devastates {region}: {dead} Lives Lost",
        "{country} Flood Crisis Deepens as Toll Hits {dead}",
    ],
    rw_summary=[
        "Torrential rain in {region} has left {dead} people dead and {missing} unaccounted for.",
    ],
    rw=[
        [
            "Torrential downpours lasting {days} days have left {dead} people dead and "
            "{missing} unaccounted for across {country}'s {region}, authorities reported "
            "on Sunday.",
        ],
        [
            "Some areas were drenched by as much as {mm} mm, sending the {river} over its banks.",
        ],
        [
            "Roughly {evac} residents were moved to safety, and {bridges} bridges collapsed.",
        ],
        [
            '"This is the worst flooding we have seen in a generation," said {official}, '
            "the governor of the region.",
        ],
        [
            "Meteorologists warn of further downpours in the days ahead.",
        ],
    ],
    ind_head=[
        "Flood victims in {region} wait for aid",
        "Relief slow to reach flooded {region} villages",
    ],
    ind=[
        [
            "Villagers in {region} said on Sunday they had received no food or clean water "
            "since the {river} flooded their homes.",
        ],
        [
            "Local mayor {mayor} said the government had promised ${aid} million but nothing "
            "had arrived.",
        ],
        [
            "Aid groups said roads into the area remained blocked by mud.",
        ],
        [
            '"This is the worst flooding we have seen in a generation," {official} said, as '
            "the toll rose to {dead}.",
        ],
    ],
)

DEV_TOPICS = [QUAKE, RATES, EARNINGS, COURT, DIPLO, STRIKE, DEAL]
HELDOUT_TOPICS = [ELECTION, FOOTBALL, FLOOD]

# Other things the same people say: each cluster quotes one of these (or the template's
# own), so different events on one topic share a quote only now and then.
QUOTES: dict[str, list[str]] = {
    "quake": [
        "Every hour counts now for the people under the rubble,",
        "We have asked neighbouring countries for heavy lifting equipment,",
        "Schools will stay closed until engineers have checked every building,",
    ],
    "rates": [
        "The balance of risks has shifted and policy must respond,",
        "We are not on a pre-set path and will decide meeting by meeting,",
        "Households should not expect rapid relief on borrowing costs,",
    ],
    "earnings": [
        "Demand in our core markets held up better than we feared,",
        "We are investing through the cycle and that will pay off,",
        "The restructuring is painful but it protects the rest of the business,",
    ],
    "court": [
        "My client is innocent and this trial was decided before it began,",
        "We respect the court but we cannot accept this ruling,",
        "The prosecution never produced a single document with his signature,",
    ],
    "diplo": [
        "We expect every one of our citizens to come home safely,",
        "Consular access is not a favour, it is an obligation,",
        "Our two countries have the tools to resolve this quietly,",
    ],
    "strike": [
        "Nobody wants to strike but we have been left with no choice,",
        "The offer on the table is an insult to people who keep this country moving,",
        "We will keep going until management comes back with a serious offer,",
    ],
    "deal": [
        "This combination creates a stronger company for our customers and staff,",
        "We have admired this business for many years,",
        "The price reflects the quality of the assets we are buying,",
    ],
    "election": [
        "I will be the president of those who did not vote for me too,",
        "The people have chosen change and we will not let them down,",
        "Now the hard work of governing begins,",
    ],
    "football": [
        "We knew we had to be patient and the goal would come,",
        "It was not pretty but three points are three points,",
        "The supporters carried us through the last twenty minutes,",
    ],
    "flood": [
        "Entire villages have been cut off and we are reaching them by boat,",
        "We need helicopters, and we need them today,",
        "The river rose faster than anyone had predicted,",
    ],
}
