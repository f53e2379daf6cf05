// A tiny English inflector for the trigger lexicon: "deploy@v" in the lexicon stands for
// deploy/deploys/deployed/deploying, "drone@n" for drone/drones. Over-generation is harmless
// (an unused form never matches), so doubtful doublings produce both spellings.

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  shoot: ['shot'],
  take: ['took', 'taken'],
  beat: ['beaten'],
  fight: ['fought'],
  hold: ['held'],
  set: ['set'],
  blow: ['blew', 'blown'],
  overrun: ['overran'],
  withdraw: ['withdrew', 'withdrawn'],
  throw: ['threw', 'thrown'],
  burn: ['burnt'],
  hit: ['hit'],
  send: ['sent'],
  build: ['built'],
  slay: ['slew', 'slain'],
  tell: ['told'],
  say: ['said'],
  speak: ['spoke', 'spoken'],
  write: ['wrote', 'written'],
  drive: ['drove', 'driven'],
  break: ['broke', 'broken'],
  steal: ['stole', 'stolen'],
  seek: ['sought'],
  bring: ['brought'],
  lead: ['led'],
  flee: ['fled'],
  retake: ['retook', 'retaken'],
  overtake: ['overtook', 'overtaken'],
  go: ['went', 'gone'],
  die: ['dying'],
  rise: ['rose', 'risen'],
  forbid: ['forbade', 'forbidden'],
  stab: ['stabbed', 'stabbing'],
  gun: ['gunned', 'gunning'],
  'gang-rape': ['gang-raped'],
};

const SIBILANT = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;
const CVC = /[^aeiou][aeiou][^aeiouwxy]$/;

function pluralOf(w: string): string {
  if (CONSONANT_Y.test(w)) return `${w.slice(0, -1)}ies`;
  if (SIBILANT.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Every surface form of a verb lemma (lower case). */
export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  out.add(pluralOf(lemma));
  if (lemma.endsWith('e')) {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -1)}ing`);
  } else if (CONSONANT_Y.test(lemma)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    if (CVC.test(lemma)) {
      const last = lemma.at(-1);
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

/** Singular and plural of a noun (lower case). */
export function nounForms(lemma: string): string[] {
  return [lemma, pluralOf(lemma)];
}

/** Forms that can only be a past participle or past tense (used to spot passives). */
export function isPastForm(word: string): boolean {
  return /(?:ed|en|wn|ne|nt|lt|ld|ot|ught|ck|ain|ung)$/.test(word) || word === 'set' || word === 'hit';
}
