import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate } from './parse-date.ts';

test('publication dates in the forms pages and feeds write them', () => {
  const cases: [string | null, string | null][] = [
    ['2024-03-06T07:15:00Z', '2024-03-06'],
    ['2024-03-06T09:00:00+03:00', '2024-03-06'],
    ['Wed, 06 Mar 2024 08:00:00 GMT', '2024-03-06'],
    ['8 March 2024', '2024-03-08'],
    ['Published: 9th of March, 2024', '2024-03-09'],
    ['March 10, 2024 at 5pm', '2024-03-10'],
    ['Sept. 1, 2023', '2023-09-01'],
    ['2024/02/29', '2024-02-29'],
    ['2023-02-29', null],
    ['Monday 4 2024', null],
    ['03/04/2024', null],
    ['', null],
    [null, null],
  ];
  for (const [input, want] of cases) assert.equal(parseDate(input), want, String(input));
});
