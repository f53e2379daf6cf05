// How many died: numbers next to "killed/dead/died", "death toll … to N". Vague counts take
// the lowest number they allow (lexicon), wounded are not fatalities, "killing and wounding
// N" (no split) gives no number.
import { type DocView, perSentence } from './doc-view.ts';
import { getLexicon } from './lexicon.ts';

const KILL = new Set([
  'killed',
  'fatality',
  'fatalities',
  'killing',
  'kills',
  'kill',
  'dead',
  'died',
  'slain',
  'lives',
  'deaths',
  'executed',
]);
const HURT = new Set(['wounded', 'wounding', 'injured', 'injuring', 'hurt', 'injuries', 'casualties']);
const SKIP = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'about',
  'around',
  'nearly',
  'some',
  'up',
  'to',
  'another',
]);
const DIGITS = /^\d[\d,]*$/;

function numberAt(view: DocView, i: number, limit: number): { value: number; end: number } | undefined {
  const w = view.words[i] ?? '';
  if (DIGITS.test(w)) return { value: Number(w.replace(/,/g, '')), end: i + 1 };
  const m = getLexicon().numbers.find(view, i, limit);
  return m ? { value: m.value, end: m.end } : undefined;
}

function numberAfter(view: DocView, i: number, limit: number): number | undefined {
  while (i < limit && SKIP.has(view.words[i]!)) i++;
  return numberAt(view, i, limit)?.value;
}

function numberBefore(view: DocView, at: number, from: number): number | undefined {
  for (let i = at - 1; i >= from && at - i <= 5; i--) {
    const w = view.words[i]!;
    if (HURT.has(w) || w === '.' || w === ';') return undefined;
    const n = numberAt(view, i, at);
    if (n && n.value > 0 && !(w === 'a' || w === 'an')) return n.value;
  }
  return undefined;
}

/** Fatalities stated in sentence `s`, or undefined. */
export const countFatalities = perSentence((view, s): number | undefined => {
  const sent = view.doc.sentences[s]!;
  let found: number | undefined;
  const take = (n: number | undefined) => {
    if (n !== undefined && (found === undefined || n < found)) found = n;
  };
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const w = view.words[i]!;
    if (w === 'toll') take(numberAfter(view, i + 1 + (view.words[i + 1] === 'rose' ? 2 : 0), sent.tokenEnd));
    if (!KILL.has(w)) continue;
    if (view.words[i + 1] === 'and' && HURT.has(view.words[i + 2] ?? '')) continue;
    if (w === 'killed' || w === 'killing' || w === 'kills' || w === 'kill' || w === 'executed') {
      const after = numberAfter(view, i + 1, Math.min(sent.tokenEnd, i + 6));
      if (after !== undefined) {
        take(after);
        continue;
      }
    }
    take(numberBefore(view, i, sent.tokenStart));
  }
  return found;
});
