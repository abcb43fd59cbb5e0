import { asymmetricEvidence } from './asymmetric.js';
import { cryptoEvidence } from './crypto.js';
import { grantsEvidence } from './grants.js';
import { importEvidence } from './import.js';
import { keyEvidence } from './keys.js';
import { metadataEvidence } from './metadata.js';
import { requestEvidence } from './requests.js';
import { rotationEvidence } from './rotation.js';
import type { Evidence } from './types.js';
import { wireEvidence } from './wire.js';

export { STRONG_KINDS, type Evidence, type EvidenceKind } from './types.js';

/**
 * The evidence register: every fact a conformance check asserts, with its source and how strong
 * it is. Checks name their ids in `evidence`; test/conformance/evidence.test.ts keeps the two
 * honest (no check without evidence, no unknown or unused id, recordings and model members that
 * exist, the tier rule).
 */
export const evidence = {
  ...wireEvidence,
  ...requestEvidence,
  ...cryptoEvidence,
  ...keyEvidence,
  ...asymmetricEvidence,
  ...metadataEvidence,
  ...rotationEvidence,
  ...importEvidence,
  ...grantsEvidence,
} as const satisfies Record<string, Evidence>;

export type EvidenceId = keyof typeof evidence;

export function evidenceOf(id: EvidenceId): Evidence {
  return evidence[id];
}
