// Our own short news texts, one or more per codebook sub-type, with the type and sub-type
// the event stage must give the text's main event (the highest-confidence event of that
// kind). Places and actors are given as stand-in entities so only the event stage is pinned.
import type { EntitySpec } from './make-doc.ts';
import { city } from './make-doc.ts';

export interface EventFixture {
  text: string;
  type: string;
  subtype: string;
  entities?: EntitySpec[];
}

const place = (name: string, lat = 33.3, lon = 44.4, country = 'IQ', admin1 = name): EntitySpec => ({
  name,
  kind: 'location',
  forms: [name],
  geo: city(lat, lon, country, admin1),
});
const org = (name: string, ...forms: string[]): EntitySpec => ({
  name,
  kind: 'organization',
  forms: [name, ...forms],
});
const person = (name: string, ...forms: string[]): EntitySpec => ({
  name,
  kind: 'person',
  forms: [name, ...forms],
});

const BASRA = place('Basra', 30.5, 47.8);
const MOSUL = place('Mosul', 36.3, 43.1, 'IQ', 'Nineveh');
const KIRKUK = place('Kirkuk', 35.5, 44.4);
const IDLIB = place('Idlib', 35.9, 36.6, 'SY');
const ISIS = org('Islamic State', 'ISIS');
const PMF = org('Popular Mobilization Forces', 'PMF');

