// Small hand-written word lists the tagger uses as features (not as rules): titles that
// precede names, common given names of the region and of world news, Arabic name particles,
// and head words of organisation and place names. Keyed by the folded-word hash so lookups
// cost no string work.
import { HashBytes, hashFolded } from './feature-hash.ts';

export const WordClass = {
  None: 0,
  Title: 1,
  GivenName: 2,
  Particle: 3,
  OrgHead: 4,
  PlaceHead: 5,
  Demonym: 6,
} as const;
export type WordClass = (typeof WordClass)[keyof typeof WordClass];

const TITLES =
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. president premier prime minister ministers sheikh sheik shaikh ' +
  'sayyed sayyid sayed seyed seyyed ayatollah grand imam mullah hojatoleslam king queen prince princess emir ' +
  'amir crown general gen gen. brig brig. brigadier col col. colonel lt lt. lieutenant maj maj. major capt ' +
  'capt. captain commander cmdr cmdr. sergeant sgt sgt. admiral adm. secretary senator sen. sen rep. governor ' +
  'gov. mayor chancellor ambassador envoy judge justice pope cardinal bishop archbishop rabbi cleric vice ' +
  'deputy chief speaker spokesman spokeswoman spokesperson marshal field sultan hajji haji mufti patriarch ' +
  'professor sir lord lady dame mister madam mrs sayyida sheikha emira monsignor father reverend rev. ' +
  'chairman chairwoman director commissioner minister-president mp';

const GIVEN_NAMES =
  'muhammad mohammed mohammad mohamed mehmet ahmed ahmad ali hassan hasan hussein husain hossein husayn ' +
  'abdullah abdallah abdul abdel abd omar umar othman uthman osman khalid khaled walid waleed saad saeed ' +
  'said sayed mahmoud mahmud mustafa mostafa moustafa ibrahim ismail ismael yousef yusuf youssef yousif ' +
  'jamal kamal karim kareem nasser nasir nasrallah hamid hamed hamad haider haidar hadi mahdi mehdi ' +
  'muqtada moqtada qais qasim qassem kassem qasem hashem hashim jafar jaafar jawad kazem kadhim kazim ' +
  'fuad fouad faisal feisal fahd fahad salman sultan zayed tamim bashar hafez rafik rafiq saad tariq ' +
  'tarek nouri nuri adel adil ayad iyad ammar amar anas bilal hamza hamzah ziad ziyad rami samir sameer ' +
  'nabil nabeel riad riyad marwan hani haniyeh ismail yahya yehia zakaria munir mounir fadel fadil ' +
  'fatima fatma aisha aysha zainab zaynab maryam mariam leila layla laila rania noor nour huda hoda ' +
  'ebrahim hassan javad mohsen mahmoud akbar ali-akbar reza hamid ruhollah qassem esmail masoud massoud ' +
  'mojtaba gholam hossein saeed behrouz parviz abbas amir ali-reza alireza hasan recep tayyip ahmet ' +
  'mevlut hakan kemal bulent binali selahattin abdullah masrour nechirvan barham jalal kosrat ' +
  'benjamin benny naftali yair avigdor ehud ariel shimon yitzhak moshe isaac yoav gadi aviv itamar ' +
  'bezalel gideon john james robert michael william david richard joseph thomas charles christopher ' +
  'daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ' +
  'ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott ' +
  'brandon frank benjamin gregory samuel raymond patrick alexander jack dennis jerry tyler aaron jose ' +
  'henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald ' +
  'christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce ' +
  'willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby ' +
  'johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa ' +
  'betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah ' +
  'stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole ' +
  'emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane ' +
  'virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea ' +
  'hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris ' +
  'abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany ' +
  'natalie isabella charlotte rose alexis kayla hillary condoleezza kofi ban antonio vladimir sergei ' +
  'sergey dmitry viktor emmanuel angela olaf boris tony gordon theresa nicolas jacques francois ' +
  'hugo evo fidel raul kim hu xi wen li jiang shinzo junichiro manmohan narendra pervez nawaz imran ' +
  'asif benazir hamid ashraf mullah osama ayman abu-bakr bakr';

const PARTICLES =
  'al al- el el- bin ibn bint abu abou umm um abd abdul abdel ad ed as ash at az ben bani beni ould';

const ORG_HEADS =
  'ministry army party front brigade brigades battalion battalions council committee forces force ' +
  'movement organization organisation union agency bank corporation company group news network ' +
  'association commission institute university court assembly parliament guard guards police ' +
  "authority hezbollah hizbollah hizballah kataib kata'ib saraya asaib asa'ib jaish harakat liwa ansar " +
  'mobilization mobilisation coalition alliance federation league fund office department service ' +
  'services times post press tv television radio bureau church foundation society unit units corps ' +
  'command navy airlines airways inc. inc ltd. ltd corp. co. group nations cabinet government ' +
  'congress senate secretariat tribunal militia militias taliban qaeda hamas fatah jihad';

const PLACE_HEADS =
  'province governorate city district river sea gulf valley mountains mount mountain region county ' +
  'island islands strait lake desert peninsula town village camp street square airport base border ' +
  'crossing plain bay ocean coast hills heights plateau canal oasis quarter neighbourhood neighborhood';

const DEMONYMS =
  'iraqi iraqis syrian syrians iranian iranians israeli israelis palestinian palestinians lebanese ' +
  'kurdish kurd kurds turkish turk turks saudi saudis yemeni yemenis egyptian egyptians jordanian ' +
  'emirati qatari kuwaiti bahraini omani libyan afghan afghans pakistani american americans british ' +
  "russian russians french german chinese european arab arabs persian shia shiite shiites shi'ite " +
  'sunni sunnis alawite alawites druze yazidi yazidis christian christians muslim muslims jewish ' +
  'islamic western arabic houthi';

function table(): HashBytes {
  const lists = [TITLES, PARTICLES, DEMONYMS, GIVEN_NAMES, ORG_HEADS, PLACE_HEADS];
  const m = new HashBytes(lists.reduce((n, l) => n + l.split(' ').length, 0));
  const add = (words: string, c: WordClass) => {
    for (const w of words.split(' ')) if (w && !m.has(hashFolded(w))) m.add(hashFolded(w), c);
  };
  add(TITLES, WordClass.Title);
  add(PARTICLES, WordClass.Particle);
  add(DEMONYMS, WordClass.Demonym);
  add(GIVEN_NAMES, WordClass.GivenName);
  add(ORG_HEADS, WordClass.OrgHead);
  add(PLACE_HEADS, WordClass.PlaceHead);
  return m;
}

let classes: HashBytes | undefined;

/** The class of a word given its `hashFolded` value. */
export function wordClassOf(foldedHash: number): WordClass {
  classes ??= table();
  return classes.get(foldedHash) as WordClass;
}

const TITLE_SET = new Set(TITLES.split(' '));

/** Is this word (any case) a title that precedes a name ("President", "Brig.")? */
export function isTitleWord(word: string): boolean {
  return TITLE_SET.has(word.toLowerCase());
}

/**
 * How many tokens at the start of words[start,end) are title words (with their abbreviation
 * dots): "President", "Brig . Gen .", "Grand Ayatollah". Always leaves at least one token.
 */
export function leadingTitleCount(words: readonly string[], start: number, end: number): number {
  let i = start;
  while (i < end - 1) {
    const w = words[i]!;
    if (isTitleWord(w) || (w === '.' && i > start && isTitleWord(words[i - 1]!))) i++;
    else break;
  }
  return i - start;
}
