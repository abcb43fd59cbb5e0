import { decode, encode, expectRefusal } from '../../expect.js';
import { seededBytes, seededPositions } from '../crypto/seeded.js';
import { dataKey } from '../data-key.js';
import { defineCheck, inCase, pass } from '../define.js';

const concat = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);

export default defineCheck({
  id: 'binding.truncated-extended',
  title: 'Prefixes of a real blob, and the blob with bytes appended, each get a 4xx JSON error',
  area: 'binding',
  rule: 'A ciphertext cut short or with bytes appended is refused with a 4xx error, never decrypted, never a 5xx or a dropped connection',
  evidence: ['docs.invalid-ciphertext', 'model.ciphertext-type', 'wire.error-envelope'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const made = await dataKey(ctx, symmetric, ['CiphertextBlob']);
    const blob = decode(made.CiphertextBlob);
    // Very short prefixes keep a plausible header; the rest are spread over the blob by the seed.
    const lengths = new Set([1, 2, 3, 4, 8, 16, 32, blob.length - 16, blob.length - 1]);
    for (const n of seededPositions(ctx.seed, 33, Math.max(33, blob.length - 2), 4)) lengths.add(n);
    for (const n of [...lengths].filter((n) => n > 0 && n < blob.length).sort((a, b) => a - b))
      await inCase(`the first ${n} of ${blob.length} bytes`, async () =>
        expectRefusal(await ctx.send('Decrypt', { CiphertextBlob: encode(blob.subarray(0, n)) })),
      );
    for (const extra of [1, 16])
      await inCase(`the blob with ${extra} bytes appended`, async () =>
        expectRefusal(
          await ctx.send('Decrypt', {
            CiphertextBlob: encode(concat(blob, seededBytes(ctx.seed ^ (0x7a11 + extra), extra))),
          }),
        ),
      );
    return pass();
  },
});