export const FIXTURES: EventFixture[] = [
  // Battles
  {
    text: 'PMF fighters clashed with ISIS militants near Kirkuk on Sunday, leaving four dead.',
    type: 'Battles',
    subtype: 'Armed clash',
    entities: [KIRKUK, ISIS, PMF],
  },
  {
    text: 'ISIS gunmen attacked an army checkpoint in Mosul late on Friday.',
    type: 'Battles',
    subtype: 'Armed clash',
    entities: [MOSUL, ISIS],
  },
  {
    text: 'Iraqi troops recaptured the village of Tal Afar from ISIS after a week of fighting.',
    type: 'Battles',
    subtype: 'Government regains territory',
    entities: [place('Tal Afar', 36.4, 42.4, 'IQ', 'Nineveh'), ISIS],
  },
  {
    text: 'ISIS militants took control of several villages south of Kirkuk on Tuesday.',
    type: 'Battles',
    subtype: 'Non-state actor overtakes territory',
    entities: [KIRKUK, ISIS],
  },
  // Explosions/Remote violence
  {
    text: 'A chemical attack on the town of Saraqib in Idlib injured dozens of people.',
    type: 'Explosions/Remote violence',
    subtype: 'Chemical weapon',
    entities: [place('Saraqib', 35.9, 36.8, 'SY'), IDLIB],
  },
  {
    text: 'A Turkish drone strike killed two PKK members in Sinjar on Monday.',
    type: 'Explosions/Remote violence',
    subtype: 'Air/drone strike',
    entities: [place('Sinjar', 36.3, 41.9, 'IQ', 'Nineveh'), org('PKK')],
  },
  {
    text: 'Warplanes bombed a market in Idlib, killing 11 civilians.',
    type: 'Explosions/Remote violence',
    subtype: 'Air/drone strike',
    entities: [IDLIB],
  },
  {
    text: 'A suicide bomber blew himself up at a checkpoint in Baghdad, killing five soldiers.',
    type: 'Explosions/Remote violence',
    subtype: 'Suicide bomb',
    entities: [place('Baghdad')],
  },
  {
    text: 'Three Katyusha rockets hit the Green Zone in Baghdad on Wednesday night.',
    type: 'Explosions/Remote violence',
    subtype: 'Shelling/artillery/missile attack',
    entities: [place('Baghdad')],
  },
  {
    text: 'Turkish artillery shelled villages near Zakho, residents said.',
    type: 'Explosions/Remote violence',
    subtype: 'Shelling/artillery/missile attack',
    entities: [place('Zakho', 37.1, 42.7, 'IQ', 'Duhok')],
  },
  {
    text: 'A roadside bomb exploded near a logistics convoy in Basra, damaging one vehicle.',
    type: 'Explosions/Remote violence',
    subtype: 'Remote explosive/landmine/IED',
    entities: [BASRA],
  },
  {
    text: 'An IED went off in Mosul, wounding two policemen.',
    type: 'Explosions/Remote violence',
    subtype: 'Remote explosive/landmine/IED',
    entities: [MOSUL],
  },
  {
    text: 'Unknown assailants threw a hand grenade at a shop in Basra on Saturday.',
    type: 'Explosions/Remote violence',
    subtype: 'Grenade',
    entities: [BASRA],
  },
  // Violence against civilians
  {
    text: 'A woman was raped by militiamen at a checkpoint in Tal Afar, her family said.',
    type: 'Violence against civilians',
    subtype: 'Sexual violence',
    entities: [place('Tal Afar', 36.4, 42.4)],
  },
  {
    text: 'Gunmen shot dead an activist in front of his home in Amarah on Monday.',
    type: 'Violence against civilians',
    subtype: 'Attack',
    entities: [place('Amarah', 31.8, 47.1, 'IQ', 'Maysan')],
  },
  {
    text: 'Unidentified gunmen killed a shepherd near Kirkuk.',
    type: 'Violence against civilians',
    subtype: 'Attack',
    entities: [KIRKUK],
  },
  {
    text: 'A journalist was kidnapped by unknown men in Baghdad on Thursday.',
    type: 'Violence against civilians',
    subtype: 'Abduction/forced disappearance',
    entities: [place('Baghdad')],
  },
  // Protests
  {
    text: 'Hundreds of teachers protested in Nasiriyah on Sunday demanding unpaid salaries.',
    type: 'Protests',
    subtype: 'Peaceful protest',
    entities: [place('Nasiriyah', 31.0, 46.3)],
  },
  {
    text: 'Police fired tear gas to disperse demonstrators in Basra.',
    type: 'Protests',
    subtype: 'Protest with intervention',
    entities: [BASRA],
  },
  {
    text: 'Security forces opened fire on protesters in Nasiriyah, killing three of them.',
    type: 'Protests',
    subtype: 'Excessive force against protesters',
    entities: [place('Nasiriyah', 31.0, 46.3)],
  },
  // Riots
  {
    text: 'Protesters stormed the provincial council building in Basra and set it on fire.',
    type: 'Riots',
    subtype: 'Violent demonstration',
    entities: [BASRA],
  },
  {
    text: 'An angry mob lynched a man accused of theft in Kirkuk.',
    type: 'Riots',
    subtype: 'Mob violence',
    entities: [KIRKUK],
  },
  // Strategic developments
  {
    text: 'The two tribes signed an agreement in Basra to end their feud.',
    type: 'Strategic developments',
    subtype: 'Agreement',
    entities: [BASRA],
  },
  {
    text: 'Security forces arrested three suspects in Mosul on Tuesday.',
    type: 'Strategic developments',
    subtype: 'Arrests',
    entities: [MOSUL],
  },
  {
    text: 'Members of Saraya al-Salam were deployed in Samarra on Monday.',
    type: 'Strategic developments',
    subtype: 'Change to group/activity',
    entities: [place('Samarra', 34.2, 43.9, 'IQ', 'Salah al-Din'), org('Saraya al-Salam')],
  },
  {
    text: 'Kataib Hezbollah paraded its fighters through the streets of Baghdad.',
    type: 'Strategic developments',
    subtype: 'Change to group/activity',
    entities: [place('Baghdad'), org('Kataib Hezbollah')],
  },
  {
    text: 'Air defences intercepted an explosive-laden drone over Erbil airport.',
    type: 'Strategic developments',
    subtype: 'Disrupted weapons use',
    entities: [place('Erbil', 36.2, 44.0)],
  },
  {
    text: 'Police seized a large cache of weapons and ammunition in Kirkuk.',
    type: 'Strategic developments',
    subtype: 'Disrupted weapons use',
    entities: [KIRKUK],
  },
  {
    text: 'The militia established a new base near Sinjar last week.',
    type: 'Strategic developments',
    subtype: 'Headquarters or base established',
    entities: [place('Sinjar', 36.3, 41.9)],
  },
  {
    text: 'Gunmen looted shops and set fire to houses in the village of Albu Hayat near Kirkuk.',
    type: 'Strategic developments',
    subtype: 'Looting/property destruction',
    entities: [KIRKUK],
  },
  {
    text: 'Iranian forces seized a foreign oil tanker in the Strait of Hormuz.',
    type: 'Strategic developments',
    subtype: 'Looting/property destruction',
    entities: [place('Strait of Hormuz', 26.6, 56.3, 'IR')],
  },
  {
    text: 'The army handed over control of the border crossing to the Peshmerga in Rabia.',
    type: 'Strategic developments',
    subtype: 'Non-violent transfer of territory',
    entities: [place('Rabia', 36.8, 42.1)],
  },
  {
    text: 'Authorities imposed a curfew in Basra on Friday.',
    type: 'Strategic developments',
    subtype: 'Other',
    entities: [BASRA],
  },
  // Statements
  {
    text: 'Kataib Hezbollah accused the United States of killing its commanders.',
    type: 'Statements',
    subtype: 'Accusation',
    entities: [org('Kataib Hezbollah'), org('United States')],
  },
  {
    text: 'The Foreign Ministry condemned the bombing in the strongest terms.',
    type: 'Statements',
    subtype: 'Accusation',
    entities: [org('Foreign Ministry')],
  },
  {
    text: 'Qais al-Khazali threatened to target US forces if they do not leave Iraq.',
    type: 'Statements',
    subtype: 'Threat',
    entities: [person('Qais al-Khazali')],
  },
  {
    text: 'The UN envoy warned that the violence could spread to other provinces.',
    type: 'Statements',
    subtype: 'Warning',
    entities: [org('UN')],
  },
  {
    text: 'Muqtada al-Sadr called on his followers to end the sit-in.',
    type: 'Statements',
    subtype: 'Demand or appeal',
    entities: [person('Muqtada al-Sadr')],
  },
  {
    text: 'The prime minister praised the security forces for their efforts.',
    type: 'Statements',
    subtype: 'Support or praise',
    entities: [person('Mustafa al-Kadhimi', 'The prime minister')],
  },
  {
    text: 'Kataib Hezbollah denied carrying out the rocket attack on the embassy.',
    type: 'Statements',
    subtype: 'Denial',
    entities: [org('Kataib Hezbollah')],
  },
  {
    text: 'The Islamic State claimed responsibility for the bombing in a statement.',
    type: 'Statements',
    subtype: 'Claim of responsibility',
    entities: [org('Islamic State')],
  },
];
