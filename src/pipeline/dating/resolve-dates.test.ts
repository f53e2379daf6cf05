import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../domain/contract.ts';
import { createDoc, type PipelineContext } from '../document.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { segmentText } from '../segment/segment-text.ts';
import { findTimesInSentence, timesWithin } from './find-times.ts';
import { resolveDates } from './resolve-dates.ts';

const ctx = {} as PipelineContext; // the date stage reads no knowledge

function run(text: string, published?: string) {
  let doc = createDoc({ id: 't', text, published: published as IsoDate | undefined });
  for (const stage of [normalizeText, segmentText, resolveDates]) doc = stage.run(doc, ctx);
  return doc;
}

describe('resolveDates stage', () => {
  it('fills doc.times with spans of the original text', () => {
    const text = 'Fighters\u200B deployed on Monday and Tuesday this week.\r\nA seminar last Friday.';
    const doc = run(text, '2021-02-10');
    assert.deepEqual(
      doc.times.map((t) => [t.text, t.range.start, t.range.end]),
      [
        ['Monday and Tuesday this week', '2021-02-08', '2021-02-09'],
        ['last Friday', '2021-02-05', '2021-02-05'],
      ],
    );
    for (const t of doc.times) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('resolves only written dates without a publication date', () => {
    const doc = run('On Monday, a year after May 24, 2019.');
    assert.deepEqual(
      doc.times.map((t) => t.text),
      ['May 24, 2019'],
    );
  });

  it('gives the dates of one sentence, anniversaries anchored on the sentence before', () => {
    const doc = run(
      'A seminar was held last Friday. It marked the first anniversary of the massacre.',
      '2021-02-10',
    );
    const second = findTimesInSentence(doc, 1);
    assert.equal(second.length, 1);
    assert.equal(second[0]?.kind, 'anniversary');
    assert.equal(second[0]?.range.start, '2020-02-05');
    const s = doc.sentences[1]!;
    assert.deepEqual(timesWithin(doc.times, s.start, s.end), second);
  });
});
