import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import type { CheckContext } from '../../types.js';

/** 64 data keys of 1024 bytes: 65,536 bytes, 256 expected per byte value, 524,288 bits. */
export const POOL_CALLS = 64;
export const POOL_KEY_BYTES = 1024;

/**
 * The pooled plaintext of POOL_CALLS GenerateDataKey calls of the largest size (evidence `docs.random-data-keys`:
 * data keys are uniformly random bytes, fresh per call). A key of the wrong length is a fail here,
 * since the sample size the critical values assume would not hold.
 */
export async function pooledDataKeys(ctx: CheckContext, keyId: string): Promise<Uint8Array> {
  const pool = new Uint8Array(POOL_CALLS * POOL_KEY_BYTES);
  for (let i = 0; i < POOL_CALLS; i += 1) {
    const made = expectSuccess(
      await ctx.send('GenerateDataKey', { KeyId: keyId, NumberOfBytes: POOL_KEY_BYTES }),
      'GenerateDataKey',
      ['Plaintext'],
    );
    const key = decode(made.Plaintext);
    if (key.length !== POOL_KEY_BYTES)
      throw new CheckFailure(`a ${POOL_KEY_BYTES}-byte data key`, `${key.length} bytes`);
    pool.set(key, i * POOL_KEY_BYTES);
  }
  return pool;
}
