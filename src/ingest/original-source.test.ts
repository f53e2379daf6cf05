import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectOriginalSource } from './original-source.ts';

test('original sources stated by a copy', () => {
  const cases: [string, string | null][] = [
    ['Title\nBody text.\nThis article was first published by IranWire.', 'IranWire'],
    ['Title\nBody.\nIt originally appeared in the Baghdad Post on Monday.', 'Baghdad Post'],
    ['BAGHDAD (Reuters) - Rockets hit a base on Tuesday.', 'Reuters'],
    ['Title\nSome text here.\nMore text.\nIran Wire', 'Iran Wire'],
    ['Title\nSome text here.\nMore text.\nEnds', null],
    ['Title\nThe minister said the attack was first reported on Monday.', null],
    ['Just one line about a protest', null],
  ];
  for (const [text, want] of cases) assert.equal(detectOriginalSource(text), want, text);
});
