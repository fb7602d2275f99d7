"""Hand-written test stories (courts, energy, transport, security, technology).

Invented events, written for this project; format described in ``free_text.py``. Never
used for training or thresholds.
"""

TEXT = """
## CLUSTER t01 2026-06-01T06:00
@ A 0 Meridian Press
Seoul asks Kyiv to hand over two more North Korean prisoners
SEOUL, June 1 (Meridian Press) - South Korea has asked Ukraine to transfer two North Korean
soldiers captured in the Kursk region last month if they wish to defect, Foreign Minister
Park Min-ho said on Monday after a call with his Ukrainian counterpart, Oleh Marchenko.

Park said Seoul would provide housing, medical care and legal protection for the men. The
United States, South Korea and Ukraine estimate that about 11,000 North Korean troops have
been sent to Russia, of whom more than 4,000 have been killed or wounded.

Ukraine's foreign ministry said Kyiv would respect the soldiers' wishes under the Geneva
Conventions.

@ R 3 Asia Affairs Hub
Seoul Seeks Kyiv's Help to Bring Two More North Korean POWs South
South Korea's foreign minister raised the captured soldiers with Ukraine's top diplomat as
losses among Pyongyang's troops top 4k.

South Korean Foreign Minister Park Min-ho said on Monday that Seoul had asked Ukraine to
send two captured North Korean soldiers to South Korea should they choose to defect,
following a phone call with Ukraine's foreign minister Oleh Marchenko. The men were taken
prisoner in Russia's Kursk region last month.

Seoul is ready to give the soldiers homes, healthcare and legal protection, Park said.
Kyiv's foreign ministry said Ukraine would abide by the prisoners' wishes in line with the
Geneva Conventions.

Estimates from the U.S., Seoul and Kyiv put the number of North Korean troops deployed to
Russia at around 11k, with more than four thousand killed or injured.

@ S 5 World Digest
South Korea asks Ukraine for two North Korean POWs
Seoul has asked Kyiv to transfer two captured North Korean soldiers who wish to defect, its
foreign minister said on Monday.

@ I 7 Korea Times Daily
Defector groups ready to support North Korean POWs
South Korean groups that help North Korean defectors said on Monday they were preparing
housing and counselling for the two soldiers held by Ukraine, as the government in Seoul
pressed Kyiv to release them.

"They will need years of support, not weeks," said Kim Eun-ji of the Hana Bridge
foundation. Park Min-ho said the unification ministry would lead the resettlement.

@ N 4 Meridian Press
South Korea, Japan agree on joint missile tracking drills
SEOUL, June 1 (Meridian Press) - South Korea and Japan agreed on Monday to hold joint drills
to track North Korean missile launches in real time, Foreign Minister Park Min-ho said after
talks with Japanese Foreign Minister Aiko Tanaka in Seoul. The first drill will take place
in August with the United States.

## CLUSTER t02 2026-06-01T13:00
@ A 0 Continental Wire
Court jails former Lumora bank chief for 7 years over fraud
FRANKFURT, June 1 (Continental Wire) - A German court sentenced the former chief executive of
Lumora Bank, Friedrich Adler, to seven years in prison on Monday for fraud and market
manipulation linked to the lender's collapse in 2023.

The Frankfurt regional court found that Adler had hidden losses of 1.9 billion euros from
investors and regulators. Two other former executives received suspended sentences.

Adler's lawyer, Sabine Koch, said her client would appeal to the Federal Court of Justice.

@ R 2 Finance Crime Watch
Ex-Lumora Bank CEO Friedrich Adler Gets 7 Years for Fraud
The Frankfurt court found he concealed 1.9bn euros of losses before the lender collapsed.

Friedrich Adler, who ran Lumora Bank until its failure in 2023, was handed a 7-year jail
term by a court in Germany on Monday after being convicted of fraud and manipulating
markets.

Judges at Frankfurt's regional court ruled he had concealed 1.9 billion euros in losses from
investors and supervisors, while two of his former colleagues were given suspended terms.

His lawyer, Sabine Koch, said they would take the case to Germany's Federal Court of
Justice.

@ V 3 Business Legal Review
Former Lumora Bank CEO jailed for seven years
@ I 6 Frankfurt Business Post
Lumora investors say verdict brings little comfort
Small investors who lost savings in Lumora Bank's collapse said on Monday that Friedrich
Adler's prison sentence would not return their money, as a civil case seeking 600 million
euros in damages continues.

"Seven years does not pay my pension," said retired teacher Helga Brandt, 68. Lawyer Tobias
Roth, who represents 3,000 claimants, said the ruling would strengthen their case.

@ N 5 Continental Wire
German regulator fines Lumora's former auditor 12 million euros
FRANKFURT, June 1 (Continental Wire) - Germany's financial watchdog fined auditing firm Kessler
& Partner 12 million euros on Monday for failing to spot accounting problems at Lumora Bank
and barred it from auditing banks for two years.

## CLUSTER t03 2026-06-01T20:00
@ A 0 Meridian Press
Norway approves 2.6 billion dollar offshore wind farm
OSLO, June 1 (Meridian Press) - Norway's government approved a 1.5 gigawatt floating
offshore wind farm in the North Sea on Monday, the country's largest renewable energy
project, Energy Minister Lars Eide said.

The Utsira Vest project, led by state-controlled Nordkraft with Britain's Albion Power, will
cost about 28 billion crowns (2.6 billion dollars) and supply power to 700,000 homes from
2031.

Eide said the state would provide a subsidy of up to 9 billion crowns.

@ R 3 Energy Transition News
Oslo Greenlights Nation's Biggest Offshore Wind Project
The floating 1.5GW Utsira Vest farm will cost $2.6bn and power 700k homes.

The Norwegian government on Monday gave the go-ahead to a floating wind farm in the North
Sea with capacity of 1.5 gigawatts, the largest green energy project in Norway, according
to energy minister Lars Eide.

Nordkraft, which is majority owned by the state, is developing Utsira Vest together with UK
company Albion Power. The 28 bn crown project is meant to supply 700,000 households from
2031, backed by state support of up to 9 bn crowns.

@ I 6 Offshore Energy Weekly
Fishermen fear Utsira Vest wind farm will close grounds
Norwegian fishing associations said on Monday the Utsira Vest wind farm would close fishing
grounds used by around 40 vessels and called for compensation.

"The sea is not an empty space," said Kjell Aas of the Norwegian Fishermen's Association.
Nordkraft said it had held 14 consultation meetings with fishing groups.

@ N 4 Meridian Press
Norway's oil fund posts first-quarter return of 3.9%
OSLO, June 1 (Meridian Press) - Norway's 1.7 trillion dollar sovereign wealth fund returned
3.9% in the first quarter, helped by technology stocks, the central bank's investment arm
said on Monday.

## CLUSTER t04 2026-06-02T05:00
@ A 0 Continental Wire
Train derailment in eastern Poland injures 23
LUBLIN, Poland, June 2 (Continental Wire) - A passenger train derailed near the city of
Lublin in eastern Poland on Tuesday, injuring 23 people, 4 of them seriously, police said.

Five of the train's seven carriages left the tracks at about 40 km per hour shortly after
leaving Lublin station for Warsaw. About 180 passengers were on board.

Infrastructure Minister Tomasz Nowicki said a damaged rail was the most likely cause and
ordered checks on the line.

@ R 2 Europe Today Online
Passenger Train Derails in Poland's Lublin, 23 Hurt
Four people suffered serious injuries when five carriages came off the rails.

Twenty-three people were hurt, four seriously, when a train bound for the Polish capital
derailed on Tuesday shortly after leaving Lublin, police said.

Some 180 passengers were travelling on the seven-carriage train; five cars left the track
while it was going at around 40 km/h.

Poland's infrastructure minister Tomasz Nowicki said a broken rail was likely to blame and
ordered inspections along the route.

@ R 5 Rail Safety Report
Broken Rail Suspected After Lublin Derailment Injures 23
The Polish minister ordered checks on the Lublin-Warsaw line.

A broken rail is the probable cause of Tuesday's derailment near Lublin, in which 23 people
were injured, Polish Infrastructure Minister Nowicki said.

Five of seven carriages derailed at low speed, about 40 kph, after the Warsaw-bound train
left Lublin with roughly 180 people on board. Four of the injured are in serious condition,
according to police.

@ I 7 Warsaw Gazette
Lublin derailment: passengers describe moment train tipped
Passengers on the train that derailed near Lublin on Tuesday said carriages shook violently
for several seconds before tipping to one side.

"Bags flew everywhere and then it was quiet," said student Magdalena Zielinska, 21. Rail
operator PKP Intercity said replacement buses would run until the line reopens, probably
on Thursday. Tomasz Nowicki visited the scene.

@ N 78 Continental Wire
Polish rail operator to buy 40 new trains from Alstom
WARSAW, June 5 (Continental Wire) - Polish rail operator PKP Intercity signed a contract worth
7 billion zlotys on Friday for 40 high-speed trains from Alstom, Infrastructure Minister
Tomasz Nowicki said. The first trains will enter service in 2029.

## CLUSTER t05 2026-06-02T12:00
@ A 0 Meridian Press
Hackers steal data of 9 million customers from Dutch retailer Bolwerk
AMSTERDAM, June 2 (Meridian Press) - Dutch online retailer Bolwerk said on Tuesday that
hackers had stolen names, addresses and order histories of about 9 million customers, but
no payment card data.

The company discovered the breach on May 28 and has informed the Dutch data protection
authority. Chief Executive Pieter de Wit apologised to customers and said the company had
hired cybersecurity firm Sentinel Labs to investigate.

Bolwerk shares fell 4% in Amsterdam.

@ R 3 Cyber Security Today
Dutch E-Commerce Giant Bolwerk Hit by Breach Affecting 9M Customers
Names, addresses and purchase records were taken but card details are safe, the
Netherlands-based company said.

Bolwerk, the online shop from the Netherlands, disclosed on Tuesday that cybercriminals had
made off with the names, addresses and order records of some nine million customers.
Payment card information was not affected.

The breach was detected on 28 May and reported to the Dutch privacy regulator. CEO Pieter de
Wit apologised and said Sentinel Labs had been brought in to investigate.

Shares in the retailer dropped 4 percent.

@ S 6 Tech Brief
Bolwerk data breach hits 9 million
Hackers stole personal data of 9 million Bolwerk customers, the Dutch retailer said; no card
data was taken.

@ I 8 Privacy Matters
Bolwerk customers targeted by phishing after data breach
Customers of Bolwerk began receiving phishing emails on Tuesday that used details stolen in
the retailer's data breach, the Dutch consumer association said, urging people not to click
on links.

The association's Marloes Jansen said it had received 2,300 reports in one afternoon. Pieter
de Wit said Bolwerk would never ask customers for passwords by email.

@ N 6 Meridian Press
Bolwerk opens first warehouse in Germany
AMSTERDAM, June 2 (Meridian Press) - Bolwerk opened its first German distribution centre on
Tuesday, in Duisburg, creating 800 jobs, as it pushes to double sales in Germany by 2028,
Chief Executive Pieter de Wit said.

## CLUSTER t06 2026-06-02T19:00
@ A 0 Continental Wire
U.S. Supreme Court agrees to hear social media age-check case
WASHINGTON, June 2 (Continental Wire) - The U.S. Supreme Court agreed on Tuesday to decide
whether states can require social media platforms to verify the age of users, taking up a
challenge to a Texas law by the technology trade group NetChoice.

The law requires platforms with more than 5 million users to check ages and obtain parental
consent for users under 16. A federal appeals court had upheld it in January.

Arguments are expected in the autumn, with a ruling by the end of June next year.

@ R 2 Digital Rights Daily
US Top Court to Rule on Texas Social Media Age Verification Law
Tech industry group NetChoice had challenged the law, which an appeals court upheld in
January.

The United States Supreme Court said on Tuesday it would hear a case on whether states may
force social media companies to verify users' ages, accepting an appeal by NetChoice against
a law passed in Texas.

Under the Texas statute, platforms with over five million users must confirm users' ages
and get a parent's consent for under-16s. The justices will hear arguments in the fall and
are expected to rule by next June.

@ I 6 Lone Star Tribune
Texas attorney general welcomes Supreme Court review of age law
Texas Attorney General Robert Dale said on Tuesday he was confident the Supreme Court would
uphold the state's social media age verification law.

"Parents, not Silicon Valley, should decide what their children see," Dale said. NetChoice
lawyer Amy Sullivan said the law forced adults to hand over identity documents to read the
news.

@ N 4 Continental Wire
U.S. Supreme Court rejects appeal over Google ad tech ruling
WASHINGTON, June 2 (Continental Wire) - The U.S. Supreme Court on Tuesday declined to hear
Google's appeal of a ruling that found it illegally monopolised online advertising
technology, leaving in place a lower court's order. Google said it was disappointed.

## CLUSTER t07 2026-06-03T04:00
@ A 0 Meridian Press
Iraq and Turkey agree to restart Kirkuk oil pipeline
BAGHDAD, June 3 (Meridian Press) - Iraq and Turkey agreed on Wednesday to restart the
Kirkuk-Ceyhan oil pipeline, shut for more than three years, with initial flows of 185,000
barrels per day, Iraqi Oil Minister Hayder Jaber said.

Flows will resume within two weeks after an arbitration dispute over payments was settled,
Jaber said. The pipeline can carry up to 1.4 million barrels a day.

Turkey's energy ministry confirmed the agreement.

@ R 3 Gulf Energy Report
Baghdad, Ankara Agree to Reopen Kirkuk-Ceyhan Pipeline
Flows of 185k barrels a day will restart within two weeks, the Iraqi minister said.

Iraqi and Turkish officials reached a deal on Wednesday to bring the Kirkuk-Ceyhan crude
pipeline back into service after more than three years offline, starting with 185,000 bpd,
Iraq's oil minister Hayder Jaber said.

With the arbitration fight over payments resolved, oil should flow again within two weeks.
The line's full capacity is 1.4 mln barrels per day. Ankara's energy ministry confirmed the
deal.

@ R 6 Oil Markets Now
Iraqi Crude to Flow Again Through Turkey Within Two Weeks
The pipeline, shut for three years, will start at 185,000 bpd.

Iraq will resume pumping crude through the Kirkuk-Ceyhan pipeline to Turkey within two
weeks, Oil Minister Jaber said on Wednesday, after the neighbours settled their payment
arbitration.

Initial flows of 185,000 barrels per day are planned on a line that can handle 1.4 million.
The Turkish government confirmed the agreement.

@ N 5 Meridian Press
Iraq signs 27 billion dollar gas deal with TotalEnergies partner
BAGHDAD, June 3 (Meridian Press) - Iraq signed a deal on Wednesday with Gulf Gas Partners to
develop the Akkas gas field near the Syrian border, a 27 billion dollar project, Oil
Minister Hayder Jaber said. Output is due to start in 2029.

## CLUSTER t08 2026-06-03T11:00
@ A 0 Continental Wire
Airline Skyhaven grounds 14 jets for engine inspections
DUBLIN, June 3 (Continental Wire) - Irish airline Skyhaven grounded 14 of its Airbus A320neo
jets on Wednesday for engine inspections ordered by the European Union Aviation Safety
Agency, cancelling about 90 flights a day until the end of June.

Chief Operating Officer Ciaran Doyle said the inspections related to a powder metal defect
in Pratt & Whitney engines and would take about 20 days per aircraft. About 14,000
passengers a day would be affected.

@ R 2 Aviation Daily Online
Skyhaven Grounds 14 A320neo Planes for Engine Checks, Cancels 90 Daily Flights
The Irish carrier's COO said 14k passengers a day would be hit.

Skyhaven, the airline from Ireland, has taken fourteen Airbus A320neo aircraft out of
service for engine checks required by EASA, the EU's aviation safety regulator, scrapping
around 90 flights daily through the end of June.

The checks concern a powder metal flaw in Pratt & Whitney engines and will take roughly 20
days for each plane, COO Ciaran Doyle said on Wednesday. Some 14,000 travellers a day will
be affected.

@ I 5 Travel Trade News
Skyhaven passengers scramble as Irish airline cuts flights
Travellers at Dublin airport on Wednesday queued for hours to rebook after Skyhaven
cancelled flights, with some families saying their holidays were ruined.

"We got a text at midnight and nothing since," said Aoife Brennan, who was due to fly to
Malaga. Ireland's aviation regulator reminded Skyhaven of its duty to pay compensation.
Ciaran Doyle said extra staff had been sent to the airport.

@ N 3 Continental Wire
Skyhaven reports 18% jump in May passenger numbers
DUBLIN, June 3 (Continental Wire) - Skyhaven carried 4.2 million passengers in May, up 18%
from a year earlier, with a load factor of 94%, the Irish airline said on Wednesday.

## CLUSTER t09 2026-06-03T18:00
@ A 0 Meridian Press
Gunmen kill 12 in attack on Nigerian village
ABUJA, June 3 (Meridian Press) - Gunmen killed 12 people and kidnapped at least 30 in an
overnight attack on a village in Nigeria's northwestern Zamfara state, police said on
Wednesday.

The attackers arrived on motorcycles at around 2 a.m. and set fire to homes and a market in
Dansadau village, police spokesman Yazid Abubakar said. Security forces were searching the
surrounding forest.

President Ibrahim Lawal condemned the attack and ordered more troops to the area.

@ R 2 Africa Security Monitor
Gunmen Kill 12, Abduct 30 in Northwest Nigeria Village Raid
Attackers on motorbikes burned homes and a market in Zamfara state.

At least thirty people were abducted and 12 killed when armed men stormed Dansadau, a village
in Zamfara in northwestern Nigeria, overnight, according to police on Wednesday.

Police spokesman Yazid Abubakar said the gunmen came on motorcycles at about 2 a.m. and
torched houses and the market. Troops are combing nearby forest.

Nigeria's President Lawal condemned the raid and deployed additional soldiers.

@ I 6 Sahel Observer
Zamfara villagers say army arrived hours after raid
Residents of Dansadau said on Wednesday that soldiers reached the village more than five
hours after gunmen left, despite calls for help during the attack.

"We called and called," said farmer Musa Garba, whose two sons were kidnapped. Zamfara
governor Aminu Bello said a military base would be set up near the village.

@ N 72 Meridian Press
Nigerian police free 22 hostages seized in Zamfara raid
ABUJA, June 6 (Meridian Press) - Nigerian police freed 22 people kidnapped in a raid on
Dansadau village in Zamfara state last week after a gunfight in which 5 suspects were
killed, police spokesman Yazid Abubakar said on Saturday.

## CLUSTER t10 2026-06-04T02:00
@ A 0 Continental Wire
Samsung rival Koretek unveils 2-nanometre chip
SEOUL, June 4 (Continental Wire) - South Korean chipmaker Koretek unveiled its first
2-nanometre processor on Thursday, saying mass production would begin at its Pyeongtaek
plant in the fourth quarter.

The chip uses 25% less power than its 3-nanometre predecessor, Koretek's head of foundry
Choi Dong-hyun said. The company has invested about 17 trillion won in the new production
lines.

@ R 3 Chip Industry Today
Koretek Shows Off First 2nm Processor, Targets Q4 Output
The South Korean firm says the chip consumes a quarter less power.

Koretek, the Korean semiconductor maker, presented its debut 2nm processor on Thursday and
said volume production would start at the Pyeongtaek factory in the final quarter of the
year.

Foundry chief Choi Dong-hyun said power consumption was 25 percent lower than on the 3nm
generation. Investment in the new lines totals roughly 17tn won.

@ N 2 Continental Wire
Koretek union threatens strike over bonuses
SEOUL, June 4 (Continental Wire) - Koretek's largest union threatened on Thursday to strike
from June 15 unless the chipmaker raises performance bonuses, saying 28,000 members would
walk out.

## CLUSTER t11 2026-06-04T09:00
@ A 0 Meridian Press
France to build six new nuclear reactors, first by 2037
PARIS, June 4 (Meridian Press) - France will build six new nuclear reactors at a cost of
about 67 billion euros, with the first coming online in 2037, Energy Minister Claire
Morel said on Thursday.

The reactors, of the EPR2 design, will be built in pairs at Penly, Gravelines and Bugey by
state utility EDF. Morel said the state would lend EDF up to half of the cost at a
subsidised rate.

Critics say EDF's record of delays at Flamanville makes the timetable unrealistic.

@ R 2 European Energy Digest
Paris Confirms Six New EPR2 Reactors, First Online in 2037
The 67bn-euro programme will be financed partly with state loans to EDF.

The French government on Thursday confirmed plans for six EPR2 nuclear reactors costing
some 67 billion euros, and said the first would start producing power in 2037, according
to energy minister Claire Morel.

EDF will build them in pairs at the Penly, Gravelines and Bugey sites. Up to half of the
bill will be covered by subsidised loans from the state, Morel said.

Given EDF's delays at Flamanville, sceptics doubt the timeline can be met.

@ S 4 Energy Headlines
France confirms 6 new reactors
France will build six EPR2 reactors for about 67 billion euros, the first by 2037, the
energy minister said on Thursday.

@ I 7 Le Journal International
Gravelines mayor welcomes new reactors, warns on housing
The mayor of Gravelines said on Thursday the two new reactors planned for the town would
bring thousands of jobs but that there was not enough housing for construction workers.

"We will need 8,000 workers at the peak," said Mayor Sophie Lambert. EDF said it would
build temporary housing for 3,000 people. Claire Morel is due to visit the site next
month.

@ N 5 Meridian Press
French power grid operator warns of summer supply squeeze
PARIS, June 4 (Meridian Press) - French grid operator RTE warned on Thursday that power
supplies could be tight in July if more than 12 of EDF's reactors remain offline for
maintenance. Energy Minister Claire Morel said there was no risk of blackouts.

## CLUSTER t12 2026-06-04T16:00
@ A 0 Continental Wire
Brazilian police arrest 19 in gold smuggling ring
BRASILIA, June 4 (Continental Wire) - Brazil's federal police arrested 19 people on Thursday
suspected of smuggling about 2.5 tonnes of gold mined illegally in the Amazon to buyers in
Switzerland and the United Arab Emirates.

The operation, carried out in five states, also seized 14 aircraft and 60 million reais in
cash, police said. The gold was worth about 1.1 billion reais.

Police chief Renata Alves said the ring used shell companies to pass the gold off as
legally mined.

@ R 2 Latin America Daily
Brazil Busts Gold Smuggling Network, 19 Arrested
Federal police say 2.5 tonnes of illegal Amazon gold was sent to Switzerland and the UAE.

Nineteen suspects were detained by Brazilian federal police on Thursday in an operation
against a gang accused of smuggling roughly 2.5 tonnes of illegally mined Amazon gold to
Swiss and Emirati buyers.

Raids across five states netted 14 planes and R$60 million in cash. The gold's value is
estimated at 1.1 billion reais.

According to police chief Renata Alves, shell firms were used to disguise the gold as
legal.

@ I 6 Amazonia Reporter
Indigenous leaders say gold raids are only a start
Yanomami leaders said on Thursday that the arrests of 19 alleged gold smugglers would mean
little unless illegal miners were removed from their land.

"The planes will be replaced next week," said Davi Kopenawa Filho, a Yanomami spokesman.
Brazil's environment ministry said 4,000 illegal miners remain in the territory. Renata
Alves said further phases of the operation were planned.

@ N 3 Continental Wire
Brazil's Lula-era dam project faces new court challenge
BRASILIA, June 4 (Continental Wire) - A Brazilian federal court on Thursday suspended the
licence for the Tapajos hydroelectric dam pending a review of its impact on 12 indigenous
communities, prosecutors said.

## CLUSTER t13 2026-06-05T03:00
@ A 0 Meridian Press
Singapore's Straits Metro opens 21-km driverless line
SINGAPORE, June 5 (Meridian Press) - Singapore opened a 21-km driverless metro line on
Friday linking the eastern suburbs with the city centre, cutting travel time by up to 40
minutes, Transport Minister Daniel Tan said.

The Coral Line, built at a cost of 9.4 billion Singapore dollars, has 16 stations and is
expected to carry 400,000 passengers a day by 2028. Operator Straits Metro said trains
would run every 2.5 minutes at peak hours.

@ R 3 Asia Transit News
Singapore Opens 21km Driverless Coral Line
The S$9.4bn line will cut some journeys by 40 minutes.

The city-state on Friday launched the Coral Line, a 21-kilometre metro line with no drivers
that connects eastern suburbs to downtown and shortens some trips by as much as 40
minutes, said transport minister Daniel Tan.

The line cost S$9.4 billion and has sixteen stations. Straits Metro expects 400k daily riders
by 2028 and trains every two and a half minutes at peak times.

@ N 6 Meridian Press
Singapore raises taxi fares by 5%
SINGAPORE, June 5 (Meridian Press) - Singapore's public transport council approved a 5%
increase in taxi flag-down fares from July 1 on Friday, citing higher fuel costs. Transport
Minister Daniel Tan said the increase was modest.

## CLUSTER t14 2026-06-05T10:00
@ A 0 Continental Wire
Mexico's Senate approves judicial overhaul
MEXICO CITY, June 5 (Continental Wire) - Mexico's Senate approved a constitutional reform on
Friday under which all federal judges, including Supreme Court justices, will be elected by
popular vote from 2027, despite protests by judicial workers outside the chamber.

The bill passed by 86 votes to 41. President Elena Vargas said the reform would "clean up" a
justice system she called corrupt. The peso fell 1.8% against the dollar.

@ R 2 Americas Report
Mexican Senate Passes Sweeping Judicial Reform
All federal judges, Supreme Court included, will be chosen at the ballot box from 2027.

Mexican senators on Friday passed a constitutional change that will put every federal judge,
including the justices of the Supreme Court, up for popular election starting in 2027,
while court employees protested outside.

The vote was 86-41. Mexico's President Elena Vargas said the overhaul would clean up a
corrupt justice system. The Mexican peso dropped 1.8% versus the US dollar.

@ I 6 Mexico News Today
Judges' association vows legal challenge to reform
Mexico's federal judges' association said on Friday it would challenge the judicial reform
before international human rights bodies, calling it an attack on judicial independence.

"They want judges who campaign, not judges who judge," said association president Juana
Ortiz. Elena Vargas dismissed the criticism at her daily news conference.

@ N 5 Continental Wire
Mexico's central bank cuts rate to 9.5%
MEXICO CITY, June 5 (Continental Wire) - Mexico's central bank cut its benchmark interest rate
by a quarter point to 9.5% on Friday, citing slowing inflation, and signalled further cuts
were possible.

## CLUSTER t15 2026-06-05T17:00
@ A 0 Meridian Press
Storm knocks out power to 400,000 in eastern Australia
SYDNEY, June 5 (Meridian Press) - A powerful storm with winds of up to 110 km per hour cut
power to about 400,000 homes in New South Wales on Friday and forced the cancellation of 80
flights at Sydney airport, officials said.

State premier Michael Lowe said crews might need three days to restore supplies in some
areas. A man in his 60s was killed when a tree fell on his car near Newcastle, police said.

@ R 3 Oceania Now
Storm Leaves 400k Without Power in New South Wales, One Dead
Flights were cancelled at Sydney airport as winds reached 110 kph.

Around four hundred thousand households in NSW lost electricity on Friday as a fierce storm
swept through the Australian state, and 80 flights out of Sydney were cancelled.

A man aged in his sixties died after a tree crushed his car near Newcastle, according to
police. Premier Michael Lowe warned it could take crews three days to reconnect some
areas.

@ S 5 Weather Brief
Storm cuts power to 400,000 in NSW
A storm with winds of 110 km/h left 400,000 homes in New South Wales without power and
killed one man on Friday.

@ N 50 Meridian Press
Australian insurers estimate storm claims at 800 million dollars
SYDNEY, June 7 (Meridian Press) - Australian insurers expect claims of about 800 million
Australian dollars from Friday's storm in New South Wales, the Insurance Council said on
Sunday, after 31,000 claims were lodged. Premier Michael Lowe said power had been restored
to all but 12,000 homes.

## CLUSTER t16 2026-06-06T02:00
@ A 0 Continental Wire
Russia expels two British diplomats
MOSCOW, June 6 (Continental Wire) - Russia ordered two British diplomats to leave the country
within two weeks on Saturday, accusing them of gathering intelligence, in what the foreign
ministry said was a response to London's expulsion of a Russian attache last month.

The British ambassador, Nicholas Harding, was summoned to the ministry. Britain's Foreign
Office called the accusations "baseless" and said it would consider its response.

@ R 2 Europe Security Wire
Moscow Expels Two UK Diplomats in Tit-for-Tat Move
The Russian foreign ministry accused the pair of spying; London called the claims baseless.

The Russian government on Saturday gave two diplomats from the UK two weeks to depart,
alleging they had collected intelligence, a step the ministry described as retaliation for
Britain's expulsion of a Russian attache in May.

Nicholas Harding, the UK ambassador to Russia, was called in. The Foreign Office in London
rejected the accusations as "baseless" and said it was weighing a response.

@ R 5 Diplomatic Briefing
Two British Diplomats Ordered Out of Russia
The expulsion follows London's removal of a Russian attache last month.

Two British diplomats must leave Russia within a fortnight after being accused of
intelligence gathering, Moscow said on Saturday. The foreign ministry summoned Britain's
ambassador, Harding, and said it was responding to the UK's expulsion of a Russian
attache.

London dismissed the allegations as baseless.

@ N 4 Continental Wire
Russia says it shot down 40 Ukrainian drones over border regions
MOSCOW, June 6 (Continental Wire) - Russia's defence ministry said on Saturday its air
defences destroyed 40 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk
regions. There were no reports of casualties.

## CLUSTER t17 2026-06-06T09:00
@ A 0 Meridian Press
OpenGrid AI raises 2 billion dollars at 30 billion valuation
SAN FRANCISCO, June 6 (Meridian Press) - Artificial intelligence startup OpenGrid AI has
raised 2 billion dollars in a funding round that values it at 30 billion dollars, the
company said on Saturday.

The round was led by investment firm Redwood Partners, with chipmaker Nvidia participating.
Chief Executive Maya Srinivasan said the money would pay for computing capacity to train
larger models and for hiring in Europe.

OpenGrid, founded in 2023, says its software is used by 4,000 companies.

@ R 2 Startup Daily
AI Startup OpenGrid Bags $2bn at $30bn Valuation
Redwood Partners led the round, with Nvidia also taking part.

OpenGrid AI, the artificial intelligence company, said on Saturday it had secured $2 billion
in new funding, putting its value at $30bn.

Redwood Partners led the investment and Nvidia joined in. The cash will go on computing
power for training bigger models and on recruitment in Europe, said CEO Maya Srinivasan.

The three-year-old firm says 4k businesses use its products.

@ I 6 Tech Investor Weekly
OpenGrid's valuation tests investor appetite for AI
OpenGrid AI's 30 billion dollar valuation is about 75 times its expected revenue this year,
making it one of the most richly priced startups, venture investors said on Saturday.

"The question is who buys in at 60," said Grant Howell of Baystone Ventures. Maya Srinivasan
told employees in a memo that the company would not pursue a listing before 2028.

@ N 3 Meridian Press
OpenGrid AI sued by authors over training data
SAN FRANCISCO, June 6 (Meridian Press) - A group of 14 authors sued OpenGrid AI in federal
court in San Francisco on Saturday, alleging it used pirated copies of their books to train
its models. Chief Executive Maya Srinivasan did not comment.

## CLUSTER t18 2026-06-06T16:00
@ A 0 Continental Wire
Ferry fire off Greek island of Crete forces 350 to abandon ship
HERAKLION, Greece, June 6 (Continental Wire) - A fire broke out on a passenger ferry off the
Greek island of Crete on Saturday, forcing 350 passengers and 60 crew to abandon ship, the
coast guard said. All were rescued and 7 were treated for smoke inhalation.

The fire started in the car deck of the Minoan Star about 9 nautical miles north of
Heraklion. Shipping Minister Yannis Kostas said an investigation had begun.

@ R 3 Mediterranean Report
Hundreds Rescued After Fire on Ferry Near Crete
Seven people were treated for smoke inhalation after the blaze on the Minoan Star.

Some 350 passengers and 60 crew members were evacuated from a burning ferry off Crete on
Saturday, the Hellenic coast guard said, and everyone was saved.

The fire broke out on the vehicle deck of the Minoan Star, around nine nautical miles north
of Heraklion. Seven people received treatment for inhaling smoke. Greek shipping minister
Yannis Kostas said the cause was being investigated.

@ V 4 Island News Online
Ferry fire off Crete: all 410 on board rescued
@ I 7 Athens Daily Post
Minoan Star passengers praise crew after ferry fire
Passengers rescued from the burning Minoan Star ferry on Saturday praised crew members who
guided them to lifeboats as smoke filled the corridors.

"They stayed calm, so we stayed calm," said German tourist Katrin Vogel. The ship's owner,
Aegean Lines, said the ferry was inspected in March. Yannis Kostas said the vessel would be
towed to Heraklion.

@ N 5 Continental Wire
Greek seamen's union calls 24-hour ferry strike
ATHENS, June 6 (Continental Wire) - Greece's seamen's union called a 24-hour strike for
Tuesday that will halt ferries to the islands, demanding higher wages, Shipping Minister
Yannis Kostas's office said on Saturday.

## CLUSTER t19 2026-06-07T04:00
@ A 0 Meridian Press
EU agrees to cap methane emissions from gas imports
BRUSSELS, June 7 (Meridian Press) - European Union countries agreed on Sunday to limit the
methane intensity of imported oil and gas from 2030, a rule that will affect suppliers
including the United States, Qatar and Norway, the Polish presidency of the EU said.

Importers will have to show that methane leaks from production do not exceed 0.2% of the
gas produced. Energy Commissioner Anna Lindgren said the rule could cut global emissions by
the equivalent of 35 million tonnes of CO2 a year.

@ R 2 Climate Policy Now
EU Sets Methane Limit on Oil and Gas Imports From 2030
Suppliers such as the US, Qatar and Norway will have to keep leaks under 0.2%.

EU member states struck a deal on Sunday to cap the methane intensity of oil and gas brought
into the bloc from 2030, with consequences for exporters including the U.S., Qatar and
Norway.

Under the agreement, announced by Poland, which holds the rotating EU presidency, importers
must prove leaks during production stay below 0.2 percent. According to Anna Lindgren, the
EU's energy commissioner, that could reduce emissions by 35 mn tonnes of CO2 equivalent
annually.

@ I 5 Gas Market Journal
U.S. LNG exporters warn EU methane rule could raise costs
American liquefied natural gas exporters said on Sunday the EU's methane rule would add
costs and paperwork, and urged Brussels to accept U.S. measurement standards.

"We support the goal, not a second set of rules," said Mark Whitaker of the LNG Allies trade
group. Anna Lindgren said the EU would work with partners on equivalence.

@ N 4 Meridian Press
EU fines Qatar Energy unit over gas contract clauses
BRUSSELS, June 7 (Meridian Press) - The European Commission on Sunday fined a Qatar Energy
trading unit 45 million euros for contract clauses that stopped European buyers reselling
gas, Competition Commissioner Marta Ferreira said.

## CLUSTER t20 2026-06-07T12:00
@ A 0 Continental Wire
Uber rival Ridely fined 30 million euros by Spanish court over drivers
MADRID, June 7 (Continental Wire) - A Spanish court ordered ride-hailing company Ridely to
pay 30 million euros in back social security contributions on Sunday, ruling that its 9,000
drivers in Spain were employees rather than self-employed contractors.

The Madrid labour court said Ridely controlled drivers' prices, schedules and ratings.
Ridely's Spain manager, Lucia Navarro, said the company would appeal.

@ R 3 Gig Economy Watch
Spanish Court Orders Ridely to Pay 30M Euros, Rules Drivers Are Staff
The ride-hailing company's 9k drivers in Spain are employees, the Madrid judges said.

A labour court in Madrid on Sunday told Ridely to hand over 30 million euros in unpaid social
security contributions, finding that the nine thousand drivers who work for the app in
Spain are employees and not independent contractors.

The court said the company set prices, schedules and ratings. Lucia Navarro, who runs
Ridely's Spanish business, said it would appeal the decision.

@ I 7 Iberia Business
Spanish drivers' union celebrates Ridely ruling
Spain's largest drivers' union on Sunday called the court ruling against Ridely "a victory
for every worker managed by an app" and said it would file similar cases in Barcelona and
Valencia.

"The algorithm is the boss, and now the boss has to pay," said union leader Jorge Molina.
Lucia Navarro said Ridely was reviewing the judgment.

@ N 5 Continental Wire
Ridely launches robotaxi trial in Madrid
MADRID, June 7 (Continental Wire) - Ridely began a trial of 20 driverless taxis in Madrid on
Sunday with safety drivers on board, its Spain manager Lucia Navarro said, adding that the
company hoped to remove the drivers by 2028.

## CLUSTER t21 2026-06-07T20:00
@ A 0 Meridian Press
Pakistan, IMF reach staff deal on 1.3 billion dollar loan tranche
ISLAMABAD, June 7 (Meridian Press) - Pakistan and the International Monetary Fund reached a
staff-level agreement on Sunday that will unlock about 1.3 billion dollars from a 7 billion
dollar loan programme, the IMF said.

The agreement requires approval by the IMF's executive board. Mission chief Nadia Haddad
said Pakistan had met its targets on the budget deficit and tax collection, but needed to
do more to fix its power sector. Finance Minister Asad Qureshi welcomed the deal.

@ R 2 Emerging Markets Daily
Pakistan Secures IMF Staff-Level Deal for $1.3bn Tranche
The agreement under Islamabad's $7bn programme still needs IMF board sign-off.

The IMF and Pakistan have struck a staff-level agreement that would release roughly $1.3
billion under the country's 7 bn dollar bailout, the International Monetary Fund said on
Sunday.

The fund's executive board must still approve it. Nadia Haddad, who leads the IMF mission,
said Islamabad had hit its deficit and tax targets but must do more on the energy sector.
Pakistani finance minister Asad Qureshi welcomed the agreement.

@ S 5 Markets Snapshot
Pakistan reaches IMF deal for 1.3 billion dollars
Pakistan and the IMF agreed at staff level to release 1.3 billion dollars of a 7 billion
dollar programme, pending board approval.

@ N 4 Meridian Press
Pakistan raises electricity tariffs by 8%
ISLAMABAD, June 7 (Meridian Press) - Pakistan raised electricity tariffs for households by 8%
on Sunday, Finance Minister Asad Qureshi said, as part of efforts to cut the power sector's
debt of about 2.5 trillion rupees.
"""
