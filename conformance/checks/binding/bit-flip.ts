import { CheckFailure } from '../../failure.js';
import { decode, encode } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';
import { seededPositions } from '../crypto/seeded.js';

const PER_THIRD = 8;

/**
 * Bit positions to flip: the first and last byte always, then up to PER_THIRD distinct bytes from
 * each third of the blob (header, middle, tail), each with a seeded bit, so every run probes the
 * whole blob without sending hundreds of requests.
 */
function positions(seed: number, length: number): Array<[number, number]> {
  const third = Math.ceil(length / 3);
  const bytes = new Set<number>([0, length - 1]);
  for (let part = 0; part < 3; part += 1) {
    for (const p of seededPositions(
      seed + part,
      part * third,
      Math.min(length, (part + 1) * third) - 1,
      PER_THIRD,
    ))
      bytes.add(p);
  }
  const bits = seededPositions(seed + 3, 0, 7, 8);
  return [...bytes].sort((a, b) => a - b).map((byte, i) => [byte, bits[i % bits.length] ?? 0]);
}

export default defineCheck({
  id: 'binding.bit-flip',
  title:
    'A blob with any single bit flipped does not decrypt (InvalidCiphertextException or AccessDeniedException)',
  area: 'binding',
  rule: 'A ciphertext with any bit flipped does not decrypt',
  evidence: ['docs.invalid-ciphertext', 'recorded.invalid-ciphertext'],
  tolerates: ['inference.flip-in-key-name'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const made = await dataKey(ctx, key, ['CiphertextBlob']);
    const blob = decode(made.CiphertextBlob);
    for (const [byte, bit] of positions(ctx.seed, blob.length)) {
      const flipped = Uint8Array.from(blob);
      flipped[byte] = (flipped[byte] ?? 0) ^ (1 << bit);
      const reply = await ctx.send('Decrypt', { CiphertextBlob: encode(flipped) });
      // The blob names its key (§14) but where is undocumented, so the runner cannot tell a flip in
      // the key's name from one anywhere else. A flip there makes a well-formed blob naming a key
      // that does not exist, which real KMS answers with AccessDeniedException (§8); so both types
      // are accepted, and anything else, above all a 200, is a fail.
      if (
        reply.status !== 400 ||
        (reply.errorType !== 'InvalidCiphertextException' &&
          reply.errorType !== 'AccessDeniedException')
      ) {
        const got =
          reply.status < 300
            ? `HTTP ${reply.status}: the tampered blob decrypted`
            : `HTTP ${reply.status} ${reply.errorType ?? '(no __type)'}`;
        throw new CheckFailure(
          'InvalidCiphertextException or AccessDeniedException (HTTP 400)',
          `${got} with bit ${bit} of byte ${byte} of ${blob.length} flipped`,
        );
      }
    }
    return pass();
  },
});
