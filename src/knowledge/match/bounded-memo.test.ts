import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoizeString, recall } from './bounded-memo.ts';

test('memoizeString: computes each argument once, undefined included', () => {
  const calls: string[] = [];
  const f = memoizeString((s: string) => {
    calls.push(s);
    return s === 'none' ? undefined : s.length;
  });
  assert.equal(f('Basra'), 5);
  assert.equal(f('Basra'), 5);
  assert.equal(f('none'), undefined);
  assert.equal(f('none'), undefined);
  assert.deepEqual(calls, ['Basra', 'none']);
});

test('recall: a full memo starts again instead of growing', () => {
  const memo = new Map<string, number>();
  for (const k of ['a', 'b', 'c']) recall(memo, k, () => k.charCodeAt(0), 2);
  assert.deepEqual([...memo.keys()], ['c']);
});
