// Where: the location mentions a trigger's sentence names as the place of the action —
// after a locative preposition ("in", "near", "across") or chained to such a place by a list
// ("in Baghdad, Karbala and Najaf", "as well as in Najaf, and in the south of Babel").
import type { DocView, MentionRef } from './doc-view.ts';
import { getLexicon } from './lexicon.ts';

const BACK = 7;
const MODIFIED = new Set([
  'embassy',
  'consulate',
  'forces',
  'troops',
  'army',
  'military',
  'government',
  'officials',
  'official',
  'ambassador',
  'soldiers',
  'citizens',
  'nationals',
  'envoy',
  'delegation',
  'authorities',
  'police',
  'navy',
  'diplomats',
  'president',
  'minister',
  'ministry',
  'coalition',
  'backed',
  'led',
  'sanctions',
]);

function isTopLevel(view: DocView, ref: MentionRef): boolean {
  return view.mentionAt[ref.tokenStart] === ref;
}

/** Location mentions of sentence `s` that name a place where something happened. */
export function findEventPlaces(view: DocView, s: number, verbEnds: readonly number[] = []): MentionRef[] {
  const lex = getLexicon();
  const { placeGlue, placePrepositions, listGlue } = lex.words;
  const qualified: MentionRef[] = [];
  const sentStart = view.doc.sentences[s]!.tokenStart;
  let lastQualifiedEnd = -1;
  for (const ref of view.mentionsBySentence[s] ?? []) {
    if (ref.entity.kind !== 'location' || !isTopLevel(view, ref)) continue;
    if (view.words[ref.tokenEnd] === "'s" || view.inQuote[ref.tokenStart]) continue;
    // "near the US embassy", "Iraqi forces": a place name modifying a noun is not the place
    if (MODIFIED.has(view.words[ref.tokenEnd] ?? '')) continue;
    let ok = false;
    for (let i = ref.tokenStart - 1; i >= sentStart && ref.tokenStart - i <= BACK; i--) {
      const w = view.words[i]!;
      if (i === lastQualifiedEnd - 1) {
        ok = true;
        break;
      }
      // "the outskirts of Khiam": a part of a place is that place
      if ((placePrepositions.has(w) && w !== 'of') || (w === 'of' && PARTS.has(view.words[i - 1] ?? ''))) {
        ok = true;
        break;
      }
      if (view.mentionAt[i]) break;
      if (!placeGlue.has(w) && !listGlue.has(w)) break;
    }
    // "struck the heavily fortified Green Zone": the place is the verb's object
    if (!ok) ok = verbEnds.some((end) => isObjectOf(view, end, ref.tokenStart));
    // "rockets targeted Ain al-Asad air base": the object of a verb of attack
    if (!ok)
      ok =
        TARGET_VERBS.has(view.words[ref.tokenStart - 1] ?? '') ||
        (view.words[ref.tokenStart - 1] === 'the' && TARGET_VERBS.has(view.words[ref.tokenStart - 2] ?? ''));
    // "Baghdad, Iraq": a place right after a qualified one with only a comma between
    // (not "in the Red Sea, U.S. warns": a place that speaks is a subject)
    if (!ok && lastQualifiedEnd >= 0 && ref.tokenStart - lastQualifiedEnd <= 1 && !speaks(view, ref))
      ok = true;
    // "a ship linked to Israel", "factions close to Iran": a tie, not a place
    if (ok && TIES.has(view.words[ref.tokenStart - 2] ?? '') && view.words[ref.tokenStart - 1] === 'to')
      ok = false;
    if (ok) {
      qualified.push(ref);
      lastQualifiedEnd = ref.tokenEnd;
    }
  }
  // "in the Hawija district west of Kirkuk": Kirkuk only locates Hawija
  const located = qualified.filter((r) => !isReferencePoint(view, r));
  return located.length ? located : qualified;
}

// "the outskirts of Khiam", "the town of Atarib"
const PARTS = new Set([
  'outskirts',
  'edge',
  'centre',
  'center',
  'heart',
  'suburbs',
  'countryside',
  'vicinity',
  'entrance',
  'town',
  'city',
  'village',
  'towns',
  'villages',
  'camp',
  'neighbourhood',
  'neighborhood',
  'district',
]);

const TARGET_VERBS = new Set([
  'targeted',
  'targeting',
  'targetted',
  'hit',
  'struck',
  'shelled',
  'bombed',
  'attacked',
  'stormed',
  'raided',
  'pounded',
]);

const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/** A place after "<direction> of", "km from": a landmark that locates another place. */
function isReferencePoint(view: DocView, ref: MentionRef): boolean {
  const prev = view.words[ref.tokenStart - 1];
  const prev2 = view.words[ref.tokenStart - 2] ?? '';
  // "in the south of Babel" is a part of Babel, "west of Kirkuk" a bearing from it
  const region = view.words[ref.tokenStart - 3] === 'the';
  return (
    (prev === 'of' && DIRECTIONS.has(prev2) && !region) ||
    (prev === 'from' && /^(?:km|kilometres|kilometers|miles)$/.test(prev2))
  );
}

const TIES = new Set([
  'linked',
  'close',
  'loyal',
  'allied',
  'tied',
  'affiliated',
  'belonging',
  'ties',
  'links',
  'closer',
]);

/** "…, U.S. warns": the place is followed by what it says or does. */
function speaks(view: DocView, ref: MentionRef): boolean {
  const lex = getLexicon();
  const next = ref.tokenEnd;
  return !!lex.cues.reportVerbs.find(view, next) || !!lex.triggers.find(view, next)?.value.statement;
}

const OBJECT_GAP = 4;

function isObjectOf(view: DocView, verbEnd: number, placeStart: number): boolean {
  if (placeStart < verbEnd || placeStart - verbEnd > OBJECT_GAP) return false;
  for (let i = verbEnd; i < placeStart; i++) {
    const t = view.doc.tokens[i]!.text;
    if (view.mentionAt[i] || !/^\p{Ll}/u.test(t)) return false;
  }
  return true;
}

/** Whether a reporting verb ("said", "told") stands between token `a` and token `b`. */
export function reportVerbBetween(view: DocView, a: number, b: number): boolean {
  return getLexicon().cues.reportVerbs.occursIn(view, a, b);
}
