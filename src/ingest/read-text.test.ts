import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from './read-text.ts';

describe('readText', () => {
  it('reads the title, date, outlet and URL lines under the title', () => {
    const raw =
      'Rockets hit a base near Balad\nPublished: 2024-01-21\nSource: Example Wire\nURL: https://example.org/a\n\nThree rockets struck the base late on Saturday.';
    const r = readText(raw, 'a.txt');
    assert.ok(r.ok);
    assert.equal(r.value.title, 'Rockets hit a base near Balad');
    assert.equal(r.value.published, '2024-01-21');
    assert.equal(r.value.outlet, 'Example Wire');
    assert.equal(r.value.url, 'https://example.org/a');
  });

  it('does not take a sentence that mentions a source for an outlet line', () => {
    const raw =
      'Title here\n\nA security source said on Monday that two people died in the blast at the market.';
    const r = readText(raw, 'b.txt');
    assert.ok(r.ok);
    assert.equal(r.value.outlet, null);
  });
});
