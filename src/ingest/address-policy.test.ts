import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPrivateAddress } from './address-policy.ts';

test('private, loopback and link-local addresses are refused; public ones allowed', () => {
  const refused = [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '[::1]',
    'not-an-ip',
  ];
  const allowed = ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'];
  for (const ip of refused) assert.equal(isPrivateAddress(ip), true, ip);
  for (const ip of allowed) assert.equal(isPrivateAddress(ip), false, ip);
});
