import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findTimes } from './find-times.ts';

const DATE_WORDS = [
  'Monday',
  'Tuesday',
  'Sunday',
  'March',
  'May',
  'may',
  'last',
  'this',
  'week',
  'night',
  'into',
  'on',
  'the',
  'of',
  'since',
  'in',
  'between',
  'and',
  'to',
  '-',
  '3',
  '24',
  '2019',
  '10/02/2021',
  'ago',
  'two',
  'days',
  'yesterday',
  'overnight',
  'late',
  'mid-',
  'first',
  'anniversary',
  '1980s',
  'Ramadan',
  'Ashura',
  'Eid al-Fitr',
  'following',
  'later',
  'that',
  'recent',
  'will',
  '3/4',
  '2021/02/05',
  ',',
  '.',
  '\n',
  '“',
];

/** text made mostly of date words, so the parsers' corners are reached */
const dateish = fc
  .array(fc.oneof(fc.constantFrom(...DATE_WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((ws) => ws.join(' '));
const published = fc.option(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

function checkSpans(text: string, pub: string | null) {
  const times = findTimes(text, pub);
  let last = 0;
  for (const t of times) {
    assert.ok(
      t.start >= last && t.start < t.end && t.end <= text.length,
      'spans are ordered and inside the text',
    );
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.range.start <= t.range.end, 'ranges are ordered');
    assert.match(t.range.start, /^\d{4}-\d{2}-\d{2}$/);
    last = t.end;
  }
}

describe('findTimes properties', () => {
  it('keeps spans inside the text on date-like text', () => {
    fc.assert(fc.property(dateish, published, checkSpans), { numRuns: 2000 });
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), published, checkSpans), {
      numRuns: 1000,
    });
  });
  it('never reads the clock', () => {
    const RealDate = Date;
    class NoClock extends RealDate {
      constructor(...args: number[]) {
        if (args.length === 0) throw new Error('read the clock');
        super(args[0]!);
      }
      static override now(): number {
        throw new Error('read the clock');
      }
    }
    globalThis.Date = NoClock as DateConstructor;
    try {
      const times = findTimes(
        'On Monday, last week, yesterday, in March and on May 24, 2019. The next day, during Ramadan.',
        '2021-02-10',
      );
      assert.equal(times.length, 7);
    } finally {
      globalThis.Date = RealDate;
    }
  });
  it('stays linear on pathological input', () => {
    const text = `${'Monday and '.repeat(20_000)}${' '.repeat(100_000)}${'3-'.repeat(20_000)}${'the '.repeat(20_000)}`;
    const t0 = performance.now();
    findTimes(text, '2021-02-10');
    assert.ok(performance.now() - t0 < 2000);
  });
});
