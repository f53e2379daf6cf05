// Hand-kept names the GeoNames dumps lack: the common English spellings of Middle Eastern
// first-level divisions (GeoNames keeps one name per admin1), and continents and regions that
// news names as places. Facts from public knowledge; coordinates as GeoNames gives them.

/** Extra names of first-level divisions, by GeoNames admin1 code. */
export const ADMIN1_ALIASES: Record<string, string[]> = {
  'IQ.01': ['Anbar', 'Al-Anbar', 'Anbar Governorate'],
  'IQ.02': ['Basrah', 'Al-Basra', 'Basra Governorate'],
  'IQ.03': ['Muthanna', 'Al-Muthanna', 'Al Muthanna'],
  'IQ.04': ['Qadisiyah', 'Qadisiya', 'Al-Qadisiyyah', 'Diwaniyah Governorate'],
  'IQ.05': ['Sulaimaniyah', 'Sulaymaniyah', 'Slemani', 'Suleimaniyah', 'As Sulaymaniyah'],
  'IQ.06': ['Babil', 'Babylon', 'Babel', 'Babil Governorate'],
  'IQ.07': ['Baghdad Governorate'],
  'IQ.08': ['Dohuk', 'Dahuk', 'Duhok Governorate'],
  'IQ.09': ['Thi Qar', 'Dhiqar', 'Dhi Qar Governorate'],
  'IQ.10': ['Diyala', 'Diala', 'Diyala Governorate'],
  'IQ.11': ['Arbil', 'Irbil', 'Hawler', 'Hewler', 'Erbil Governorate'],
  'IQ.12': ['Karbala', 'Kerbala', 'Karbala Governorate'],
  'IQ.13': ['Tamim', 'At-Tamim', "Ta'mim", 'Kirkuk Governorate'],
  'IQ.14': ['Missan', 'Maysan', 'Maisan'],
  'IQ.15': ['Ninawa', 'Ninewa', 'Nineveh', 'Ninevah', 'Nainawa'],
  'IQ.16': ['Wasit', 'Wassit', 'Kut Governorate'],
  'IQ.17': ['Najaf', 'Al-Najaf', 'Najaf Governorate'],
  'IQ.18': [
    'Saladin',
    'Salahuddin',
    'Salah al-Din',
    'Salahaddin',
    'Salaheddine',
    'Salah al Din',
    'Salah ad-Din',
  ],
  'IQ.19': ['Halabja', 'Halabjah'],
  'SY.01': ['Hasakah', 'Al-Hasakah', 'Hasakeh', 'Al-Hasaka', 'Hassakeh'],
  'SY.02': ['Lattakia', 'Al-Ladhiqiyah'],
  'SY.03': ['Al Qunaytirah', 'Kuneitra'],
  'SY.04': ['Raqqa', 'Ar Raqqah', 'Al-Raqqa', 'Rakka'],
  'SY.05': ['Suwayda', 'Sweida', 'Sweida Governorate'],
  'SY.06': ["Dar'a", 'Deraa', 'Dara'],
  'SY.07': ['Deir ez-Zour', 'Deir al-Zor', 'Dayr az Zawr', 'Deir Ezzor', 'Deir Ez Zor'],
  'SY.08': ['Rif Dimashq', 'Damascus Countryside', 'Rural Damascus', 'Reef Dimashq'],
  'SY.09': ['Halab'],
  'SY.10': ['Hamah'],
  'SY.11': ['Hims'],
  'SY.12': ['Idleb'],
  'SY.13': ['Damascus', 'Damascus Governorate'],
  'SY.14': ['Tartous'],
  'CA.02': ['BC', 'B.C.'],
  'US.DC': ['District of Columbia', 'Washington DC', 'D.C.'],
  'GB.ENG': ['English'],
  'GB.SCT': ['Scottish', 'Scots'],
  'GB.WLS': ['Welsh'],
};

/** English names for divisions GeoNames names in French (the old name stays as an alternate). */
export const ADMIN1_ENGLISH: Record<string, string> = {
  'LB.04': 'Beirut',
  'LB.05': 'Mount Lebanon',
  'LB.06': 'South Lebanon',
  'LB.07': 'Nabatieh',
  'LB.08': 'Bekaa',
  'LB.09': 'North Lebanon',
  'LB.10': 'Akkar',
  'LB.11': 'Baalbek-Hermel',
};

/** Country names English news uses that the country packages lack. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['Britain', 'British', 'U.K.'],
  US: ['America', 'U.S.', 'U.S.A.', 'the States'],
  VA: ['Holy See', 'Vatican', 'Vatican City'],
  KR: ['Korea', 'Korean', 'Koreans'],
  KP: ['North Korean'],
  AE: ['Emirates', 'U.A.E.'],
  PS: ['Palestinian territories', 'Palestinian Territories'],
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  TR: ['Turkiye', 'Türkiye'],
  IR: ['Persia'],
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  TT: ['T&T'],
};

/**
 * GeoNames' own reference points for countries where the country packages' centroid lies more
 * than ~150 km away (GeoNames-coded corpora and tools use these).
 */
