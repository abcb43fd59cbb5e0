import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

/** Key rotation: automatic and on demand, the key's material versions, the refusals. */
export const rotationEvidence = {
  'recorded.rotation-status-enabled': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_key_enable_rotation_status[180] → match_response',
    fact: 'After EnableKeyRotation with RotationPeriodInDays 180, GetKeyRotationStatus answers KeyRotationEnabled true, RotationPeriodInDays 180 and a NextRotationDate.',
  },
  'recorded.rotation-status-disabled': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_disabled → rotation-status-response-after-rotation',
    fact: 'A key without automatic rotation answers GetKeyRotationStatus with KeyRotationEnabled false and no RotationPeriodInDays or NextRotationDate, even after an on-demand rotation.',
  },
  'docs.disable-key-rotation': {
    kind: 'aws-docs',
    source: `${API}/API_DisableKeyRotation.html`,
    fact: 'DisableKeyRotation turns automatic rotation of a symmetric encryption key off; GetKeyRotationStatus then reports KeyRotationEnabled false.',
  },
  'model.rotation-period': {
    kind: 'aws-model',
    source: 'RotationPeriodInDaysType',
    fact: 'RotationPeriodInDays is an integer from 90 to 2560 days; a value outside fails the model constraint (a ValidationException, as for every member constraint).',
  },
  'recorded.rotate-on-demand-reply': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_rotate_on_demand_returns_arn_for_key_id → rotate-on-demand-aws-key',
    fact: 'RotateKeyOnDemand of a symmetric key answers 200 with KeyId (the key ARN).',
  },
  'recorded.rotation-changes-material': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_key_rotation_updates_current_key_material_id_for_aws_symmetric_keys → describe-key-after-rotation',
    fact: "After a rotation, DescribeKey's CurrentKeyMaterialId names new key material, different from the one before.",
  },
  'docs.list-key-rotations': {
    kind: 'aws-docs',
    source: `${API}/API_ListKeyRotations.html`,
    fact: 'ListKeyRotations lists the completed rotations of a key, each with its KeyMaterialId, RotationDate and RotationType (ON_DEMAND or AUTOMATIC); ALL_KEY_MATERIAL adds the first key material. It pages like the other lists: Limit, Truncated, NextMarker and Marker.',
  },
  'docs.rotate-keys': {
    kind: 'aws-docs',
    source: `${GUIDE}/rotate-keys.html`,
    fact: 'Rotation keeps every earlier key material: a ciphertext is decrypted with the key material that encrypted it, and new encryption uses the current key material.',
  },
  'model.decrypt-key-material-id': {
    kind: 'aws-model',
    source: 'DecryptResponse.KeyMaterialId',
    fact: "Decrypt of a symmetric ciphertext answers the KeyMaterialId of the key material that decrypted it, that is the one that encrypted it; GenerateDataKey's KeyMaterialId names the material that encrypted the data key.",
  },
  'recorded.rotate-non-symmetric': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_rotate_key_on_demand_raises_error_given_non_symmetric_key → error-response',
    fact: 'RotateKeyOnDemand of an RSA key is refused as UnsupportedOperationException (400).',
  },
  'recorded.rotate-not-found': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_rotate_key_on_demand_raises_error_given_key_that_does_not_exist → error-response',
    fact: "RotateKeyOnDemand of a key id that names no key is refused as NotFoundException: Key '<key ARN>' does not exist.",
  },
  'docs.rotate-key-on-demand': {
    kind: 'aws-docs',
    source: `${API}/API_RotateKeyOnDemand.html`,
    fact: 'On-demand rotation is for symmetric encryption keys only (not asymmetric or HMAC keys), needs a key in a compatible state (a key pending deletion is KMSInvalidStateException), and is allowed at most 25 times per key.',
  },
  'recorded.rotate-pending-import': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_rotate_key_on_demand_on_external_key_with_no_key_material[SYMMETRIC_DEFAULT] → rotate-key-on-demand-error-response-SYMMETRIC_DEFAULT',
    fact: 'RotateKeyOnDemand of a key with imported key material that has none yet (PendingImport) is refused as KMSInvalidStateException: <key ARN> is pending import.',
  },
  'recorded.rotation-limit': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_key_rotations_limits → error-response',
    fact: 'An on-demand rotation past the limit is refused as LimitExceededException: The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: <key ARN>',
  },
} as const satisfies Record<string, Evidence>;
