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
  { id: 'marsad:middle-east', name: 'Middle East', alt: ['Mideast', 'Near East'], lat: 29.3, lon: 42.5 },
  { id: 'marsad:kurdistan', name: 'Kurdistan', alt: ['Kurdish', 'Kurdistan Region'], lat: 37, lon: 44 },
  { id: 'marsad:gulf', name: 'Persian Gulf', alt: ['Arabian Gulf', 'The Gulf'], lat: 27, lon: 51 },
];
