"""Write ``dedup_handwritten.jsonl``: free-form stories, no templates, never used in training.

Run: ``.venv/bin/python bench/corpus/handwritten.py``

Each cluster was written by hand for this project (invented events): an agency original,
aggregator rewrites in their own words (sentences merged, split, reordered a little, a
fact dropped, a headline in title case, the agencies trailer), sometimes a short summary;
independent reports of the same event; and same-topic stories about other events,
including follow-ups that reuse the same names. It checks that what the engine learned
on the template corpus carries over to text that was not generated.
"""

from __future__ import annotations

from pathlib import Path

import orjson

TRAILER = "\n(With inputs from agencies.)"

# (cluster, role, event, hours after start, source, headline, body)
STORIES: list[tuple[str, str, str, float, str, str, str]] = [
    # 1. Port fire
    (
        "h01",
        "variant",
        "h01",
        0.0,
        "NWA",
        "Fire at Rivenport oil terminal, two workers hurt",
        "RIVENPORT (NWA) - A fire broke out at the Halvorsen oil terminal in Rivenport on "
        "Monday, injuring two workers and forcing the evacuation of 140 staff, the port "
        "authority said.\n\nFirefighters brought the blaze under control after about four "
        "hours. The cause was not yet known, port spokeswoman Greta Nyberg said, adding that "
        "no oil had leaked into the harbour.\n\nThe terminal handles about 8 million tonnes "
        "of crude a year.",
    ),
    (
        "h01",
        "variant",
        "h01",
        3.0,
        "Metro Herald",
        "Blaze Hits Rivenport Oil Terminal; 140 Evacuated",
        "Two workers suffered injuries and 140 employees had to be moved out when flames "
        "engulfed part of the Halvorsen oil terminal in Rivenport on Monday, according to the "
        "port authority.\n\nIt took fire crews roughly four hours to contain the fire. Port "
        "spokeswoman Greta Nyberg said investigators had yet to establish what started it and "
        "that the harbour water was free of oil.\n\nSome 8 million tonnes of crude pass "
        "through the facility annually." + TRAILER,
    ),
    (
        "h01",
        "variant",
        "h01",
        5.0,
        "NewsBeat Online",
        "Rivenport terminal fire: 2 injured",
        "A fire at Rivenport's Halvorsen oil terminal on Monday left two workers injured and "
        "led to the evacuation of 140 people before firefighters put it out four hours later, "
        "spokeswoman Greta Nyberg said.",
    ),
    (
        "h01-ind",
        "independent",
        "h01",
        6.0,
        "Daily Ledger",
        "Residents near Rivenport terminal describe black smoke",
        "People living beside Rivenport harbour said thick black smoke hung over their streets "
        'for most of Monday afternoon after the fire at the Halvorsen terminal.\n\n"We shut '
        'every window and still smelled it," said pensioner Jonas Ekberg, 71.\n\nEnvironment '
        "inspector Mara Lund said air samples would be analysed overnight. Greta Nyberg of the "
        "port authority said the two injured workers were in stable condition.",
    ),
    (
        "h01-neg",
        "negative",
        "h01-neg",
        30.0,
        "NWA",
        "Rivenport port reopens berth after dredging",
        "RIVENPORT (NWA) - Rivenport port reopened its deep-water berth 6 on Tuesday after "
        "three weeks of dredging, allowing tankers of up to 160,000 tonnes to dock again, the "
        "port authority said.\n\nSpokeswoman Greta Nyberg said the work cost 12 million euros "
        "and finished two days ahead of schedule.",
    ),
    # 2. Drug approval
    (
        "h02",
        "variant",
        "h02",
        10.0,
        "Continental Press",
        "Regulator approves Orion Pharma migraine pill",
        "(Continental Press) - The Esterra Medicines Agency on Wednesday approved Orion "
        "Pharma's migraine pill Nevrala for adults, the company said, after a trial in which "
        "it cut monthly migraine days by 4.1 compared with 1.9 on placebo.\n\nOrion expects to "
        "launch the drug in September at a list price of 680 euros a month. Chief Medical "
        'Officer Hanne Dahl called it "the first new option for these patients in a '
        'decade".\n\nShares in Orion rose 6 percent.',
    ),
    (
        "h02",
        "variant",
        "h02",
        13.0,
        "The Courier Desk",
        "Orion Pharma Wins Nod for Migraine Drug Nevrala",
        "Orion Pharma has secured approval from the Esterra Medicines Agency for Nevrala, its "
        "migraine tablet for adults. In the pivotal study, patients on the drug had 4.1 fewer "
        "migraine days a month, against 1.9 fewer for those given a placebo.\n\nThe company "
        "plans a September launch, with a monthly list price of 680 euros. Hanne Dahl, its "
        'chief medical officer, described the pill as "the first new option for these '
        "patients in a decade\". Orion's stock gained 6 percent on the news." + TRAILER,
    ),
    (
        "h02-ind",
        "independent",
        "h02",
        20.0,
        "Daily Ledger",
        "Patient groups welcome Nevrala but warn on price",
        "Migraine patient groups welcomed Wednesday's approval of Orion Pharma's Nevrala but "
        'said a price of 680 euros a month would put it out of reach for many.\n\n"Approval '
        'means little if insurers refuse to pay," said Iris Moen of the Migraine Alliance. '
        "Health insurers said they would review the drug's cost-effectiveness by the end of "
        "the year.",
    ),
    (
        "h02-neg",
        "negative",
        "h02-neg",
        14.0,
        "Continental Press",
        "Regulator rejects Tessera Bio's arthritis drug",
        "(Continental Press) - The Esterra Medicines Agency on Wednesday declined to approve "
        "Tessera Bio's arthritis injection Corlina, saying a trial of 1,200 patients did not "
        "show a clear benefit over existing treatments.\n\nTessera said it would appeal. Its "
        "shares fell 18 percent.",
    ),
    # 3. Mine accident
    (
        "h03",
        "variant",
        "h03",
        40.0,
        "Atlas News",
        "Seven miners trapped after collapse in Ostmark",
        "BELGORA (Atlas News) - Seven miners were trapped underground on Thursday after a "
        "tunnel collapsed at Cobalt Mining's Belgora pit in Ostmark, the company said.\n\n"
        "Rescuers were drilling towards the men, who are believed to be about 620 metres below "
        "the surface, and had established contact with three of them, mine director Viktor "
        'Hallen said.\n\n"They have air and water and they know we are coming," Hallen told '
        "reporters at the pithead. Another 53 miners reached the surface safely.",
    ),
    (
        "h03",
        "variant",
        "h03",
        43.0,
        "NewsBeat Online",
        "Race to Save 7 Trapped Miners in Ostmark",
        "A tunnel gave way at the Belgora pit run by Cobalt Mining in Ostmark on Thursday, "
        "leaving seven miners trapped, the company said, while 53 of their colleagues made it "
        "out.\n\nThe men are thought to be some 620 metres underground. Rescue teams are "
        "drilling a shaft and have already talked to three of them, according to mine director "
        'Viktor Hallen, who said: "They have air and water and they know we are coming."' + TRAILER,
    ),
    (
        "h03",
        "variant",
        "h03",
        44.0,
        "Metro Herald",
        "Ostmark mine collapse traps seven",
        "Seven miners are trapped 620 metres down after a collapse at Cobalt Mining's Belgora "
        "pit in Ostmark; rescuers have reached three of them by radio, director Viktor Hallen "
        "said.",
    ),
    (
        "h03-ind",
        "independent",
        "h03",
        47.0,
        "The Courier Desk",
        "Families keep vigil at Belgora pithead",
        "Relatives of the seven men trapped at the Belgora mine spent Thursday night at the "
        "gates, wrapped in blankets handed out by volunteers.\n\nUnion official Petra Lisko "
        "said the pit had been cited for ventilation problems twice last year. Cobalt Mining "
        "declined to comment on the citations. Viktor Hallen said drilling was progressing "
        "faster than expected.",
    ),
    (
        "h03-neg",
        "negative",
        "h03-neg",
        120.0,
        "Atlas News",
        "Cobalt Mining resumes work at Belgora pit",
        "BELGORA (Atlas News) - Cobalt Mining resumed production at its Belgora pit in Ostmark "
        "on Monday, a week after a tunnel collapse, with 210 miners back underground, mine "
        "director Viktor Hallen said.\n\nInspectors cleared two of the mine's four sections "
        "for work. The company said output would be about 40 percent of normal this month.",
    ),
    # 4. Rail fares
    (
        "h04",
        "variant",
        "h04",
        60.0,
        "NWA",
        "Vestria to raise rail fares by 4.5% in January",
        "VELLSTAD (NWA) - Vestria will raise regulated rail fares by 4.5 percent from January "
        "2, Transport Minister Lotta Berg said on Friday, below the 6.2 percent rise rail "
        "operators had asked for.\n\nSeason tickets for commuters will rise by 3 percent. "
        "Berg said the state would cover the gap with 210 million crowns in subsidies.\n\n"
        "Passenger groups said fares had risen faster than wages for five years.",
    ),
    (
        "h04",
        "variant",
        "h04",
        62.0,
        "Daily Ledger",
        "Train Tickets to Cost 4.5% More From January, Says Minister",
        "Rail passengers in Vestria face a 4.5 percent fare increase starting January 2, "
        "Transport Minister Lotta Berg announced on Friday. Operators had pushed for 6.2 "
        "percent.\n\nCommuter season tickets go up by a smaller 3 percent, and the government "
        "will make up the difference with subsidies worth 210 million crowns, Berg said." + TRAILER,
    ),
    (
        "h04-neg",
        "negative",
        "h04-neg",
        61.0,
        "NWA",
        "Vestria to cut ferry fares for islanders",
        "VELLSTAD (NWA) - Vestria will cut ferry fares for island residents by 20 percent from "
        "March, Transport Minister Lotta Berg said on Friday, at a cost of 35 million crowns a "
        "year.\n\nThe cut applies to 14 routes. Island councils had campaigned for lower fares "
        "for a decade.",
    ),
    # 5. Bank fine
    (
        "h05",
        "variant",
        "h05",
        80.0,
        "Global Wire",
        "Granite Bank fined 45 million over money laundering checks",
        "(Global Wire) - Financial regulators fined Granite Bank 45 million euros on Monday for "
        "failing to check the source of funds in 1,300 customer accounts between 2019 and "
        "2023.\n\nThe bank accepted the findings and said it had hired 400 compliance staff. "
        '"These failings are behind us," Chief Executive Anders Falk said in a statement.\n\n'
        "It is the largest fine of its kind in Vestria.",
    ),
    (
        "h05",
        "variant",
        "h05",
        84.0,
        "Metro Herald",
        "Record Penalty: Granite Bank Pays 45M Euros for Lax Checks",
        "Granite Bank has been hit with a 45 million euro penalty, the biggest of its kind in "
        "Vestria, after regulators found it had not verified where money came from in 1,300 "
        "accounts from 2019 to 2023.\n\nThe lender accepted the ruling and has taken on 400 "
        'compliance employees. CEO Anders Falk said: "These failings are behind us."' + TRAILER,
    ),
    (
        "h05-ind",
        "independent",
        "h05",
        86.0,
        "The Courier Desk",
        "Lawmakers want answers from Granite Bank board",
        "Opposition lawmakers on Monday called on Granite Bank's board to appear before the "
        'finance committee after the 45 million euro fine.\n\n"Someone approved these '
        'accounts," said committee member Sofie Brandt. Granite said chairman Erik Solberg '
        "would cooperate with any inquiry.",
    ),
    (
        "h05-neg",
        "negative",
        "h05-neg",
        90.0,
        "Global Wire",
        "Juniper Insurance fined over mis-sold policies",
        "(Global Wire) - Financial regulators fined Juniper Insurance 8 million euros on "
        "Monday for selling 22,000 travel policies that duplicated cover customers already "
        "had.\n\nJuniper said it would refund 3.1 million euros. Chief Executive Mette Holm "
        "apologised to customers.",
    ),
    # 6. Wildfire
    (
        "h06",
        "variant",
        "h06",
        100.0,
        "Continental Press",
        "Wildfire forces 3,000 from homes near Corvana",
        "CORVANA (Continental Press) - A wildfire fanned by strong winds forced about 3,000 "
        "people from their homes near Corvana on Saturday and destroyed at least 25 houses, "
        "civil protection officials said.\n\nMore than 400 firefighters and 9 water-bombing "
        "aircraft were battling the blaze, which has burned 2,800 hectares. Regional chief "
        "Luca Benedetti said winds of up to 70 km/h were expected overnight.",
    ),
    (
        "h06",
        "variant",
        "h06",
        103.0,
        "NewsBeat Online",
        "Corvana Wildfire: 25 Homes Lost, Thousands Flee",
        "Strong winds drove a wildfire through the hills near Corvana on Saturday, burning "
        "down at least 25 houses and forcing some 3,000 residents to leave, according to civil "
        "protection.\n\nThe fire has scorched 2,800 hectares. Over 400 firefighters backed by 9 "
        "water bombers are tackling the flames, and regional chief Luca Benedetti warned of "
        "gusts reaching 70 km/h during the night." + TRAILER,
    ),
    (
        "h06-ind",
        "independent",
        "h06",
        105.0,
        "Daily Ledger",
        "Corvana evacuees shelter in sports halls",
        "Hundreds of families evacuated from villages near Corvana spent Saturday night in "
        'school gyms and sports halls as the wildfire burned on the ridge above.\n\n"We left '
        'with the clothes we had on," said farmer Bruno Sala. Red Cross coordinator Anna '
        "Ferri said 1,100 camp beds had been set up.",
    ),
    (
        "h06-neg",
        "negative",
        "h06-neg",
        200.0,
        "Continental Press",
        "Corvana wildfire contained, investigators suspect arson",
        "CORVANA (Continental Press) - Firefighters contained the wildfire near Corvana on "
        "Wednesday after five days, and investigators said they suspected it was started "
        "deliberately, regional chief Luca Benedetti said.\n\nPolice detained a 34-year-old "
        "man for questioning. Residents began returning to 11 villages.",
    ),
    # 7. Tech outage
    (
        "h07",
        "variant",
        "h07",
        130.0,
        "Atlas News",
        "Meridian Telecom outage hits 2 million mobile users",
        "(Atlas News) - A nationwide outage at Meridian Telecom left about 2 million mobile "
        "customers without calls or data for up to nine hours on Tuesday, the company said, "
        "blaming a faulty software update.\n\nEmergency calls were routed through rival "
        "networks. Meridian said it would credit affected customers with one week's fees.\n\n"
        "Technology chief Nils Aronsen apologised.",
    ),
    (
        "h07",
        "variant",
        "h07",
        132.0,
        "The Courier Desk",
        "Meridian Blames Software Update for Nine-Hour Outage",
        "Around 2 million Meridian Telecom mobile users lost calls and data for as long as "
        "nine hours on Tuesday after a faulty software update, the operator said. Calls to "
        "emergency services were carried by rival networks during the outage.\n\nThe company "
        "will give affected customers a week's fees back, and technology chief Nils Aronsen "
        "has apologised." + TRAILER,
    ),
    (
        "h07-neg",
        "negative",
        "h07-neg",
        133.0,
        "Atlas News",
        "Meridian Telecom to sell tower unit for 1.4 billion",
        "(Atlas News) - Meridian Telecom agreed on Tuesday to sell its 6,500 mobile towers to "
        "an infrastructure fund for 1.4 billion euros and lease them back, the company said.\n\n"
        "Chief Financial Officer Karin Ask said the proceeds would cut debt.",
    ),
    # 8. Election debate
    (
        "h08",
        "variant",
        "h08",
        150.0,
        "NWA",
        "Sarenia presidential debate cancelled after candidate falls ill",
        "(NWA) - Sarenia's only televised presidential debate was cancelled on Sunday after "
        "frontrunner Dario Venn was taken to hospital with pneumonia, his campaign said.\n\n"
        "Venn, 67, is expected to stay in hospital for three days. Rival candidate Mila "
        "Orsova said she wished him a quick recovery and called for the debate to be held "
        "before the vote on May 18.",
    ),
    (
        "h08",
        "variant",
        "h08",
        152.0,
        "Metro Herald",
        "Frontrunner Venn in Hospital, Sarenia Debate Off",
        "Sarenia's sole TV presidential debate was called off on Sunday because frontrunner "
        "Dario Venn, 67, had been admitted to hospital with pneumonia, according to his "
        "campaign, which expects him to remain there for three days.\n\nHis opponent Mila "
        "Orsova wished him well and urged organisers to reschedule the debate ahead of the May "
        "18 election." + TRAILER,
    ),
    (
        "h08-ind",
        "independent",
        "h08",
        155.0,
        "Daily Ledger",
        "Doctors say Venn is responding to treatment",
        "Doctors treating Sarenian presidential candidate Dario Venn said on Sunday evening "
        "he was responding well to antibiotics.\n\nHospital director Tomas Kral said Venn was "
        '"alert and in good spirits". Venn\'s campaign manager Lea Horvat said rallies '
        "planned for the week had been postponed.",
    ),
    (
        "h08-neg",
        "negative",
        "h08-neg",
        160.0,
        "NWA",
        "Sarenia opposition candidate unveils tax plan",
        "(NWA) - Sarenian presidential candidate Mila Orsova on Sunday promised to cut income "
        "tax for 3 million low earners and pay for it with a 2 percent levy on bank profits.\n\n"
        "Orsova trails frontrunner Dario Venn by 9 points in the latest poll.",
    ),
]


def main() -> None:
    rows = []
    for n, (cluster, role, event, hours, source, headline, body) in enumerate(STORIES):
        day, hour = divmod(hours, 24)
        rows.append(
            {
                "id": f"hand-{n:03d}",
                "headline": headline,
                "body": body,
                "source": source,
                "published_at": f"2026-04-{1 + int(day):02d}T{int(hour):02d}:"
                f"{int(hour % 1 * 60):02d}:00Z",
                "cluster": cluster,
                "role": role,
                "event": event,
            }
        )
    rows.sort(key=lambda r: str(r["published_at"]))
    path = Path(__file__).with_name("dedup_handwritten.jsonl")
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    print(f"{path.name}: {len(rows)} stories")


if __name__ == "__main__":
    main()