export const COUNTRY_POINTS: Record<string, [number, number]> = {
  US: [39.76, -98.5],
  CA: [60.10867, -113.64258],
  IN: [22, 79],
  JP: [35.68536, 139.75309],
  LY: [28, 17],
  GB: [54.75844, -2.69531],
  AU: [-25, 135],
  DE: [51.5, 10.5],
};

export interface RegionEntry {
  id: string;
  name: string;
  alt: string[];
  lat: number;
  lon: number;
}

/** Continents (GeoNames continent points) and a few regions named as places in the news. */
export const REGIONS: RegionEntry[] = [
  { id: 'geonames:6255148', name: 'Europe', alt: ['European'], lat: 48.69096, lon: 9.14062 },
  { id: 'geonames:6255146', name: 'Africa', alt: ['African'], lat: 7.1881, lon: 21.09375 },
  { id: 'geonames:6255147', name: 'Asia', alt: ['Asian'], lat: 29.84064, lon: 89.29688 },
  { id: 'geonames:6255149', name: 'North America', alt: [], lat: 46.07323, lon: -100.54688 },
  { id: 'geonames:6255150', name: 'South America', alt: ['Latin America'], lat: -14.60485, lon: -57.65625 },
  { id: 'geonames:6255151', name: 'Oceania', alt: [], lat: -18.31281, lon: 138.51562 },
  { id: 'geonames:6255152', name: 'Antarctica', alt: [], lat: -78.15856, lon: 16.40626 },
  {
    id: 'marsad:middle-east',
    name: 'Middle East',
    alt: ['Mideast', 'Near East', 'MENA'],
    lat: 33.13906,
    lon: 35.85869,
  },
  { id: 'marsad:kurdistan', name: 'Kurdistan', alt: ['Kurdish', 'Kurdistan Region'], lat: 37, lon: 44 },
  { id: 'marsad:eu', name: 'European Union', alt: ['EU', 'E.U.'], lat: 48.69096, lon: 9.14062 },
  { id: 'marsad:arabia', name: 'Arabian Peninsula', alt: ['Arabia'], lat: 25, lon: 45 },
  { id: 'marsad:levant', name: 'Levant', alt: [], lat: 34, lon: 36.5 },
  {
    id: 'marsad:north-africa',
    name: 'North Africa',
    alt: ['Northern Africa', 'North African'],
    lat: 32.95,
    lon: 9.98,
  },
  {
    id: 'marsad:west-africa',
    name: 'West Africa',
    alt: ['Western Africa', 'West African'],
    lat: 12,
    lon: -3,
  },
  { id: 'marsad:east-africa', name: 'East Africa', alt: ['Eastern Africa', 'East African'], lat: 2, lon: 38 },
  { id: 'marsad:horn-of-africa', name: 'Horn of Africa', alt: [], lat: 8, lon: 45 },
  { id: 'marsad:sahel', name: 'Sahel', alt: [], lat: 15, lon: 5 },
  {
    id: 'marsad:southeast-asia',
    name: 'Southeast Asia',
    alt: ['South-East Asia', 'South East Asia'],
    lat: 10,
    lon: 106,
  },
  { id: 'marsad:central-asia', name: 'Central Asia', alt: [], lat: 43, lon: 65 },
  {
    id: 'marsad:western-europe',
    name: 'Western Europe',
    alt: ['West', 'the West', 'Western world'],
    lat: 50.21909,
    lon: 7.42676,
  },
  { id: 'marsad:eastern-europe', name: 'Eastern Europe', alt: [], lat: 50, lon: 28 },
  { id: 'marsad:balkans', name: 'Balkans', alt: ['Balkan Peninsula'], lat: 43, lon: 21 },
  { id: 'marsad:caucasus', name: 'Caucasus', alt: [], lat: 42.5, lon: 44.5 },
  { id: 'marsad:scandinavia', name: 'Scandinavia', alt: [], lat: 62, lon: 14 },
  { id: 'marsad:central-america', name: 'Central America', alt: ['Central American'], lat: 13, lon: -86 },
  { id: 'marsad:caribbean', name: 'Caribbean', alt: [], lat: 15, lon: -73 },
  { id: 'marsad:korean-peninsula', name: 'Korean Peninsula', alt: [], lat: 38.6, lon: 127.5 },
  { id: 'marsad:sinai', name: 'Sinai Peninsula', alt: ['Sinai'], lat: 29.5, lon: 33.8 },
  { id: 'marsad:golan', name: 'Golan Heights', alt: ['Golan'], lat: 33, lon: 35.75 },
  { id: 'marsad:west-bank', name: 'West Bank', alt: [], lat: 32, lon: 35.25 },
];

