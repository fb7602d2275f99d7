"""Hand-written dev stories (business, diplomacy, disasters, health and science).

Invented events, written for this project; format described in ``free_text.py``.
"""

TEXT = """
## CLUSTER d01 2026-05-04T06:00
@ A 0 Meridian Press
Veltrix to cut 1,200 jobs as chip demand slows
EINDHOVEN, May 4 (Meridian Press) - Dutch chipmaker Veltrix Semiconductors will cut 1,200 jobs,
about 8% of its workforce, after orders from carmakers fell for a third straight quarter, the
company said on Monday.

Chief Executive Annelies Brouwer said most of the cuts would fall in the Netherlands and
Germany and would be completed by the end of the year. The company expects to save 210
million euros a year from 2027.

Veltrix also lowered its full-year revenue forecast to between 4.1 billion and 4.4 billion
euros. Its shares fell 5.2% in early Amsterdam trading.

@ R 2 Business Daily Online
Veltrix Semiconductors Slashes 1,200 Jobs Amid Auto Chip Slump
The Dutch chip firm is shedding around 8 percent of its staff after three weak quarters of
carmaker orders, and has trimmed its annual sales outlook.

Veltrix Semiconductors, the chipmaker based in the Netherlands, announced on Monday that it
would eliminate 1,200 positions, roughly 8 per cent of its employees, as automotive
customers ordered less for the third quarter running.

Annelies Brouwer, the company's CEO, said the bulk of the reductions would hit Dutch and
German sites and be finished before the year is out, delivering annual savings of 210mn
euros starting in 2027.

The firm now sees revenue for the year at 4.1bn to 4.4bn euros, down from its earlier
guidance, and its stock slid 5.2 per cent in Amsterdam.

@ R 5 The Market Wire
Chipmaker Veltrix to Axe 1.2k Roles, Cuts Outlook
Falling orders from the car industry have pushed Veltrix to lay off about 1,200 people and
lower its guidance.

Veltrix Semiconductors is cutting about 1.2 thousand jobs. The move, which affects some 8% of
the workforce, follows a third consecutive quarter of weaker demand from automakers.

The company said on Monday that Dutch and German operations would bear most of the
layoffs, which are due to be completed by year-end. Savings are put at 210 million euros a
year from 2027, Brouwer said.

Shares dropped 5.2% after Veltrix said it now expects full-year sales of 4.1 billion to 4.4
billion euros.

@ I 7 Noord Dagblad English
Unions vow to fight Veltrix layoffs at Eindhoven plant
Trade unions said on Monday they would oppose Veltrix Semiconductors' plan to cut jobs and
called a meeting of workers at its Eindhoven plant for Wednesday.

"Management is making staff pay for its own bad bets on a few big customers," said Ruud
Verhoeven of the FNV metalworkers' union. He said about 700 of the posts at risk were in
Eindhoven.

Annelies Brouwer is due to meet union representatives next week, a Veltrix spokesman said.

@ N 4 Meridian Press
Veltrix names Siemens veteran as new finance chief
EINDHOVEN, May 4 (Meridian Press) - Veltrix Semiconductors on Monday appointed Joris
Hendriks, a former Siemens executive, as chief financial officer from July 1, replacing
Marieke Vos, who is retiring after 11 years.

Hendriks, 52, spent two decades at the German group, most recently running its
industrial software finance team, the company said.

## CLUSTER d02 2026-05-04T14:00
@ A 0 Continental Wire
Japan and Australia sign defence logistics pact
TOKYO, May 4 (Continental Wire) - Japan and Australia signed an agreement on Monday allowing
their militaries to share fuel, ammunition and repair facilities, the latest step in closer
security ties between the two U.S. allies.

Japanese Defence Minister Kenji Morikawa and his Australian counterpart, Rachel Doyle, signed
the pact in Tokyo. It will take effect once approved by both parliaments, expected by
October.

Morikawa said the deal would let ships and aircraft of both countries "stay on task longer,
further from home". China's foreign ministry said the region did not need "exclusive
blocs".

@ R 3 Asia Pacific Today
Tokyo, Canberra Seal Military Logistics Deal
Japan's defence chief and Australia's Rachel Doyle agreed that the two militaries will be
able to share fuel, munitions and maintenance.

The Japanese and Australian governments on Monday put pen to paper on an accord under which
their armed forces can use each other's fuel, ammunition and repair services, deepening
security cooperation between two allies of the United States.

Kenji Morikawa, Japan's minister of defence, signed the document in the Japanese capital
alongside Doyle. Lawmakers in Tokyo and Canberra must ratify it, which is expected by
October.

The pact means vessels and planes from both nations can "stay on task longer, further from
home", Morikawa said. Beijing criticised the agreement, saying the region had no need for
"exclusive blocs".

@ S 6 Newsline Brief
Japan, Australia agree to share military supplies
Japan and Australia signed a pact on Monday letting their forces share fuel, ammunition
and repairs; it needs ratification by October. Beijing objected.

@ I 8 Pacific Observer
Australian opposition queries cost of Japan defence deal
Australia's opposition on Monday asked the government to publish the expected cost of the
logistics agreement signed with Japan, saying parliament should know what it is approving.

Opposition defence spokesman Callum Reid said the deal was "sensible in principle" but that
Rachel Doyle had given no figures. A defence department official said costs would be met
from existing budgets.

@ N 5 Continental Wire
Japan protests Chinese coast guard patrol near disputed islands
TOKYO, May 4 (Continental Wire) - Japan lodged a protest with China on Monday after four
Chinese coast guard ships spent more than 30 hours in waters near the Senkaku islands,
Japan's chief cabinet secretary Hiroshi Tanabe said.

Japan's foreign ministry summoned a Chinese embassy official, Tanabe told a regular news
briefing.

## CLUSTER d03 2026-05-05T02:00
@ A 0 Meridian Press
Floods in southern Brazil kill 14, displace 9,000
PORTO ALEGRE, Brazil, May 5 (Meridian Press) - Floods caused by three days of heavy rain
have killed 14 people and forced about 9,000 from their homes in Rio Grande do Sul state,
Brazilian civil defence officials said on Tuesday.

The Taquari river rose 11 metres above its normal level in the town of Lajeado, where
rescuers used boats to reach residents stranded on rooftops. Another 20 people are
missing.

Governor Eduardo Lisboa declared a state of emergency and asked the federal government in
Brasilia for help.

@ R 3 World News Hub
Deadly Floods in Southern Brazil Leave 14 Dead, Thousands Homeless
Three days of torrential downpours in Rio Grande do Sul have left fourteen people dead and
about nine thousand displaced.

Flooding in Brazil's southernmost state has claimed 14 lives, according to civil defence
authorities, who said on Tuesday that roughly 9k people had been forced to abandon their
homes after three days of intense rainfall.

In Lajeado, the Taquari river climbed 11 metres higher than usual and boats were deployed to
rescue people trapped on roofs. Twenty others remain unaccounted for.

State governor Eduardo Lisboa has declared an emergency and appealed to Brazil's federal
authorities for support.

@ V 4 Latin Report
Southern Brazil floods kill 14
@ I 6 South Atlantic Times
Lajeado residents wade through mud as river peaks
Residents of Lajeado returned on Tuesday to homes filled with mud after the Taquari river
peaked overnight, as soldiers handed out drinking water in the town centre.

"We lost everything on the ground floor, again," said shopkeeper Ana Paula Reis, whose
bakery was flooded for the second time in two years. Mayor Sergio Kunz said schools would
stay shut until next week. Governor Eduardo Lisboa visited a shelter in the afternoon.

@ N 70 Meridian Press
Brazil flood death toll rises to 31 as waters recede
PORTO ALEGRE, Brazil, May 8 (Meridian Press) - The death toll from floods in Rio Grande do
Sul rose to 31 on Friday, with 6 people still missing, civil defence officials said, as
the Taquari river fell back below its banks.

Governor Eduardo Lisboa said rebuilding would cost at least 2 billion reais, and the
federal government pledged 500 million reais in emergency aid.

## CLUSTER d04 2026-05-05T09:00
@ A 0 Continental Wire
WHO warns of rising measles cases in Europe
GENEVA, May 5 (Continental Wire) - Measles cases in Europe rose to 58,000 last year, the
highest in more than two decades, the World Health Organization said on Tuesday, urging
countries to close gaps in childhood vaccination.

Romania and Kazakhstan accounted for more than half of the cases, the WHO's European office
said. Vaccination coverage for the second dose in the region fell to 91 percent.

"Every case is preventable," said regional director Tomas Lindqvist.

@ R 2 Health Watch Online
Measles Surges in Europe to 20-Year High, WHO Says
The World Health Organization reported 58k measles cases across Europe in the past year and
urged governments to boost vaccination.

European measles infections climbed to 58,000 in the last year, a level not seen for over
twenty years, according to the UN health agency, which on Tuesday called on nations to fill
holes in child immunisation programmes.

More than half of the infections were recorded in Romania and Kazakhstan. Coverage of the
second vaccine dose slipped to 91% in the region.

Tomas Lindqvist, who heads the WHO's Europe office, said every infection could have been
prevented.

@ R 5 GlobalHealth Digest
WHO: Europe Recorded Fifty-Eight Thousand Measles Infections
Romania and Kazakhstan account for the majority of cases as second-dose coverage dips.

Fifty-eight thousand people in Europe contracted measles last year, the most in more than
20 years, the WHO said. Romanian and Kazakh cases made up over half the total.

The organisation's European branch, led by Lindqvist, said coverage with the second dose
had fallen to 91 percent and pressed countries to catch up on missed childhood shots.

@ I 8 Capital Post
Romania launches catch-up measles vaccination drive
Romania's health ministry on Tuesday announced a catch-up measles vaccination campaign
targeting 400,000 children, as the World Health Organization reported a surge of cases in
Europe.

Health Minister Irina Popescu said mobile clinics would visit 600 villages with low
coverage. "We are paying the price for years of vaccine hesitancy," she said.

@ N 6 Continental Wire
WHO approves first malaria vaccine for infants under six months
GENEVA, May 5 (Continental Wire) - The World Health Organization on Tuesday recommended a
malaria vaccine for babies under six months, the first for that age group, after trials in
Ghana and Malawi showed it cut severe cases by 62 percent.

Tomas Lindqvist was not involved; the recommendation came from the agency's immunisation
advisory group, chaired by Amina Oduya.

## CLUSTER d05 2026-05-05T16:00
@ A 0 Meridian Press
Kestrel Air posts record profit, orders 40 jets
LONDON, May 5 (Meridian Press) - British low-cost airline Kestrel Air reported a record
annual pretax profit of 612 million pounds on Tuesday and said it had ordered 40 more
Airbus A321neo jets to expand in southern Europe.

Passenger numbers rose 14% to 71 million in the year to March, Chief Executive Fiona
Marsh said. The airline will pay a special dividend of 15 pence a share.

Marsh said fares for the summer were "slightly ahead" of last year.

@ R 2 City Desk Online
Kestrel Air Reports Bumper Profit, Places Order for 40 Airbus Jets
The UK budget carrier earned 612mn pounds before tax and carried 71m passengers.

Kestrel Air, the British budget airline, on Tuesday announced the biggest pretax profit in
its history, 612 million pounds, and revealed an order for forty additional Airbus A321neo
aircraft to grow in southern Europe.

Traffic grew 14 per cent to 71 million passengers in the 12 months to March, said Fiona
Marsh, the CEO. Shareholders will receive a one-off dividend of 15p per share.

Summer fares are running slightly above last year's, Marsh added.

@ S 4 Markets in Brief
Kestrel Air profit hits record
UK airline Kestrel Air made a record 612 million pound pretax profit, carried 71 million
passengers and ordered 40 Airbus jets.

@ N 3 Meridian Press
Kestrel Air cancels 300 flights as French controllers strike
LONDON, May 5 (Meridian Press) - Kestrel Air cancelled 300 flights scheduled for Wednesday
because of a strike by French air traffic controllers, affecting about 50,000 passengers,
the airline said on Tuesday.

Chief Executive Fiona Marsh urged the European Commission to protect overflights during
strikes in France.

## CLUSTER d06 2026-05-06T03:00
@ A 0 Continental Wire
Magnitude 6.8 quake hits northern Philippines
MANILA, May 6 (Continental Wire) - A magnitude 6.8 earthquake struck off the northern
Philippine province of Ilocos Norte on Wednesday, killing at least 3 people and damaging a
hospital and two bridges, disaster officials said.

The quake hit at a depth of 22 km at 5:40 a.m., the Philippine Institute of Volcanology and
Seismology said. No tsunami warning was issued.

Provincial governor Maria Solano said power was cut to about 120,000 homes.

@ R 3 Asian Times Digest
Strong 6.8 Earthquake Rocks Northern Philippines, Three Killed
A hospital and two bridges were damaged after the tremor hit off Ilocos Norte early on
Wednesday.

At least three people died when a 6.8-magnitude quake struck off the coast of Ilocos Norte
in the north of the country early on Wednesday, according to Filipino disaster authorities.

The country's seismology institute put the depth at 22 kilometres and the time at 5:40 a.m.,
adding that there was no threat of a tsunami. Damage included a hospital and a pair of
bridges.

Around 120k households lost electricity, governor Maria Solano said.

@ R 6 Global Disaster Monitor
6.8 Quake Off Ilocos Norte Kills 3, Knocks Out Power
Philippine officials said the offshore earthquake cut electricity to 120,000 homes.

Electricity was cut to about 120,000 homes in Ilocos Norte on Wednesday after a magnitude
6.8 earthquake hit off the province, Governor Solano said, and at least 3 people were
killed.

The quake, 22 km deep, damaged a hospital and two bridges, disaster officials in Manila
said. Seismologists said there was no tsunami risk.

@ I 7 Island Herald
Ilocos hospital evacuates patients after quake cracks walls
Staff at the provincial hospital in Laoag carried 85 patients into tents in the car park on
Wednesday after the morning earthquake left cracks in its walls.

"We could not take the risk of an aftershock," said hospital director Ramon Castillo.
Governor Maria Solano said engineers would inspect the building before patients return.

@ N 80 Continental Wire
Philippines raises alert at Kanlaon volcano
MANILA, May 9 (Continental Wire) - The Philippines raised the alert level at Kanlaon
volcano on Negros island to 3 on Saturday after a series of explosions sent ash 4 km into
the sky, and ordered 5,000 residents to leave a 6 km danger zone.

## CLUSTER d07 2026-05-06T10:00
@ A 0 Meridian Press
EU fines Nordlys Telecom 340 million euros over roaming cartel
BRUSSELS, May 6 (Meridian Press) - The European Commission fined Nordlys Telecom and two other
operators a total of 340 million euros on Wednesday for agreeing not to compete on roaming
charges in the Nordic countries between 2019 and 2023.

Nordlys, based in Norway, received the largest fine, 190 million euros. Sweden's Stellan
Mobil was fined 95 million and Finland's Aalto Net 55 million, EU competition chief Marta
Ferreira said.

Nordlys said it would appeal to the EU's General Court.

@ R 2 Tech Policy Daily
Brussels Hits Nordic Telecoms With 340M Euro Fine for Roaming Cartel
Norway's Nordlys Telecom faces the biggest penalty, 190 million euros, and plans to appeal.

The EU executive on Wednesday imposed fines totalling 340mn euros on three telecom operators,
led by Norwegian group Nordlys Telecom, for colluding on roaming fees across the Nordic region
from 2019 to 2023.

Nordlys must pay 190 million euros, Swedish operator Stellan Mobil 95 million and Finnish
carrier Aalto Net 55 million, said Marta Ferreira, the European Union's competition
commissioner.

Nordlys said it will challenge the decision before the General Court.

@ I 5 Nordic Business Review
Nordlys shares shrug off EU fine; analysts see limited hit
Shares in Nordlys Telecom rose 1.4% in Oslo on Wednesday despite the company's EU fine, as
analysts said the penalty had largely been provisioned for.

"It's about two months of free cash flow," said Henrik Solberg, an analyst at Fjord
Securities. Nordlys had set aside 160 million euros last year.

@ N 6 Meridian Press
Nordlys Telecom to buy Danish broadband firm for 1.1 billion euros
OSLO, May 6 (Meridian Press) - Nordlys Telecom agreed on Wednesday to buy Danish broadband
provider Kystnet for 1.1 billion euros including debt, expanding into Denmark, Chief
Executive Ingrid Hauge said.

The deal needs approval from the European Commission and is expected to close in the first
quarter of 2027.

## CLUSTER d08 2026-05-06T18:00
@ A 0 Continental Wire
India, UK agree to resume trade talks in June
NEW DELHI, May 6 (Continental Wire) - India and Britain agreed on Wednesday to resume
negotiations on a free trade agreement in June after a pause of eight months, Indian Trade
Minister Arvind Rao said after meeting British Business Secretary Helen Carter.

Rao said the two sides were "close on goods" but still apart on visas for Indian
professionals and on whisky tariffs. Bilateral trade was worth about 42 billion pounds last
year.

@ R 3 South Asia Monitor
India, Britain to Restart Trade Negotiations Next Month
The talks had been on hold for eight months; visas and Scotch tariffs remain sticking
points.

New Delhi and London will get back to the negotiating table in June on a free trade pact,
India's trade minister said on Wednesday, ending an eight-month pause.

Arvind Rao, speaking after talks with the UK's Helen Carter, said the countries were "close on
goods". Differences remain over visas for Indian professionals and tariffs on whisky.

Trade between the two countries reached roughly 42bn pounds last year.

@ R 6 Trade Insider
UK and India Revive FTA Talks After 8-Month Freeze
The Indian minister said both sides were close on goods but still at odds over visas.

British and Indian negotiators will resume work on a free trade deal in June, Indian trade
minister Rao announced after meeting Britain's business secretary Helen Carter on
Wednesday.

Talks stalled eight months ago. While the sides are "close on goods", visas for skilled
Indian workers and duties on Scotch whisky are still unresolved, he said. Two-way trade
totalled around 42 billion pounds last year.

@ I 9 Delhi Chronicle
Indian exporters welcome restart of UK trade talks
Indian textile and leather exporters on Wednesday welcomed the decision to restart trade
talks with Britain, saying lower tariffs could add 2 billion dollars to annual exports.

"Our members have waited long enough," said Sunil Mehta of the Federation of Indian Export
Organisations. Arvind Rao is due to brief exporters on Friday.

@ N 8 Continental Wire
India signs trade deal with four-nation EFTA bloc
NEW DELHI, May 6 (Continental Wire) - India signed a trade and investment agreement with
the European Free Trade Association on Wednesday under which Switzerland, Norway, Iceland
and Liechtenstein pledged 100 billion dollars of investment over 15 years, Trade Minister
Arvind Rao said.

## CLUSTER d09 2026-05-07T05:00
@ A 0 Meridian Press
Wildfire forces evacuation of 6,000 in western Canada
KAMLOOPS, British Columbia, May 7 (Meridian Press) - A wildfire fanned by strong winds forced
about 6,000 people to leave their homes near Kamloops in British Columbia on Thursday, the
province's wildfire service said.

The fire had grown to 4,300 hectares overnight and destroyed at least 12 buildings. More
than 200 firefighters and 9 helicopters were battling the blaze.

Provincial premier Jenna Collins said it was "far too early" in the season for a fire of
this size.

@ R 2 North America Now
Canadian Wildfire Drives Thousands From Homes Near Kamloops
Fast-growing flames have burned 4,300 hectares and at least a dozen buildings in British
Columbia.

Some 6k residents have been evacuated around Kamloops as a wind-whipped wildfire spread on
Thursday, BC's wildfire service said.

The blaze expanded to 4,300 ha overnight and has destroyed at least twelve structures. Over
200 firefighters supported by nine helicopters are fighting it.

Jenna Collins, the premier of the Canadian province, said a fire this big was coming "far
too early" in the season.

@ S 4 Daily Briefing
Canada wildfire: 6,000 evacuated
A wildfire near Kamloops, British Columbia, has burned 4,300 hectares and 12 buildings and
forced 6,000 people out, officials said on Thursday.

@ I 6 Pacific Coast Ledger
Kamloops evacuees fill arena as smoke blankets city
Hundreds of evacuees slept on camp beds at the Kamloops sports arena on Thursday night while
smoke from the wildfire cut visibility across the city to a few hundred metres.

Red Cross volunteer Dana Whitfield said 1,400 people had registered at the centre. "People
left with what they could carry," she said. Premier Jenna Collins visited in the evening.

@ N 75 Meridian Press
Evacuation orders lifted for most of Kamloops wildfire zone
KAMLOOPS, British Columbia, May 10 (Meridian Press) - British Columbia lifted evacuation
orders for about 4,800 residents near Kamloops on Sunday after rain helped crews contain
80% of the wildfire, the province's wildfire service said. Premier Jenna Collins said 31
homes had been lost.

## CLUSTER d10 2026-05-07T12:00
@ A 0 Continental Wire
Swiss drugmaker Almera's obesity pill meets trial goal
BASEL, May 7 (Continental Wire) - Swiss drugmaker Almera said on Thursday its experimental
obesity pill helped patients lose an average of 13.4% of their body weight over 68 weeks in
a late-stage trial, sending its shares up 9%.

The trial enrolled 3,100 adults in the United States, Europe and Japan. Nausea was the most
common side effect and 6% of patients stopped treatment because of it, the company said.

Almera plans to file for approval in the U.S. and the European Union next year, research
head Lukas Meier said.

@ R 3 Pharma Pulse
Almera's Weight-Loss Pill Hits Late-Stage Goal, Shares Jump
Patients lost an average 13.4 percent of body weight in the 3.1k-person study.

Almera, the drug company from Switzerland, reported on Thursday that its obesity tablet cut
body weight by 13.4% on average over 68 weeks in a phase 3 study, and its stock rose 9
percent.

The study involved 3,100 adults across America, Europe and Japan. Nausea was the side effect
seen most often, prompting 6% of participants to quit.

Lukas Meier, who leads research at the firm, said it would seek US and EU approval next
year.

@ I 6 BioBusiness Journal
Analysts say Almera pill data fall short of injectable rivals
Almera's obesity pill results are unlikely to threaten injectable drugs, which produce
weight loss of about 20%, analysts said on Thursday.

"It's a good pill, not a great drug," said Claire Dubois, an analyst at Rhone Capital. She
cut her peak sales estimate to 3 billion francs. Almera's Lukas Meier said oral dosing would
appeal to patients who avoid needles.

@ N 5 Continental Wire
Almera to close Irish plant, cutting 450 jobs
BASEL, May 7 (Continental Wire) - Almera will close its manufacturing plant in Cork, Ireland,
by 2028, cutting 450 jobs as it moves production of older antibiotics to contract makers,
the company said on Thursday.

## CLUSTER d11 2026-05-07T20:00
@ A 0 Meridian Press
Turkey and Egypt agree to restore ambassadors
ANKARA, May 7 (Meridian Press) - Turkey and Egypt agreed on Thursday to appoint ambassadors
to each other's capitals for the first time in 13 years, Turkish Foreign Minister Selim
Aydin said after talks with his Egyptian counterpart, Karim Mansour.

Aydin said the two countries aimed to raise annual trade to 15 billion dollars within five
years from about 9 billion now. Mansour said they had also discussed the war in Sudan.

@ R 2 Middle East Wire
Ankara and Cairo to Exchange Ambassadors After 13-Year Gap
The Turkish and Egyptian foreign ministers also set a goal of 15bn dollars in trade.

Turkey's top diplomat Selim Aydin said on Thursday that Ankara and Cairo would name
ambassadors to each other for the first time in thirteen years, following a meeting with
Egypt's foreign minister Karim Mansour.

The two nations want trade to grow to $15 billion a year within five years, up from about $9
billion, Aydin said. The conflict in Sudan was also on the agenda, Mansour said.

@ I 6 Cairo Daily News
Egyptian businessmen eye Turkish textile investment after thaw
Egyptian textile makers said on Thursday they expected Turkish firms to invest in factories
in Egypt's Suez Canal economic zone after the two countries moved to restore full
diplomatic ties.

Ahmed Farouk, head of Egypt's textile exporters' council, said three Turkish groups had
already asked for land. Karim Mansour is expected in Ankara in July.

@ N 4 Meridian Press
Turkey's central bank holds rates at 42.5%
ANKARA, May 7 (Meridian Press) - Turkey's central bank kept its main interest rate at 42.5
percent on Thursday, as expected, saying inflation of 38% was still too high to begin
easing.

## CLUSTER d12 2026-05-08T07:00
@ A 0 Continental Wire
Cyclone Hamid makes landfall in Bangladesh, 500,000 evacuated
DHAKA, May 8 (Continental Wire) - Cyclone Hamid crossed the coast of Bangladesh near
Chittagong on Friday with winds of up to 130 km per hour, after authorities moved about
500,000 people to shelters, officials said.

At least 4 people were killed by falling trees, disaster management secretary Nasrin Haque
said. Flights at Chittagong airport were suspended and the port halted operations.

The storm was expected to weaken as it moved inland towards Myanmar.

@ R 3 South Asia Tribune
Cyclone Hamid Slams Bangladesh Coast After Half a Million Evacuated
Four people died as winds of 130 kph battered the Chittagong area.

Bangladeshi authorities evacuated roughly half a million people to cyclone shelters before
Cyclone Hamid struck the coast near Chittagong on Friday with gusts reaching 130 km/h.

Falling trees killed at least four people, said Nasrin Haque, secretary for disaster
management. The city's airport grounded flights and the port stopped work.

Forecasters said the storm would lose strength as it heads inland toward Myanmar.

@ R 5 Weather World
Cyclone Hamid Makes Landfall; 4 Dead in Bangladesh
Port and airport operations at Chittagong were halted as the cyclone moved inland.

Four people were killed when Cyclone Hamid reached land near Chittagong in Bangladesh on
Friday, officials said, after 500,000 residents had been taken to shelters.

Haque, the disaster management secretary, said winds peaked at 130 km per hour. The storm
closed Chittagong's airport and port, and is forecast to weaken as it moves toward
Myanmar.

@ N 50 Continental Wire
Bangladesh begins aid distribution after Cyclone Hamid
DHAKA, May 10 (Continental Wire) - Bangladesh began distributing food and tarpaulins to
about 80,000 families on Sunday after Cyclone Hamid damaged 22,000 homes, the disaster
management ministry said. The death toll rose to 9, secretary Nasrin Haque said.

## CLUSTER d13 2026-05-08T13:00
@ A 0 Meridian Press
U.S. regulators approve Corvane's gene therapy for sickle cell
WASHINGTON, May 8 (Meridian Press) - The U.S. Food and Drug Administration approved Corvane
Bio's gene therapy for sickle cell disease on Friday, making it the third such treatment on
the American market.

The one-time therapy, Hemavia, will carry a list price of 2.4 million dollars, Corvane said.
In a trial of 44 patients, 41 had no severe pain crises for at least a year.

Chief Executive Daniel Osei said the company would offer payment plans tied to results.

@ R 2 MedTech Today
FDA Clears Corvane Bio's Sickle Cell Gene Therapy
The one-time treatment will cost $2.4m and eliminated severe pain crises in 41 of 44 trial
patients.

Corvane Bio won approval from the US Food and Drug Administration on Friday for Hemavia, a
gene therapy for sickle cell disease, the third of its kind to reach patients in the United
States.

The treatment, given once, is priced at 2.4 million dollars. Forty-one of the 44 people in
its trial went at least 12 months without a severe pain crisis.

Daniel Osei, Corvane's CEO, said payers would be offered outcome-based instalment plans.

@ V 3 Health Business Now
Corvane wins FDA nod for sickle cell gene therapy
@ I 8 Patient Voice
Sickle cell families cautious over new gene therapy's price
Families affected by sickle cell disease welcomed the approval of Corvane Bio's Hemavia on
Friday but said few patients would get it unless insurers and the Medicaid programme agreed
to pay.

"A cure that nobody can reach is not a cure," said Keisha Bright, whose son has the
disease. Daniel Osei said Corvane was in talks with several state Medicaid agencies.

@ N 7 Meridian Press
Corvane Bio settles patent dispute with Helix Therapeutics
WASHINGTON, May 8 (Meridian Press) - Corvane Bio agreed on Friday to pay Helix
Therapeutics 85 million dollars to settle a patent dispute over gene-editing techniques,
ending a three-year court fight, the companies said. Chief Executive Daniel Osei said the
deal removed "an overhang" for investors.

## CLUSTER d14 2026-05-08T22:00
@ A 0 Continental Wire
German factory orders fall for third month
BERLIN, May 8 (Continental Wire) - German industrial orders fell 2.1% in March from the
previous month, the third decline in a row, as demand from outside the euro zone weakened,
the federal statistics office said on Friday.

Economists polled by Continental Wire had expected a rise of 0.5%. Orders from abroad fell
3.4%, while domestic orders slipped 0.3%.

"Industry is stuck in a rut," said Katrin Weiss, an economist at Hanse Bank.

@ R 2 Europe Markets Daily
German Industrial Orders Drop 2.1% in March, Defying Forecasts
Foreign demand fell 3.4% as Europe's largest economy posted a third monthly decline.

Germany's factory orders slid 2.1 per cent month on month in March, the country's
statistics office said on Friday, marking a third straight fall as orders from beyond the
eurozone dried up.

Analysts had predicted a 0.5 per cent increase. Foreign orders sank 3.4 per cent and
domestic orders 0.3 per cent.

Hanse Bank economist Katrin Weiss said German industry was "stuck in a rut".

@ N 2 Continental Wire
German exports rise unexpectedly in March
BERLIN, May 8 (Continental Wire) - German exports rose 1.2% in March from February,
beating forecasts for a 0.4% fall, as shipments to the United States and China picked up,
the federal statistics office said on Friday. Imports fell 0.8%.

## CLUSTER d15 2026-05-09T08:00
@ A 0 Meridian Press
UN Security Council extends Haiti mission by a year
UNITED NATIONS, May 9 (Meridian Press) - The U.N. Security Council voted on Saturday to
extend its political mission in Haiti for another 12 months and asked Secretary-General
Adaeze Nwosu to propose ways to strengthen the Kenyan-led security force there.

Thirteen members voted in favour, while China and Russia abstained. The mission, known as
BINUH, has about 130 staff.

Haiti's ambassador, Jean-Robert Pierre, said gangs still controlled about 80% of Port-au-
Prince.

@ R 3 Global Affairs Daily
UN Extends Haiti Mission for 12 More Months
Beijing and Moscow abstained as the council asked the UN chief for options to bolster the
security force.

The United Nations Security Council on Saturday renewed the mandate of its Haiti political
office for a further year, and requested that the UN secretary-general, Adaeze Nwosu, come up
with proposals to reinforce the Kenya-led multinational force.

The resolution passed with 13 votes; China and Russia abstained. BINUH employs roughly 130
people.

Jean-Robert Pierre, Haiti's envoy to the UN, told the council that gangs hold about 80
percent of the capital.

@ I 5 Caribbean Observer
Kenyan commander says Haiti force needs 1,500 more troops
The commander of the Kenyan-led security mission in Haiti said on Saturday his force needed
another 1,500 troops and more armoured vehicles to push gangs out of Port-au-Prince.

General Peter Mwangi told reporters that only 400 of 2,500 promised personnel had arrived
from pledging countries. The U.N. Security Council renewed its Haiti mission on the same
day.

@ N 6 Meridian Press
UN Security Council fails to agree on Sudan ceasefire text
UNITED NATIONS, May 9 (Meridian Press) - The U.N. Security Council on Saturday failed to
adopt a resolution demanding a ceasefire in Sudan after Russia vetoed the text, which
received 14 votes in favour. Secretary-General Adaeze Nwosu said she was "deeply
disappointed".

## CLUSTER d16 2026-05-09T15:00
@ A 0 Continental Wire
Heavy snow traps 300 vehicles on Chilean mountain pass
SANTIAGO, May 9 (Continental Wire) - Heavy snowfall trapped about 300 vehicles and 1,100
people on the Los Libertadores pass between Chile and Argentina on Saturday, Chilean
authorities said.

Soldiers and police were delivering blankets and hot drinks while ploughs tried to clear a
9 km stretch of road. The border crossing, which carries most road freight between the two
countries, was closed.

Interior Minister Pablo Ortega said everyone would be evacuated by nightfall.

@ R 2 Latin America Daily
Snowstorm Strands Hundreds of Vehicles on Chile-Argentina Pass
Some 1,100 travellers were stuck at the Los Libertadores crossing, which was shut.

A heavy snowstorm left roughly 300 vehicles and one thousand one hundred people stranded on
the Los Libertadores mountain pass linking Chile with Argentina on Saturday, according to
the Chilean government.

Troops and police handed out blankets and hot drinks as snowploughs worked to clear 9 km of
road. The crossing, the main route for freight between the neighbours, was closed.

Pablo Ortega, Chile's interior minister, promised that all would be brought down before
dark.

@ I 6 Andes Herald
Argentine truckers stuck in Mendoza as Chile pass stays shut
About 2,000 lorries queued on the Argentine side of the Los Libertadores pass on Saturday
as the crossing to Chile remained closed by snow, Mendoza province officials said.

Truck driver Hector Sosa said he had been waiting for 30 hours. "We have food for one more
day," he said. Argentina's transport secretary Laura Benitez said the crossing could reopen
on Monday.

@ N 4 Continental Wire
Chile's Copper Corp reports strike at northern mine
SANTIAGO, May 9 (Continental Wire) - Workers at Chile's state-run Copper Corp began an
indefinite strike at the Norte Grande mine on Saturday over bonuses, halting output of
about 900 tonnes a day, the union said. Interior Minister Pablo Ortega urged talks.

## CLUSTER d17 2026-05-10T06:00
@ A 0 Meridian Press
Italian scientists report long-lasting solid-state battery
ROME, May 10 (Meridian Press) - Researchers at the Italian Institute of Technology said on
Sunday they had built a solid-state battery cell that kept 92% of its capacity after 5,000
charge cycles, about twice the life of today's best lithium-ion cells.

The cell, described in the journal Nature Energy, uses a sulphide electrolyte and a lithium
metal anode. Lead author Giulia Ferrante said the team had partnered with carmaker Auria to
test larger cells next year.

@ R 2 Science Today Online
Italian Team Unveils Solid-State Battery That Survives 5k Cycles
The cell kept 92 percent of its capacity, roughly double the lifespan of current lithium-ion
batteries.

A team from Italy's Institute of Technology has developed a solid-state battery cell that
retained 92% of its capacity after five thousand charging cycles, the scientists said on
Sunday.

That is around double the durability of the best lithium-ion cells on the market. Their
paper in Nature Energy describes a lithium metal anode paired with a sulphide electrolyte.

Giulia Ferrante, the lead author, said larger cells would be tested with car manufacturer
Auria in 2027.

@ S 5 Tech Bites
Italian researchers build long-life solid-state battery
An Italian team says its solid-state cell kept 92% capacity after 5,000 cycles; carmaker
Auria will test larger versions.

@ N 3 Meridian Press
Italy approves 2 billion euro plan for battery gigafactory
ROME, May 10 (Meridian Press) - Italy's government on Sunday approved 2 billion euros of
support for a battery gigafactory near Turin to be built by carmaker Auria and a Korean
partner, Industry Minister Paolo Greco said. The plant is due to open in 2029.

## CLUSTER d18 2026-05-10T14:00
@ A 0 Continental Wire
South Africa's rand hits two-year high after rate decision
JOHANNESBURG, May 10 (Continental Wire) - South Africa's rand rose to its strongest level in
two years on Sunday evening trading after the Reserve Bank surprised markets by keeping its
main rate at 7.75%, Governor Sipho Dlamini said inflation risks were rising.

The rand firmed 1.3% to 16.85 per dollar. Dlamini said the bank's model pointed to two cuts
this year but the committee had chosen to wait.

@ R 3 Africa Business Wire
Rand Surges to 2-Year Peak as SARB Holds Rates
The South African Reserve Bank left its key rate at 7.75 percent, against expectations of
a cut.

The South African currency climbed 1.3 percent to 16.85 against the US dollar, its highest
in two years, after the central bank unexpectedly held its benchmark rate at 7.75%.

Governor Sipho Dlamini pointed to growing inflation risks. The bank's forecasting model
implied two reductions this year, he said, but policymakers preferred to hold off.

@ N 20 Continental Wire
South Africa's unemployment rate rises to 33.1%
PRETORIA, May 11 (Continental Wire) - South Africa's unemployment rate rose to 33.1% in the
first quarter from 32.4% in the previous three months, the statistics agency said on
Monday. About 8.4 million people were out of work.

## CLUSTER d19 2026-05-11T04:00
@ A 0 Meridian Press
Indonesia bans export of raw bauxite from June
JAKARTA, May 11 (Meridian Press) - Indonesia will ban exports of unprocessed bauxite from
June 1 to encourage investment in local smelters, Energy and Mineral Resources Minister Budi
Santoso said on Monday.

Indonesia exported about 31 million tonnes of bauxite last year, most of it to China.
Santoso said four new alumina refineries with a combined capacity of 6 million tonnes would
start operating by 2028.

@ R 2 Commodities Daily
Jakarta to Halt Raw Bauxite Exports From June 1
Indonesia shipped some 31 mln tonnes of the ore last year, mostly to Chinese buyers.

The Indonesian government will stop shipments of unprocessed bauxite abroad from June 1, a
bid to draw investment into domestic smelting, the country's mining minister said on
Monday.

Budi Santoso said four alumina refineries able to produce 6 million tonnes a year between
them would be running by 2028. Last year Indonesia sold about 31 million tonnes of bauxite
overseas, the bulk of it to China.

@ R 5 Asia Resources Report
Indonesian Bauxite Export Ban to Start June 1
Minister Santoso said new refineries would process the ore at home.

Exports of raw bauxite from Indonesia will be banned from the first of June, Minister Budi
Santoso said on Monday, as the country pushes miners to build smelters at home.

About 31 million tonnes left Indonesia last year, largely for Chinese refineries, and four
local alumina plants with 6 million tonnes of capacity are due by 2028.

@ I 7 Metals Insight
Aluminium prices jump on Indonesian bauxite ban
Aluminium prices on the London Metal Exchange rose 2.6% to 2,690 dollars a tonne on Monday
after Indonesia said it would stop exporting raw bauxite, with traders worried about
supplies to Chinese refiners.

"China will have to look harder to Guinea and Australia," said Olivia Chen, a metals
strategist at Harbour Capital. Budi Santoso said existing contracts would not be honoured
after June 1.

@ N 6 Meridian Press
Indonesia raises biodiesel blend to 40%
JAKARTA, May 11 (Meridian Press) - Indonesia will raise the mandatory palm oil content in
biodiesel to 40% from next January, Energy and Mineral Resources Minister Budi Santoso said
on Monday, a move expected to absorb an extra 2 million tonnes of palm oil a year.

## CLUSTER d20 2026-05-11T12:00
@ A 0 Continental Wire
Greece's Aegean Shipping to buy 12 LNG carriers
ATHENS, May 11 (Continental Wire) - Greek shipowner Aegean Shipping has ordered 12 liquefied
natural gas carriers from South Korea's Hanjin Heavy Industries for about 3 billion dollars,
the company said on Monday.

The ships will be delivered between 2028 and 2030 and chartered to energy companies in
Europe and Asia, Chief Executive Nikos Papadakis said.

@ R 3 Maritime Daily
Aegean Shipping Orders 12 LNG Tankers in $3bn Korean Deal
The Greek owner's vessels will arrive between 2028 and 2030.

Aegean Shipping of Greece has placed an order for a dozen LNG carriers with Korean shipyard
Hanjin Heavy Industries worth roughly $3bn, it said on Monday.

Deliveries will run from 2028 to 2030, and the vessels will be chartered to European and
Asian energy firms, according to CEO Nikos Papadakis.

@ N 1 Continental Wire
Greek port of Piraeus reports record cruise traffic
ATHENS, May 11 (Continental Wire) - The port of Piraeus handled a record 1.6 million cruise
passengers last year, up 12%, its operator said on Monday, as Greece's tourism boom
continued.

## CLUSTER d21 2026-05-11T20:00
@ A 0 Meridian Press
Kenya's President Wambui fires finance minister
NAIROBI, May 11 (Meridian Press) - Kenyan President Grace Wambui dismissed Finance Minister
Joseph Kiprono on Monday, two weeks after protests against a proposed fuel tax left 6 people
dead, and named central bank deputy governor Esther Njeri to replace him.

Wambui said in a televised address that the tax would be withdrawn. Kiprono had defended the
levy as necessary to meet a target agreed with the International Monetary Fund.

@ R 2 Africa Today Online
Kenya's Wambui Sacks Finance Minister After Deadly Tax Protests
Esther Njeri of the central bank will take over the treasury as the fuel tax is scrapped.

President Grace Wambui of Kenya on Monday removed her finance minister, Joseph Kiprono, a
fortnight after six people were killed in demonstrations against a planned fuel levy.

His replacement is Esther Njeri, currently deputy governor of the central bank. In an
address on television, Wambui said the tax was being dropped. Kiprono had argued it was
needed to hit a goal set with the IMF.

@ I 5 East Africa Standard
Kenyan protest leaders say minister's exit not enough
Organisers of the fuel tax protests in Kenya said on Monday the sacking of Joseph Kiprono
did not go far enough and demanded an inquiry into the police killings of demonstrators.

"We want names, not reshuffles," said activist Brian Otieno. Opposition leader Samuel Ruto
said Grace Wambui should also cut ministers' allowances.

@ N 3 Meridian Press
Kenya signs 1.5 billion dollar railway loan with China
NAIROBI, May 11 (Meridian Press) - Kenya signed a 1.5 billion dollar loan with China's
Export-Import Bank on Monday to extend its standard gauge railway to the Ugandan border,
the transport ministry said. President Grace Wambui attended the signing.
"""
