// Publication dates as pages and feeds write them → ISO days. Only unambiguous forms: a
// numeric d/m vs m/d order is not guessed.
import type { IsoDate } from '../domain/contract.ts';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1..12 for a month name or its abbreviation ("Sep", "Sept", "September"). */
function month(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w) && w.length >= 3);
  return i < 0 ? undefined : i + 1;
}

const ISO = /(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/;

function make(y: number, m: number, d: number): IsoDate | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return t.toISOString().slice(0, 10) as IsoDate;
}

/** The first date written in `s`, or null. */
export function parseDate(s: string | null | undefined): IsoDate | null {
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const m = month(dmy[2]!);
    if (m) return make(Number(dmy[3]), m, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const m = month(mdy[1]!);
    if (m) return make(Number(mdy[3]), m, Number(mdy[2]));
  }
  return null;
}
