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

/** Two-letter spellings of one sound, and what they become ("" = not a digraph). */
const DIGRAPHS: Readonly<Record<string, string>> = {
  dj: 'j',
  kh: 'h',
  gh: 'k',
  sh: 'x',
  ch: 'x',
  zh: 'd',
  dh: 'd',
  th: 'd',
  ph: 'f',
  ck: 'k',
  ou: 'u',
  oo: 'u',
  ee: 'i',
};
/** Single consonants merged into a class: q/k/g/c, z/d, v/w. */
const LETTERS: Readonly<Record<string, string>> = { q: 'k', g: 'k', c: 'k', z: 'd', v: 'w' };
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Final vowel runs heard as "-i" (Kadhimi) rather than "-a"/"-iya"/"-eh" (Kadhimiya). */
const FINAL_I = new Set(['i', 'ii', 'y', 'iy', 'ey', 'ei', 'ay', 'ai']);

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
    else if (w.length > 6 && /ne?$/.test(w) && FUSED_DIN.test(w))
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
  if (PLAIN_ARTICLES.has(w)) return true;
  if (w === 'the' && position === 0) return true;
  const sun = SUN_ARTICLE.exec(w);
  return sun?.[1] !== undefined && next.startsWith(sun[1]);
}

/** The skeleton of one folded Latin word: consonant classes, vowel runs as "a" (or final "i"). */
function latinSkeleton(word: string): string {
  // A final "h" after a vowel is the ta marbuta or a Persian silent "h": "-ah" = "-a".
  const end =
    word.length > 1 && word.endsWith('h') && isVowelOrY(word[word.length - 2])
      ? word.length - 1
      : word.length;
  let out = '';
  let last = '';
  let vowels = '';
  for (let i = 0; i < end; i++) {
    let c = word[i] as string;
    const pair = i + 1 < end ? DIGRAPHS[c + word[i + 1]] : undefined;
    if (pair) {
      c = pair;
      i++;
    }
    const nextIsVowel = i + 1 < end && VOWELS.has(word[i + 1] as string);
    const isVowel =
      VOWELS.has(c) || (c === 'y' && (i > 0 || !nextIsVowel)) || (c === 'w' && vowels !== '' && !nextIsVowel);
    if (isVowel) {
      vowels += c;
      continue;
    }
    if (vowels) {
      out += 'a';
      last = 'a';
      vowels = '';
    }
    const k = LETTERS[c] ?? c;
    if (k !== last) out += k;
    last = k;
  }
  if (vowels) out += FINAL_I.has(vowels) ? 'i' : 'a';
  return out;
}

function isVowelOrY(c: string | undefined): boolean {
  return c !== undefined && (VOWELS.has(c) || c === 'y');
}

/** Arabic-script words lose the article "ال" (and the clitic "و" is left alone). */
function arabicSkeleton(word: string): string {
  return word.length > 4 && word.startsWith('ال') ? word.slice(2) : word;
}

/** The skeleton of one folded word (no spaces). */
export function skeletonWord(word: string): string {
  return hasArabicScript(word) ? arabicSkeleton(word) : latinSkeleton(word);
}

/**
 * One key for transliteration variants of a name: folded, articles dropped ("al-", "el-",
 * "ash-"…), Abd/Abdul/Abdel and bin/ibn/ben unified, consonant classes merged (q/k/g,
 * dh/z/d/th/zh, kh/h, gh/g, sh/ch, j/dj, w/v), vowel runs merged, "-iya/-iyah/-ieh/-eh/-ia" and
 * "-ah/-a" endings unified, doubled letters single. Words stay space-separated.
 */
export function skeletonKey(s: string): string {
  const words = phraseWords(foldName(s));
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
