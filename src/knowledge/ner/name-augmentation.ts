// Training-data augmentation for the news Marsad reads: GMB (VOA news, mostly 2004–2010) has
// few Arabic, Persian and Kurdish names in their transliterated shapes ("Abu Fadak
// al-Mohammadawi", "Jurf al-Sakhar", "Kataib Sayyid al-Shuhada"). A share of training sentences
// is copied with their person, place and organisation spans replaced by generated names of
// those shapes, keeping the context (and any leading title) so the model learns the shapes in
// the contexts it already knows.
import type { EntityType, TagSpan } from './labels.ts';
import { leadingTitleCount } from './name-lists.ts';

const GIVEN = (
  'Muqtada Mustafa Mohammed Muhammad Ahmed Ali Hassan Hussein Qais Hadi Faleh Falih Haider Nouri Ammar ' +
  'Abdul-Mahdi Adel Asaad Khalid Jaafar Hamid Jawad Kadhim Karim Laith Maytham Nasser Qassem Rayan Salah ' +
  'Saleh Sami Shibl Taha Wathiq Yasser Zaid Zuhair Abbas Akram Basim Ghazi Hamza Ibrahim Ismail Majid ' +
  'Nechirvan Masrour Bafel Lahur Ebrahim Hossein Esmail Yahya Abdulmalik Tareq Bashar Maher Rami Fadi'
).split(' ');
const FAMILY = (
  'Sadr Kadhimi Khazali Muhandis Amiri Abadi Sudani Jaafari Allawi Hakim Halbousi Fayyadh Maliki ' +
  'Mohammadawi Kaabi Zaidi Shammari Dulaimi Jubouri Obeidi Tamimi Saadi Rubaie Assadi Araji Ghanimi ' +
  'Nujaifi Hashimi Issawi Mutlaq Zubaidi Karbalai Husseini Musawi Houthi Assad Qassem Nasrallah'
).split(' ');
const PLACES = (
  'Jurf al-Sakhar|Umm Qasr|Deir ez-Zor|Abu Kamal|Tal Afar|Ras al-Ain|Sadr City|Al-Qaim|Baiji|' +
  'Tuz Khurmatu|Sinjar|Hawija|Jalawla|Khanaqin|Muqdadiya|Dujail|Balad|Taji|Abu Ghraib|Kadhimiya|' +
  'Al-Tanf|Idlib|Manbij|Raqqa|Qamishli|Hasakah|Afrin|Saraqib|Marib|Hodeidah|Saada|Taiz|Nabatieh|' +
  'Bint Jbeil|Ain al-Asad|Harir|Zakho|Duhok|Halabja|Ahvaz|Khorramshahr|Hasaka'
).split('|');
const GROUPS = (
  'Kataib Hezbollah|Asaib Ahl al-Haq|Saraya al-Salam|Harakat al-Nujaba|Kataib Sayyid al-Shuhada|' +
  'Badr Organization|Hayat Tahrir al-Sham|Ansar Allah|Jaish al-Islam|Liwa Fatemiyoun|Saraya Awliya al-Dam|' +
  'Ashab al-Kahf|Rabaa Allah|Kataib Imam Ali|Jabhat al-Nusra|Ahrar al-Sham|Tahrir al-Sham|Qabdat al-Huda'
).split('|');

function pick<T>(xs: readonly T[], random: () => number): T {
  return xs[Math.floor(random() * xs.length)]!;
}

/** A generated person name of one of the shapes news uses for Arabic names. */
export function generatePersonName(random: () => number): string[] {
  const given = pick(GIVEN, random);
  const family = pick(FAMILY, random);
  const al = random() < 0.8 ? (random() < 0.8 ? 'al-' : 'Al-') : '';
  switch (Math.floor(random() * 6)) {
    case 0:
      return [given, pick(GIVEN, random), `${al}${family}`];
    case 1:
      return ['Abu', pick(GIVEN, random), `${al}${family}`];
    case 2:
      return [`${al || 'al-'}${family}`];
    case 3:
      return [given, 'bin', pick(GIVEN, random)];
    default:
      return [given, `${al}${family}`];
  }
}

function replacement(type: EntityType, random: () => number): string[] {
  if (type === 'PER') return generatePersonName(random);
  return pick(type === 'LOC' ? PLACES : GROUPS, random).split(' ');
}

/** The sentence with each entity span replaced (a person's leading titles kept). */
export function augmentNames(
  words: readonly string[],
  spans: readonly TagSpan[],
  random: () => number,
): { words: string[]; spans: TagSpan[] } {
  const out: string[] = [];
  const outSpans: TagSpan[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out.push(...words.slice(at, s.start));
    const titles = s.type === 'PER' ? leadingTitleCount(words, s.start, s.end) : 0;
    const start = out.length;
    out.push(...words.slice(s.start, s.start + titles), ...replacement(s.type, random));
    outSpans.push({ start, end: out.length, type: s.type });
    at = s.end;
  }
  out.push(...words.slice(at));
  return { words: out, spans: outSpans };
}
