// The operations a page's first requests do not need, in one module so they load as one chunk
// (./index.ts). Key import, grants and multi-Region keys are chunks of their own.
export { generateRandom } from './generate-random.js';
export { listKeys } from './list-keys.js';
export {
  cancelKeyDeletion,
  disableKey,
  enableKey,
  scheduleKeyDeletion,
} from './key-state-changes.js';
export { enableKeyRotation } from './enable-key-rotation.js';
export { disableKeyRotation } from './disable-key-rotation.js';
export { getKeyRotationStatus } from './get-key-rotation-status.js';
export { rotateKeyOnDemand } from './rotate-key-on-demand.js';
export { listKeyRotations } from './list-key-rotations.js';
export { createAlias, deleteAlias, listAliases } from './aliases.js';
export { getPublicKey } from './get-public-key.js';
export { sign } from './sign.js';
export { verify } from './verify.js';
export { generateMac } from './generate-mac.js';
export { verifyMac } from './verify-mac.js';
export { generateDataKeyPair } from './generate-data-key-pair.js';
export { generateDataKeyPairWithoutPlaintext } from './generate-data-key-pair-without-plaintext.js';
export { deriveSharedSecret } from './derive-shared-secret.js';
export { tagResource } from './tag-resource.js';
export { untagResource } from './untag-resource.js';
export { listResourceTags } from './list-resource-tags.js';
export { updateAlias } from './update-alias.js';
export { updateKeyDescription } from './update-key-description.js';
export { getKeyPolicy } from './get-key-policy.js';
export { putKeyPolicy } from './put-key-policy.js';
export { listKeyPolicies } from './list-key-policies.js';
export {
  connectCustomKeyStore,
  createCustomKeyStore,
  deleteCustomKeyStore,
  describeCustomKeyStores,
  disconnectCustomKeyStore,
  updateCustomKeyStore,
} from './custom-key-stores.js';
export { getKeyLastUsage } from './get-key-last-usage.js';
