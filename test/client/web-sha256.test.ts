import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebCryptoSha256 } from '../../src/client/web-sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('WebCryptoSha256', () => {
  it('hashes chunks as node:crypto SHA-256 hashes their concatenation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 4 }),
        async (chunks) => {
          const hash = new WebCryptoSha256();
          for (const chunk of chunks) hash.update(chunk);
          expect(hex(await hash.digest())).toBe(
            createHash('sha256').update(Buffer.concat(chunks)).digest('hex'),
          );
        },
      ),
      { seed: 20261129, numRuns: 50 },
    );
  });

  it('is HMAC-SHA-256 with a secret, and takes strings and views as the signer passes them', async () => {
    const hmac = new WebCryptoSha256('AWS4secret');
    hmac.update('20261129');
    hmac.update(new DataView(new TextEncoder().encode('eu-west-1').buffer));
    expect(hex(await hmac.digest())).toBe(
      createHmac('sha256', 'AWS4secret').update('20261129eu-west-1').digest('hex'),
    );
  });

  it('starts over after reset', async () => {
    const hash = new WebCryptoSha256();
    hash.update('first');
    hash.reset();
    expect(hex(await hash.digest())).toBe(createHash('sha256').digest('hex'));
  });
});