/** Seas and oceans (kind water). */
export const WATERS: RegionEntry[] = [
  { id: 'marsad:atlantic', name: 'Atlantic Ocean', alt: ['Atlantic'], lat: 10, lon: -25 },
  { id: 'marsad:pacific', name: 'Pacific Ocean', alt: ['Pacific'], lat: 0, lon: -160 },
  { id: 'marsad:indian-ocean', name: 'Indian Ocean', alt: [], lat: -10, lon: 70 },
  { id: 'marsad:arctic', name: 'Arctic Ocean', alt: ['Arctic'], lat: 85, lon: 0 },
  { id: 'marsad:mediterranean', name: 'Mediterranean Sea', alt: ['Mediterranean'], lat: 35, lon: 20 },
  { id: 'marsad:red-sea', name: 'Red Sea', alt: [], lat: 20, lon: 38.5 },
  { id: 'marsad:black-sea', name: 'Black Sea', alt: [], lat: 43, lon: 35 },
  { id: 'marsad:caspian', name: 'Caspian Sea', alt: ['Caspian'], lat: 42, lon: 50.5 },
  { id: 'marsad:gulf', name: 'Persian Gulf', alt: ['Arabian Gulf', 'The Gulf', 'Gulf'], lat: 27, lon: 51 },
  { id: 'marsad:gulf-of-oman', name: 'Gulf of Oman', alt: [], lat: 24.5, lon: 58.5 },
  { id: 'marsad:arabian-sea', name: 'Arabian Sea', alt: [], lat: 15, lon: 65 },
  { id: 'marsad:gulf-of-aden', name: 'Gulf of Aden', alt: [], lat: 12.5, lon: 48 },
  { id: 'marsad:strait-of-hormuz', name: 'Strait of Hormuz', alt: ['Hormuz'], lat: 26.57, lon: 56.25 },
  {
    id: 'marsad:bab-el-mandeb',
    name: 'Bab el-Mandeb',
    alt: ['Bab al-Mandab', 'Bab-el-Mandeb'],
    lat: 12.6,
    lon: 43.4,
  },
  { id: 'marsad:suez-canal', name: 'Suez Canal', alt: [], lat: 30.7, lon: 32.34 },
  { id: 'marsad:south-china-sea', name: 'South China Sea', alt: [], lat: 12, lon: 113 },
  { id: 'marsad:caribbean-sea', name: 'Caribbean Sea', alt: [], lat: 15, lon: -75 },
  { id: 'marsad:gulf-of-mexico', name: 'Gulf of Mexico', alt: [], lat: 25, lon: -90 },
  { id: 'marsad:north-sea', name: 'North Sea', alt: [], lat: 56, lon: 3 },
  { id: 'marsad:baltic', name: 'Baltic Sea', alt: ['Baltic'], lat: 58, lon: 20 },
  { id: 'marsad:euphrates', name: 'Euphrates', alt: ['Euphrates River', 'Furat'], lat: 34.5, lon: 41 },
  { id: 'marsad:tigris', name: 'Tigris', alt: ['Tigris River'], lat: 34.5, lon: 43.7 },
  { id: 'marsad:nile', name: 'Nile', alt: ['Nile River', 'River Nile'], lat: 24, lon: 32.9 },
];

/** Landmarks the news names in place of their city (metonymy), as points. */
export const LANDMARKS: (RegionEntry & { country: string })[] = [
  { id: 'marsad:white-house', name: 'White House', alt: [], lat: 38.89704, lon: -77.03655, country: 'US' },
  {
    id: 'marsad:capitol',
    name: 'Capitol Hill',
    alt: ['US Capitol', 'U.S. Capitol'],
    lat: 38.88983,
    lon: -77.00887,
    country: 'US',
  },
  { id: 'marsad:pentagon', name: 'Pentagon', alt: [], lat: 38.87099, lon: -77.05596, country: 'US' },
  { id: 'marsad:wall-street', name: 'Wall Street', alt: [], lat: 40.70678, lon: -74.01127, country: 'US' },
  { id: 'marsad:kremlin', name: 'Kremlin', alt: [], lat: 55.75202, lon: 37.61749, country: 'RU' },
  {
    id: 'marsad:downing-street',
    name: 'Downing Street',
    alt: ['10 Downing Street'],
    lat: 51.50336,
    lon: -0.12767,
    country: 'GB',
  },
  { id: 'marsad:whitehall', name: 'Whitehall', alt: [], lat: 51.5045, lon: -0.1263, country: 'GB' },
  {
    id: 'marsad:elysee',
    name: 'Élysée Palace',
    alt: ['Elysee', 'Élysée'],
    lat: 48.8704,
    lon: 2.3167,
    country: 'FR',
  },
  {
    id: 'marsad:heathrow',
    name: 'Heathrow Airport',
    alt: ['Heathrow', 'London Heathrow'],
    lat: 51.47115,
    lon: -0.45649,
    country: 'GB',
  },
  {
    id: 'marsad:gatwick',
    name: 'Gatwick Airport',
    alt: ['Gatwick'],
    lat: 51.15609,
    lon: -0.17818,
    country: 'GB',
  },
  { id: 'marsad:silicon-valley', name: 'Silicon Valley', alt: [], lat: 37.37, lon: -122.04, country: 'US' },
  {
    id: 'marsad:green-zone',
    name: 'Green Zone',
    alt: ['International Zone'],
    lat: 33.3,
    lon: 44.39,
    country: 'IQ',
  },
];
