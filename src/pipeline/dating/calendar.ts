// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Plain integers keep the
// resolver allocation-free and make "the Monday before" a subtraction. Nothing reads the clock.
import type { IsoDate } from '../../domain/contract.ts';

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date, or null when the date does not exist (31 February). */
export function dayFromYmd(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day number of an ISO date (`YYYY-MM-DD…`), or null when it is not one. */
export function dayFromIso(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoFromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdFromDay(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
