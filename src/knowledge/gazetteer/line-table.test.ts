import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ByteLines, fieldOf } from './line-table.ts';

function table(keys: readonly string[]): ByteLines {
  const sorted = [...new Set(keys)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return new ByteLines(Buffer.from(`header\n${sorted.map((k, i) => `${k}\t${i}`).join('\n')}\n`));
}

test('lookup finds exact keys only; hasPrefix answers for any beginning', () => {
  const t = table(['baghdad', 'basra', 'basrah', 'najaf', '~bgdd']);
  assert.equal(t.lookup('basra'), '1');
  assert.equal(t.lookup('bas'), undefined);
  assert.equal(t.lookup('zzz'), undefined);
  assert.equal(t.hasPrefix('bas'), true);
  assert.equal(t.hasPrefix('basrah'), true);
  assert.equal(t.hasPrefix('basraha'), false);
  assert.equal(t.hasPrefix('c'), false);
  assert.equal(t.hasPrefix('~'), true);
  assert.equal(t.hasPrefix(''), true);
});

test('hasPrefix agrees with a linear scan', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', ' ', 'é', '~'), maxLength: 6 });
  fc.assert(
    fc.property(
      fc.array(
        word.filter((w) => w.length > 0),
        { minLength: 1, maxLength: 30 },
      ),
      word,
      (keys, p) => {
        const t = table(keys);
        assert.equal(
          t.hasPrefix(p),
          keys.some((k) => k.startsWith(p)),
        );
        assert.equal(t.lookup(p) !== undefined, keys.includes(p));
      },
    ),
  );
});

test('lookup and hasPrefix agree with a linear scan on tables of many sampled lines', () => {
  const word = fc.string({
    unit: fc.constantFrom('a', 'b', 'n', ' ', 'é', '~', 'z'),
    minLength: 1,
    maxLength: 9,
  });
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 100, maxLength: 600 }),
      fc.array(word, { maxLength: 40 }),
      (keys, probes) => {
        const t = table(keys);
        for (const p of [...probes, ...keys.slice(0, 20), '', 'zzzzzzzzzz']) {
          assert.equal(
            t.hasPrefix(p),
            keys.some((k) => k.startsWith(p)),
            p,
          );
          assert.equal(t.lookup(p) !== undefined, keys.includes(p), p);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('fieldAt reads what fieldOf reads in the decoded line', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'é', 'ب', '|', ' ', '😀'), maxLength: 4 });
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      (rows) => {
        const t = new ByteLines(Buffer.from(`header\n${rows.map((r) => r.join('\t')).join('\n')}`));
        for (let at = t.firstLine; at >= 0; at = t.nextLine(at))
          for (let n = 0; n < 7; n++) assert.equal(t.fieldAt(at, n), fieldOf(t.lineAt(at), n));
      },
    ),
  );
});
