// The requests behind each recording of test/fixtures/aws-recorded (the test of the same name sent
// them to real KMS), sent to the mock, with the replies the recording kept, one module per area.
// Each scenario is keyed by its recording; recorded-replay.test.ts compares them, and
// docs/fidelity.md gives each recording its verdict.
import { scenarios as crypto } from './crypto.js';
import { scenarios as imports } from './imports.js';
import { scenarios as keys } from './keys.js';
import { scenarios as rotation } from './rotation.js';
import { scenarios as signing } from './signing.js';
import { scenarios as tags } from './tags.js';

export { ACCOUNT, REGION, type Scenario } from './common.js';

import type { Scenario } from './common.js';

export const scenarios: Record<string, Scenario> = {
  ...keys,
  ...tags,
  ...crypto,
  ...signing,
  ...imports,
  ...rotation,
};
