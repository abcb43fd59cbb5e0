// List markers are opaque to callers and outside input to the mock: anything that is not one the
// mock handed out is InvalidMarkerException, never a server fault (model: InvalidMarkerException
// on ListKeys and ListAliases).
import { describe, expect, it } from 'vitest';
import { createKmsEngine } from '../../src/mock/index.js';

describe('list markers', () => {
  it.each(['bogus', 'AAA', 'not base64!', btoa('q:1'), btoa('p:-1'), btoa('p:x')])(
    'ListKeys and ListAliases refuse the marker %j with InvalidMarkerException',
    async (Marker) => {
      const kms = createKmsEngine();
      for (const op of ['ListKeys', 'ListAliases'] as const)
        await expect(kms.call(op, { Marker })).rejects.toMatchObject({
          name: 'InvalidMarkerException',
        });
    },
  );

  it('walks every key once with the markers it hands out', async () => {
    const kms = createKmsEngine();
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await kms.call('CreateKey', {})).KeyMetadata?.KeyId);
    const seen: (string | undefined)[] = [];
    let Marker: string | undefined;
    do {
      const page = await kms.call('ListKeys', { Limit: 2, ...(Marker ? { Marker } : {}) });
      seen.push(...(page.Keys ?? []).map((k) => k.KeyId));
      Marker = page.NextMarker;
    } while (Marker);
    expect(seen).toEqual(made);
  });
});
