import type { Check } from '../types.js';
import { asymmetricChecks } from './asymmetric/index.js';
import { authChecks } from './auth/index.js';
import { bindingChecks } from './binding/index.js';
import { cryptoChecks } from './crypto/index.js';
import { grantsChecks } from './grants/index.js';
import { importChecks } from './import/index.js';
import { keysChecks } from './keys/index.js';
import { messagesChecks } from './messages/index.js';
import { metadataChecks } from './metadata/index.js';
import { protocolChecks } from './protocol/index.js';
import { randomnessChecks } from './randomness/index.js';
import { rotationChecks } from './rotation/index.js';
import { schemaChecks } from './schema/index.js';
import { validationChecks } from './validation/index.js';

/** The catalogue, in report order: area by area. Each area lists its checks in its own index.ts. */
export const allChecks: readonly Check[] = [
  ...protocolChecks,
  ...schemaChecks,
  ...validationChecks,
  ...cryptoChecks,
  ...bindingChecks,
  ...randomnessChecks,
  ...keysChecks,
  ...messagesChecks,
  ...asymmetricChecks,
  ...metadataChecks,
  ...rotationChecks,
  ...importChecks,
  ...grantsChecks,
  ...authChecks,
];
