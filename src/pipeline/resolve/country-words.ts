// Words that name or describe a country in conflict news: country names, demonyms and the
// capital city. Used to find an article's country focus, to write roles ("Prime Minister of
// Iraq") and to resolve "the capital". A small fixed table: the region plus the outside powers
// that appear in its news.
export interface CountryWords {
  code: string;
  name: string;
  capital: string;
  /** other spellings of the capital */
  capitalAlt?: string[];
}

const ROWS: [code: string, name: string, capital: string, words: string, capitalAlt?: string][] = [
  ['IQ', 'Iraq', 'Baghdad', 'iraq iraqi iraqis'],
  ['IR', 'Iran', 'Tehran', 'iran iranian iranians persian', 'teheran'],
  ['SY', 'Syria', 'Damascus', 'syria syrian syrians'],
  ['LB', 'Lebanon', 'Beirut', 'lebanon lebanese'],
  ['YE', 'Yemen', "Sana'a", 'yemen yemeni yemenis', 'sanaa sana'],
  ['SA', 'Saudi Arabia', 'Riyadh', 'saudi saudis saudi-arabia'],
  ['TR', 'Turkey', 'Ankara', 'turkey turkish turkiye türkiye turks'],
  ['IL', 'Israel', 'Jerusalem', 'israel israeli israelis'],
  ['PS', 'Palestine', 'Ramallah', 'palestine palestinian palestinians'],
  ['JO', 'Jordan', 'Amman', 'jordan jordanian jordanians'],
  ['EG', 'Egypt', 'Cairo', 'egypt egyptian egyptians'],
  ['KW', 'Kuwait', 'Kuwait City', 'kuwait kuwaiti'],
  ['AE', 'United Arab Emirates', 'Abu Dhabi', 'uae emirati emiratis'],
  ['QA', 'Qatar', 'Doha', 'qatar qatari'],
  ['BH', 'Bahrain', 'Manama', 'bahrain bahraini'],
  ['OM', 'Oman', 'Muscat', 'oman omani'],
  ['LY', 'Libya', 'Tripoli', 'libya libyan libyans'],
  ['AF', 'Afghanistan', 'Kabul', 'afghanistan afghan afghans'],
  ['PK', 'Pakistan', 'Islamabad', 'pakistan pakistani'],
  ['SD', 'Sudan', 'Khartoum', 'sudan sudanese'],
  ['US', 'United States', 'Washington', 'us u.s. usa america american americans'],
  ['RU', 'Russia', 'Moscow', 'russia russian russians'],
  ['GB', 'United Kingdom', 'London', 'uk britain british'],
  ['FR', 'France', 'Paris', 'france french'],
];

const BY_WORD = new Map<string, CountryWords>();
const BY_CODE = new Map<string, CountryWords>();
const BY_CAPITAL = new Map<string, CountryWords>();
for (const [code, name, capital, words, alt] of ROWS) {
  const row: CountryWords = { code, name, capital };
  if (alt) row.capitalAlt = alt.split(' ');
  BY_CODE.set(code, row);
  for (const w of words.split(' ')) BY_WORD.set(w, row);
  for (const c of [capital, ...(row.capitalAlt ?? [])]) BY_CAPITAL.set(c.toLowerCase(), row);
}

const LONGEST_WORD = Math.max(...[...BY_WORD.keys()].map((w) => w.length));

/** The country a name or demonym refers to ("Iraqi" → Iraq), case-insensitive. */
export function findCountryByWord(word: string): CountryWords | undefined {
  // called for every capitalised token: no country word is longer (lower-casing never shortens)
  if (word.length > LONGEST_WORD) return undefined;
  return BY_WORD.get(word.toLowerCase());
}

export function findCountryByCode(code: string): CountryWords | undefined {
  return BY_CODE.get(code);
}

/** The country whose capital this is ("Baghdad" → Iraq). */
export function findCountryByCapital(name: string): CountryWords | undefined {
  return BY_CAPITAL.get(name.toLowerCase());
}
