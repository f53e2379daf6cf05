// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Plain integers keep the
// resolver allocation-free and make "the Monday before" a subtraction. Nothing reads the clock.
import type { IsoDate } from '../../domain/contract.ts';

/** Day number of a calendar date, or null when the date does not exist (31 February). */
export function dayFromYmd(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // H. Hinnant's days-from-civil: no Date, and right for every year
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Day number of an ISO date (`YYYY-MM-DD…`), or null when it is not one. */
export function dayFromIso(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoFromDay(day: number): IsoDate {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}` as IsoDate;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Civil date of a day number, without allocating a Date (H. Hinnant's days-to-civil). */
export function ymdFromDay(day: number): Ymd {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the week holding `day`. */
export function weekStart(day: number): number {
  return day - weekdayOf(day);
}

/** First and last day of the month holding `day`, shifted by `offset` months. */
export function monthBounds(day: number, offset = 0): [number, number] {
  const { year, month } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return [dayFromYmd(y, m, 1)!, dayFromYmd(y, m, daysInMonth(y, m))!];
}

export function yearBounds(year: number): [number, number] {
  return [dayFromYmd(year, 1, 1)!, dayFromYmd(year, 12, 31)!];
}

/** The same calendar day `years` earlier or later (29 February falls back to the 28th). */
export function addYears(day: number, years: number): number {
  const { year, month, day: d } = ymdFromDay(day);
  const y = year + years;
  return dayFromYmd(y, month, Math.min(d, daysInMonth(y, month)))!;
}
