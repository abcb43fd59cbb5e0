import { schemaDocument } from '../../../generated/schemas.js';

const defs = schemaDocument.$defs;

/**
 * The request constraints the validation checks probe, read from the spec (one source of truth):
 * a change of limit in spec/kms.openapi.yaml moves the probes with it. The model states the same
 * values (evidence `model.number-of-bytes`, `model.key-id-type`, `model.grant-token-list`).
 */
export const limits = {
  numberOfBytes: { min: defs.NumberOfBytesType.minimum, max: defs.NumberOfBytesType.maximum },
  keyId: { min: defs.KeyIdType.minLength, max: defs.KeyIdType.maxLength },
  grantTokens: {
    max: defs.GrantTokenList.maxItems,
    tokenMin: defs.GrantTokenType.minLength,
    tokenMax: defs.GrantTokenType.maxLength,
  },
  plaintext: {
    minBytes: defs.PlaintextType['x-minBytes'],
    maxBytes: defs.PlaintextType['x-maxBytes'],
  },
  dataKeySpecs: defs.DataKeySpec.enum as readonly string[],
} as const;
