import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from './decode-text.ts';

test('decoding refuses non-text and recovers legacy encodings', () => {
  const utf8 = decodeText(Buffer.from('Najaf — النجف'));
  assert.ok(utf8.ok && utf8.value.text === 'Najaf — النجف' && utf8.value.encoding === 'utf-8');
  const latin1 = decodeText(Buffer.from('Caf\xe9 in Basra', 'latin1'));
  assert.ok(latin1.ok && latin1.value.text === 'Café in Basra');
  const declared = decodeText(
    Buffer.concat([
      Buffer.from('<meta charset="windows-1256"><p>'),
      Buffer.from([0xc7, 0xe1]),
      Buffer.from('</p>'),
    ]),
  );
  assert.ok(declared.ok && declared.value.encoding === 'windows-1256' && declared.value.text.includes('ال'));
  const utf16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Erbil', 'utf16le')]));
  assert.ok(utf16.ok && utf16.value.text === 'Erbil');
  const codes = [
    Buffer.alloc(0),
    Buffer.from(' \n\t '),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
    Buffer.alloc(20, 'a'),
  ]
    .map((b) => decodeText(b, 10))
    .map((r) => (r.ok ? 'ok' : r.error.code));
  assert.deepEqual(codes, ['unreadable_input', 'unreadable_input', 'unsupported_format', 'text_too_large']);
});
