// The transliteration skeleton: one key for the many Latin spellings of an Arabic or Persian
// name ("Kata'ib Hizballah" = "Kataib Hezbollah", "Al-Azhamiya" = "Adhamiyah", "Babel" =
// "Babil"). It is deliberately lossy; the matcher scores skeleton hits below exact ones and
// breaks ties by spelling distance, so a collision costs ranking, never a silent guess.
import { foldName, hasArabicScript } from './fold-name.ts';

/**
 * Changes whenever `skeletonKey` or `foldName` produce different keys, so keys precomputed at
 * build time (the gazetteer) can be checked against the running code.
 */
export const MATCH_KEYS_VERSION = 'match-keys-3';

/** Articles written as their own word (after folding "al-" is "al"). */
const PLAIN_ARTICLES = new Set(['al', 'el', 'ul', 'il', 'l', 'ol']);
/** Sun-letter assimilations: "ash-Sham", "ad-Din", "an-Najaf"; dropped only before their letter. */
const SUN_ARTICLE = /^[aeiu](sh|th|dh|s|d|t|r|z|n)$/;
const SONS = new Set(['bin', 'ibn', 'ben', 'bn', 'ebn', 'bint']);
/** "Abdul", "Abdel", "Abd ul": the "servant of" prefix, spelled together or apart. */
const ABD_WORD = /^abd[aeiou]?[lrsntdz]?$/;
const ABD_FUSED_L = /^abd[aeiou]?l(.{2,})$/;
const ABD_FUSED_SUN = /^abd[aeiou]([rsntdz])\1(.{2,})$/;
const ALLAH_REST = /^l?lah?$/;
/** "Salahuddin", "Nasreddine": the fused "ad-Din". */
const FUSED_DIN = /^(.{3,}?)[aeiou]d{1,2}[aeiy]{1,2}ne?$/;

/** Vowel letters; "y" and "w" count as vowels only in some positions (see `latinSkeleton`). */
function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}
const H = 104;
/** Final vowel runs (vowel digraphs read) heard as "-i" (Kadhimi) rather than "-a"/"-iya"/"-eh" (Kadhimiya). */
const FINAL_I = new Set(['i', 'ii', 'y', 'iy', 'ey', 'ei', 'ay', 'ai']);
const VOWEL_DIGRAPHS = /ee|o[ou]/g;
const vowelOf = (d: string): string => (d === 'ee' ? 'i' : 'u');

/** kh→h, gh→k (with g), sh/ch→x, zh/dh/th→d, ph→f: the digraphs ending in "h", by first letter. */
const H_DIGRAPHS: Readonly<Record<number, string>> = {
  107: 'h',
  103: 'k',
  115: 'x',
  99: 'x',
  122: 'd',
  100: 'd',
  116: 'd',
  112: 'f',
};

/** Two-letter spellings of one sound and what they become: dj kh gh sh ch zh dh th ph ck ou oo ee. */
function digraphOf(a: number, b: number): string | undefined {
  if (b === H) return H_DIGRAPHS[a];
  if (a === 100 && b === 106) return 'j'; // dj
  if (a === 99 && b === 107) return 'k'; // ck
  if (a === 111 && (b === 117 || b === 111)) return 'u'; // ou, oo
  if (a === 101 && b === 101) return 'i'; // ee
  return undefined;
}

/** Single consonants merged into a class: q/k/g/c, z/d, v/w. */
function letterClass(c: string): string {
  switch (c) {
    case 'q':
    case 'g':
    case 'c':
      return 'k';
    case 'z':
      return 'd';
    case 'v':
      return 'w';
    default:
      return c;
  }
}

/** The phrase's words with articles, "the", "Abd"- and "bin" variants normalised. */
function phraseWords(folded: string): string[] {
  const raw = folded.split(' ');
  const words: string[] = [];
  for (const w of raw) {
    const isAbd = w.startsWith('abd');
    const fusedL = isAbd ? ABD_FUSED_L.exec(w) : null;
    const fusedSun = isAbd && !fusedL ? ABD_FUSED_SUN.exec(w) : null;
    if (fusedL?.[1]) words.push('abd', ALLAH_REST.test(fusedL[1]) ? 'allah' : fusedL[1]);
    else if (fusedSun?.[1] && fusedSun[2]) words.push('abd', fusedSun[1] + fusedSun[2]);
    else if (isAbd && ABD_WORD.test(w)) words.push('abd');
    else if (SONS.has(w)) words.push('bin');
    else if (w.length > 6 && (w.endsWith('n') || w.endsWith('ne')) && FUSED_DIN.test(w))
      words.push(w.replace(FUSED_DIN, '$1'), 'din');
    else if (w) words.push(w);
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined && isArticleBefore(w, next, i)) continue;
    out.push(w);
  }
  return out;
}

