// The extraction contract on hostile input: one output line per input line, in order, errors
// as data, and offsets that always slice back to the mention text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { processLine } from '../../src/app/extract-line.ts';
import { findPackageRoot } from '../../src/app/paths.ts';
import { createPipelineContext, readConfig } from '../../src/app/runtime.ts';
import type { Extraction, ExtractionFailure } from '../../src/domain/contract.ts';

const root = findPackageRoot();
const ctx = createPipelineContext(readConfig());

function assertSpansValid(out: Extraction, text: string): void {
  for (const e of out.entities) {
    for (const m of e.mentions) {
      assert.ok(
        m.start >= 0 && m.end <= text.length && m.start < m.end,
        `span ${m.start}-${m.end} inside text`,
      );
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  }
  for (const ev of out.events) for (const s of ev.evidence) assert.equal(text.slice(s.start, s.end), s.text);
  for (const q of out.quotes) assert.equal(text.slice(q.text.start, q.text.end), q.text.text);
}

const SAMPLE =
  'Hundreds of fighters were deployed in Baghdad and Najaf on Monday, witnesses told reporters.\n' +
  'Police said rockets hit the Green Zone late on Tuesday.';

describe('extract --jsonl line by line', () => {
  it('turns bad lines into coded errors', () => {
    const cases: [string, string, string | null][] = [
      ['{"id":"a","text":', 'bad_json', 'a'],
      ['{"id":"b"}', 'text_missing', 'b'],
      ['{"id":"c","text":42}', 'invalid_input', 'c'],
      ['[1,2]', 'invalid_input', null],
      ['{"text":"no id"}', 'invalid_input', null],
      [JSON.stringify({ id: 'd', text: 'x'.repeat(5_000_001) }), 'text_too_large', 'd'],
    ];
    for (const [line, code, id] of cases) {
      const out = processLine(line, ctx) as ExtractionFailure;
      assert.equal(out.error?.code, code, line.slice(0, 40));
      assert.equal(out.id, id);
    }
  });

  it('keeps offsets valid with RTL marks, zero-width characters, NUL and CRLF', () => {
    const hostile = `\u202B${SAMPLE.replace('Baghdad', 'Bagh\u200Bdad').replace('Najaf', '\u0000Najaf\u200F')}\r\n\uFEFFend`;
    const out = processLine(
      JSON.stringify({ id: 'h', text: hostile, published: '2024-02-07' }),
      ctx,
    ) as Extraction;
    assert.equal(out.id, 'h');
    assertSpansValid(out, hostile);
  });

  it('never throws and keeps spans valid on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a} ${SAMPLE} ${b}`;
        const out = processLine(JSON.stringify({ id: 'p', text, published: '2024-02-07' }), ctx);
        assert.ok(!('error' in out), 'valid lines extract');
        assertSpansValid(out as Extraction, text);
      }),
      { numRuns: 60 },
    );
  });
});

describe('marsad extract --jsonl as a process', () => {
  it('writes one line per input line, in order, and exits 0', () => {
    const lines = [
      JSON.stringify({ id: '1', text: SAMPLE, published: '2024-02-07' }),
      'not json',
      JSON.stringify({ id: '3', text: 7 }),
      JSON.stringify({ id: '4', text: 'x'.repeat(24 * 1024 * 1024) }),
      JSON.stringify({ id: '5', text: 'ﺑﻐﺪﺍﺩ \u200F\u202Eقصف\u202C Baghdad' }),
    ];
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'extract', '--jsonl'],
      {
        input: `${lines.join('\n')}\n`,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        cwd: root,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string | null; error?: { code: string } });
    assert.equal(out.length, 5);
    assert.deepEqual(
      out.map((o) => o.error?.code ?? 'ok'),
      ['ok', 'bad_json', 'invalid_input', 'text_too_large', 'ok'],
    );
    assert.deepEqual(
      out.map((o) => o.id),
      ['1', null, '3', '4', '5'],
    );
  });
});
