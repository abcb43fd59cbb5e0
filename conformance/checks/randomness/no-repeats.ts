import { CheckFailure } from '../../failure.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

const CALLS = 64;

export default defineCheck({
  id: 'randomness.no-repeats',
  title: `No data key or CiphertextBlob repeats over ${CALLS} GenerateDataKey calls`,
  area: 'randomness',
  rule: 'Data keys are fresh per call: no two calls share one',
  evidence: ['docs.random-data-keys'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    // 32-byte keys: a repeat among 64 honest draws has probability about 64²/2^257, i.e. never.
    const keys = new Map<string, number>();
    const blobs = new Map<string, number>();
    for (let call = 1; call <= CALLS; call += 1) {
      const made = await dataKey(ctx, key, ['CiphertextBlob', 'Plaintext']);
      const plaintext = String(made.Plaintext);
      const blob = String(made.CiphertextBlob);
      const keySeen = keys.get(plaintext);
      if (keySeen !== undefined)
        throw new CheckFailure(
          `${CALLS} distinct data keys`,
          `call ${call} repeated the data key of call ${keySeen}`,
        );
      const blobSeen = blobs.get(blob);
      if (blobSeen !== undefined)
        throw new CheckFailure(
          `${CALLS} distinct CiphertextBlobs`,
          `call ${call} repeated the CiphertextBlob of call ${blobSeen}`,
        );
      keys.set(plaintext, call);
      blobs.set(blob, call);
    }
    return pass();
  },
});