/** Whether folded word `w` is an article ("al", "ash" before "sh…") when followed by `next`. */
export function isArticleBefore(w: string, next: string, position: number): boolean {
  if (w.length > 3) return false; // every article form is one to three letters
  if (PLAIN_ARTICLES.has(w)) return true;
  if (w === 'the' && position === 0) return true;
  const sun = SUN_ARTICLE.exec(w);
  return sun?.[1] !== undefined && next.startsWith(sun[1]);
}

/** The skeleton of one folded Latin word: consonant classes, vowel runs as "a" (or final "i"). */
function latinSkeleton(word: string): string {
  // A final "h" after a vowel is the ta marbuta or a Persian silent "h": "-ah" = "-a".
  let end = word.length;
  if (end > 1 && word.charCodeAt(end - 1) === H && isVowelOrY(word.charCodeAt(end - 2))) end--;
  let out = '';
  let last = '';
  let runStart = -1;
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    const pair = i + 1 < end ? digraphOf(code, word.charCodeAt(i + 1)) : undefined;
    const start = i;
    if (pair) i++;
    const nextIsVowel = i + 1 < end && isVowelCode(word.charCodeAt(i + 1));
    const isVowel = pair
      ? pair === 'u' || pair === 'i'
      : isVowelCode(code) ||
        (code === 121 && (i > 0 || !nextIsVowel)) || // y
        (code === 119 && runStart >= 0 && !nextIsVowel); // w after a vowel: "aw" = "o"
    if (isVowel) {
      if (runStart < 0) runStart = start;
      continue;
    }
    if (runStart >= 0) {
      out += 'a';
      last = 'a';
      runStart = -1;
    }
    const k = pair ?? letterClass(word[i] as string);
    if (k !== last) out += k;
    last = k;
  }
  if (runStart >= 0)
    out += FINAL_I.has(word.slice(runStart, end).replace(VOWEL_DIGRAPHS, vowelOf)) ? 'i' : 'a';
  return out;
}

function isVowelOrY(code: number): boolean {
  return isVowelCode(code) || code === 121;
}

/** Arabic-script words lose the article "ال" (and the clitic "و" is left alone). */
function arabicSkeleton(word: string): string {
  return word.length > 4 && word.startsWith('ال') ? word.slice(2) : word;
}

/** The skeleton of one folded word (no spaces). */
export function skeletonWord(word: string): string {
  return word.charCodeAt(0) < 0x600 && !hasArabicScript(word) ? latinSkeleton(word) : arabicSkeleton(word);
}

/**
 * One key for transliteration variants of a name: folded, articles dropped ("al-", "el-",
 * "ash-"…), Abd/Abdul/Abdel and bin/ibn/ben unified, consonant classes merged (q/k/g,
 * dh/z/d/th/zh, kh/h, gh/g, sh/ch, j/dj, w/v), vowel runs merged, "-iya/-iyah/-ieh/-eh/-ia" and
 * "-ah/-a" endings unified, doubled letters single. Words stay space-separated.
 */
export function skeletonKey(s: string): string {
  return skeletonOfFolded(foldName(s));
}

/** `skeletonKey` of a string that is already `foldName` output (skips folding again). */
export function skeletonOfFolded(folded: string): string {
  const words = phraseWords(folded);
  let out = '';
  for (const w of words) {
    const k = skeletonWord(w);
    if (k) out = out ? `${out} ${k}` : k;
  }
  return out;
}

/** A folded name without its articles and with Abd/bin spellings unified ("al kadhimi" → "kadhimi"). */
export function bareName(folded: string): string {
  return phraseWords(folded).join(' ');
}

/** `bareName(folded)` and `skeletonOfFolded(folded)` at once (the phrase's words are found once). */
export function bareAndSkeleton(folded: string): { bare: string; skeleton: string } {
  const words = phraseWords(folded);
  let skeleton = '';
  for (const w of words) {
    const k = skeletonWord(w);
    if (k) skeleton = skeleton ? `${skeleton} ${k}` : k;
  }
  return { bare: words.join(' '), skeleton };
}
