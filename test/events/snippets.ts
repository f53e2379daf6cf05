// Our own snippet- and note-style sentences (CASE-2021 snippets, ACLED-style notes) with the
// "type / sub-type" of their main event. No entities are given: typing must not depend on NER.
export const SNIPPETS: [text: string, expected: string][] = [
  [
    'On 3 February 2021, unidentified gunmen on a motorcycle shot and killed a civil activist in Al-Amarah city. 1 fatality.',
    'Violence against civilians / Attack',
  ],
  [
    'On 5 March 2021, a rocket landed near Ain al-Asad air base in Anbar province. No casualties were reported.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'On 7 March 2021, Turkish forces bombarded PKK positions in the Khwakurk area with artillery.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'On 9 March 2021, ISIS militants attacked a PMF position in Tarmiyah, killing two PMF fighters. The PMF repelled the attack.',
    'Battles / Armed clash',
  ],
  [
    'On 10 March 2021, an IED exploded on a supply convoy of the Coalition on the highway near Diwaniyah. No casualties.',
    'Explosions/Remote violence / Remote explosive/landmine/IED',
  ],
  [
    'On 11 March 2021, dozens of people demonstrated in front of the governorate building in Nasiriyah to demand jobs.',
    'Protests / Peaceful protest',
  ],
  [
    'On 12 March 2021, security forces dispersed a demonstration by graduates in Kut using tear gas, arresting 5 protesters.',
    'Protests / Protest with intervention',
  ],
  [
    'On 13 March 2021, Iraqi security forces arrested an ISIS member in Kirkuk city.',
    'Strategic developments / Arrests',
  ],
  [
    'On 14 March 2021, the Iraqi security forces found and defused an IED in Tarmiyah.',
    'Strategic developments / Disrupted weapons use',
  ],
  [
    'On 15 March 2021, a group of unknown gunmen kidnapped a child in Basra.',
    'Violence against civilians / Abduction/forced disappearance',
  ],
  [
    'On 16 March 2021, a US-led coalition airstrike hit an ISIS hideout in the Hamrin mountains, killing 4 militants.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Syrian government forces shelled rebel-held areas in southern Idlib on Tuesday, killing three civilians, a monitor said.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'Two people were killed when a car bomb exploded in a busy market in Azaz, local sources said.',
    'Explosions/Remote violence / Remote explosive/landmine/IED',
  ],
  [
    'Israeli troops shot dead a Palestinian man during a raid in Jenin, the health ministry said.',
    'Violence against civilians / Attack',
  ],
  [
    'Houthi rebels fired a ballistic missile toward Marib city, which was intercepted by Saudi air defences.',
    'Strategic developments / Disrupted weapons use',
  ],
  [
    'Fighting between the SDF and Turkish-backed factions continued near Ain Issa for a second day.',
    'Battles / Armed clash',
  ],
  [
    'Lebanese protesters blocked roads with burning tyres in Beirut to denounce the economic collapse.',
    'Riots / Violent demonstration',
  ],
  ['Hundreds of Sadr supporters rallied in Tahrir Square on Friday.', 'Protests / Peaceful protest'],
  [
    'The Syrian army regained control of the town of Saraqib after heavy clashes with rebels.',
    'Battles / Government regains territory',
  ],
  [
    'Iranian Revolutionary Guards seized a British-flagged tanker in the Gulf.',
    'Strategic developments / Looting/property destruction',
  ],
  [
    'Israeli warplanes struck Hamas targets in the Gaza Strip overnight, the army said.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Hezbollah fired dozens of rockets at northern Israel on Sunday.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'Houthi forces launched an attack on government positions in Marib, sparking heavy fighting that left 20 fighters dead.',
    'Battles / Armed clash',
  ],
  [
    'A Saudi-led coalition air raid hit a wedding party in Hajjah province, killing 23 civilians.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Syrian regime helicopters dropped barrel bombs on the town of Kafr Nabl.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Gunmen on a motorbike assassinated a prominent activist in Karbala late Saturday.',
    'Violence against civilians / Attack',
  ],
  [
    'Thousands took to the streets of Beirut on Saturday to protest against the government.',
    'Protests / Peaceful protest',
  ],
  [
    'Iraqi police used live ammunition against demonstrators in Nasiriyah, killing at least 25.',
    'Protests / Excessive force against protesters',
  ],
  [
    'Demonstrators torched the Iranian consulate in Najaf on Wednesday night.',
    'Riots / Violent demonstration',
  ],
  [
    'Settlers attacked Palestinian farmers and burned olive trees near Nablus.',
    'Violence against civilians / Attack',
  ],
  [
    'Israeli forces demolished a Palestinian home in East Jerusalem.',
    'Strategic developments / Looting/property destruction',
  ],
  [
    'The Turkish army and allied Syrian factions captured the town of Ras al-Ain from Kurdish forces.',
    'Battles / Non-state actor overtakes territory',
  ],
  [
    'Iraqi counter-terrorism forces killed five ISIS militants in an operation in the Hamrin mountains.',
    'Battles / Armed clash',
  ],
  [
    'A landmine left over from the war exploded under a shepherd in Deir ez-Zor, killing him.',
    'Explosions/Remote violence / Remote explosive/landmine/IED',
  ],
  [
    'Iraqi authorities detained a prominent activist in Baghdad on charges of incitement.',
    'Strategic developments / Arrests',
  ],
  [
    'The Houthis and the government agreed to a prisoner exchange in talks in Geneva.',
    'Strategic developments / Agreement',
  ],
  [
    'US forces withdrew from the K1 base and handed it over to Iraqi forces.',
    'Strategic developments / Non-violent transfer of territory',
  ],
  [
    'Unknown gunmen abducted two aid workers on the road to Idlib.',
    'Violence against civilians / Abduction/forced disappearance',
  ],
  [
    'A suicide car bomb targeted a military checkpoint in Deir ez-Zor, killing six soldiers.',
    'Explosions/Remote violence / Suicide bomb',
  ],
  [
    'Saudi air defenses shot down a ballistic missile fired by the Houthis toward Riyadh.',
    'Strategic developments / Disrupted weapons use',
  ],
  ['Clashes broke out between rival tribes in Basra, leaving two dead.', 'Battles / Armed clash'],
  ['An armed group fired an RPG at a liquor store in Baghdad.', 'Explosions/Remote violence / Grenade'],
  [
    'Hundreds of PMF fighters paraded in Baghdad to mark the anniversary of the force.',
    'Strategic developments / Change to group/activity',
  ],
  [
    'Police in Sulaymaniyah fired tear gas and rubber bullets at teachers protesting unpaid wages.',
    'Protests / Protest with intervention',
  ],
  [
    'A mortar shell landed on a house in Tal Abyad, wounding a child.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'Residents of a village near Kirkuk found the body of a man who had been kidnapped by ISIS.',
    'Violence against civilians / Abduction/forced disappearance',
  ],
  [
    'Turkish drones targeted a vehicle carrying PKK members near Qandil.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Masked men set fire to the offices of the Kurdistan Democratic Party in Baghdad.',
    'Strategic developments / Looting/property destruction',
  ],
  [
    'Followers of the cleric stormed a sit-in in Najaf, killing two protesters.',
    'Violence against civilians / Attack',
  ],
  [
    'Riot police attacked a protest in Basra with batons and tear gas.',
    'Protests / Protest with intervention',
  ],
  [
    'Movement of forces: On 8 March 2021, PMF units were redeployed from Tuz Khurmatu to the outskirts of Kirkuk city.',
    'Strategic developments / Change to group/activity',
  ],
  [
    'On 2 March 2021, dozens of contract employees gathered in front of the Ministry of Electricity in Baghdad to demand permanent contracts.',
    'Protests / Peaceful protest',
  ],
  [
    'On 4 March 2021, Turkish military airstrikes targeted suspected PKK positions in the Metina area of Duhok. Casualties unknown.',
    'Explosions/Remote violence / Air/drone strike',
  ],
  [
    'Defusal: On 6 March 2021, Iraqi security forces defused an IED planted on the road between Tarmiyah and Mushahada.',
    'Strategic developments / Disrupted weapons use',
  ],
  [
    'On 7 March 2021, a Katyusha rocket landed near the Baghdad airport. No casualties reported.',
    'Explosions/Remote violence / Shelling/artillery/missile attack',
  ],
  [
    'On 9 March 2021, an armed clash between two tribes erupted in Al-Zubair district (Basra) over a land dispute. 2 fatalities.',
    'Battles / Armed clash',
  ],
  [
    'On 10 March 2021, KDP Asayish arrested a journalist in Duhok city for criticising the KRG on social media.',
    'Strategic developments / Arrests',
  ],
  [
    'On 11 March 2021, unidentified gunmen threw a hand grenade at the house of a judge in Maysan. No injuries.',
    'Explosions/Remote violence / Grenade',
  ],
  [
    'On 12 March 2021, an IED exploded targeting an Iraqi army vehicle in Al-Tarmiyah, injuring two soldiers.',
    'Explosions/Remote violence / Remote explosive/landmine/IED',
  ],
  [
    'On 13 March 2021, students staged a sit-in outside Dhi Qar university in Nasiriyah demanding jobs.',
    'Protests / Peaceful protest',
  ],
  [
    'On 14 March 2021, ISIS militants attacked PMF positions near Al-Azim (Diyala). The PMF repelled the attack, killing one militant.',
    'Battles / Armed clash',
  ],
  [
    'On 15 March 2021, residents blocked the main road in Al-Hamza with burning tyres to protest power cuts.',
    'Riots / Violent demonstration',
  ],
  [
    'On 16 March 2021, the body of a man who had been abducted by unidentified gunmen was found in Basra. 1 fatality.',
    'Violence against civilians / Abduction/forced disappearance',
  ],
  [
    'Farmers staged a dharna outside the district collectorate demanding loan waivers.',
    'Protests / Peaceful protest',
  ],
  [
    'Students pelted stones at police after the arrest of their leader, prompting a lathi charge.',
    'Riots / Violent demonstration',
  ],
  [
    'A woman was attacked with acid by her neighbour over a property dispute.',
    'Violence against civilians / Attack',
  ],
  ['A man set himself on fire outside parliament in protest at unpaid wages.', 'Protests / Peaceful protest'],
  [
    'Police baton-charged workers who were blocking the highway and detained 40 of them.',
    'Protests / Protest with intervention',
  ],
  [
    'The opposition called a general strike that shut down shops across the city.',
    'Protests / Peaceful protest',
  ],
  [
    'Security forces killed two suspected militants in an encounter in Shopian district.',
    'Battles / Armed clash',
  ],
  ['A crowd beat to death a man suspected of cattle theft.', 'Riots / Mob violence'],
  [
    'Maoists blew up a police vehicle with a landmine, killing six policemen.',
    'Explosions/Remote violence / Remote explosive/landmine/IED',
  ],
  [
    'Police recovered a cache of arms and explosives from a hideout in the forest.',
    'Strategic developments / Disrupted weapons use',
  ],
];
