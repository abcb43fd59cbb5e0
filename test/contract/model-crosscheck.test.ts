/**
 * The spec against the AWS service model: every member, type, limit, enum, pattern, flag and error
 * of the contract's operations must match, apart from the allow-listed deliberate deviations. The second
 * half mutates the spec in memory and checks that the comparison reports exactly those changes,
 * so a comparison that silently stopped looking would fail here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applyDeviations,
  formatDifference,
  sameDifference,
  type Difference,
} from './differences.js';
import { compareWithModel } from './model-compare.js';
import { type Json, nodeAt as at, specOperations } from './spec-schema.js';
import { contractOperations, modelDeviations } from '../fixtures/model-deviations.js';
import { evidence } from '../../conformance/evidence/index.js';

const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');
const spec: unknown = parse(read('../../spec/kms.openapi.yaml'));
const modelText = read('../fixtures/kms-2014-11-01.botocore-service-2.json');
const model: unknown = JSON.parse(modelText);
const differences = compareWithModel(spec, model, contractOperations);

describe('the model fixture', () => {
  it('is the copy named in its provenance file (SHA-256)', () => {
    const provenance = read('../fixtures/kms-2014-11-01.PROVENANCE.md');
    const recorded = /\| SHA-256 \| `([0-9a-f]{64})` \|/.exec(provenance)?.[1];
    expect(createHash('sha256').update(modelText).digest('hex')).toBe(recorded);
  });
});

describe('spec/kms.openapi.yaml against the AWS model', () => {
  const { unexplained, unused } = applyDeviations(differences, modelDeviations);

  it('differs only where the allow-list says so', () => {
    expect(unexplained.map(formatDifference)).toEqual([]);
  });
  it('has no stale allow-list entry', () => {
    expect(unused.map(formatDifference)).toEqual([]);
  });
  it('gives every allow-list entry a reason that cites an evidence id of the register', () => {
    for (const deviation of modelDeviations) {
      const id = /^evidence `([\w.-]+)`/.exec(deviation.reason)?.[1];
      expect(Object.keys(evidence), deviation.reason).toContain(id);
    }
  });
  it('covers exactly the operations of the contract, no more', () => {
    const inSpec = specOperations(spec).map((op) => String(op.operation['operationId']));
    expect(inSpec.sort()).toEqual([...contractOperations].sort());
  });
});

const schema = (doc: unknown, name: string): Json => at(doc, 'components', 'schemas', name);
const responses = (doc: unknown, op: string): Json =>
  at(doc, 'paths', `/#X-Amz-Target=TrentService.${op}`, 'post', 'responses');
const errorsUnder = (doc: unknown, op: string, status: string): Json =>
  at(responses(doc, op), status, 'content', 'application/x-amz-json-1.1', 'examples');

/** What a mutation adds to, and removes from, the differences of the unchanged spec. */
function delta(mutate: (doc: unknown) => void): { added: Difference[]; removed: Difference[] } {
  const copy = structuredClone(spec);
  mutate(copy);
  const after = compareWithModel(copy, model, contractOperations);
  return {
    added: after.filter((d) => !differences.some((b) => sameDifference(b, d))),
    removed: differences.filter((b) => !after.some((d) => sameDifference(b, d))),
  };
}

describe('the comparison reports what a broken spec gets wrong', () => {
  // [what breaks, the mutation, the differences it must add, the allow-listed ones it takes away]
  const cases: Array<[string, (doc: unknown) => void, Difference[], Difference[]?]> = [
    [
      'a string maxLength',
      (doc) => void (schema(doc, 'TagKeyType')['maxLength'] = 127),
      [
        { where: 'Tag.TagKey', what: 'maxLength', model: 128, spec: 127 },
        { where: 'TagKeyList.member', what: 'maxLength', model: 128, spec: 127 },
      ],
    ],
    [
      'a dropped member',
      (doc) => void delete at(schema(doc, 'GenerateDataKeyRequest'), 'properties')['KeySpec'],
      [
        {
          where: 'GenerateDataKeyRequest.KeySpec',
          what: 'member',
          model: 'DataKeySpec',
          spec: undefined,
        },
      ],
    ],
    [
      'an extra member',
      (doc) =>
        void (at(schema(doc, 'CancelKeyDeletionResponse'), 'properties')['KeyState'] = {
          $ref: '#/components/schemas/KeyState',
        }),
      [
        {
          where: 'CancelKeyDeletionResponse.KeyState',
          what: 'member',
          model: undefined,
          spec: 'KeyState',
        },
      ],
    ],
    [
      'a dropped error example',
      (doc) => void delete errorsUnder(doc, 'GenerateDataKey', '500')['KMSInternalException'],
      [
        {
          where: 'GenerateDataKey.errors.KMSInternalException',
          what: 'error',
          model: 500,
          spec: undefined,
        },
      ],
    ],
    [
      'a server fault declared as a client error',
      (doc) => {
        errorsUnder(doc, 'Decrypt', '400')['KeyUnavailableException'] = errorsUnder(
          doc,
          'Decrypt',
          '500',
        )['KeyUnavailableException'];
        delete errorsUnder(doc, 'Decrypt', '500')['KeyUnavailableException'];
      },
      [{ where: 'Decrypt.errors.KeyUnavailableException', what: 'status', model: 500, spec: 400 }],
    ],
    [
      'a dropped required flag',
      (doc) => void (schema(doc, 'EnableKeyRequest')['required'] = []),
      [{ where: 'EnableKeyRequest.KeyId', what: 'required', model: true, spec: false }],
    ],
    [
      'a wrong X-Amz-Target',
      (doc) =>
        void (at(doc, 'components', 'parameters', 'TargetDecrypt', 'schema')['enum'] = [
          'TrentService.Encrypt',
        ]),
      [
        {
          where: 'Decrypt',
          what: 'target',
          model: 'TrentService.Decrypt',
          spec: 'TrentService.Encrypt',
        },
      ],
    ],
    [
      'a blob without base64 encoding',
      (doc) => void delete schema(doc, 'AttestationDocumentType')['contentEncoding'],
      [{ where: 'RecipientInfo.AttestationDocument', what: 'type', model: 'blob', spec: 'string' }],
    ],
    // The APIs.guru conversion's mistake (evidence `docs.apis-guru-conversion`): base64 length limited to the byte count.
    [
      'a blob maxLength equal to its byte limit',
      (doc) => void (schema(doc, 'AttestationDocumentType')['maxLength'] = 262144),
      [
        {
          where: 'RecipientInfo.AttestationDocument',
          what: 'maxLength',
          model: 349528,
          spec: 262144,
        },
      ],
    ],
    [
      'a blob byte limit',
      (doc) => void (schema(doc, 'AttestationDocumentType')['x-maxBytes'] = 4096),
      [
        {
          where: 'RecipientInfo.AttestationDocument',
          what: 'x-maxBytes',
          model: 262144,
          spec: 4096,
        },
      ],
    ],
    // format: byte breaks Prism's dynamic mode (Prism's dynamic mode, stoplightio/prism), and the model implies no format.
    [
      'format: byte on a blob',
      (doc) => void (schema(doc, 'AttestationDocumentType')['format'] = 'byte'),
      [
        {
          where: 'RecipientInfo.AttestationDocument',
          what: 'format',
          model: undefined,
          spec: 'byte',
        },
      ],
    ],
    [
      'a missing enum value',
      (doc) => void (schema(doc, 'DataKeySpec')['enum'] = ['AES_256']),
      [
        {
          where: 'GenerateDataKeyRequest.KeySpec',
          what: 'enum',
          model: ['AES_128', 'AES_256'],
          spec: ['AES_256'],
        },
        {
          where: 'GenerateDataKeyWithoutPlaintextRequest.KeySpec',
          what: 'enum',
          model: ['AES_128', 'AES_256'],
          spec: ['AES_256'],
        },
      ],
    ],
    // Three levels down: DescribeKeyResponse > KeyMetadata > MultiRegionConfiguration > MultiRegionKeyList > MultiRegionKey.
    [
      'a pattern deep inside KeyMetadata',
      (doc) => void (schema(doc, 'RegionType')['pattern'] = '^[a-z0-9-]+$'),
      [
        {
          where: 'MultiRegionKey.Region',
          what: 'pattern',
          model: '^([a-z]+-){2,3}\\d+$',
          spec: '^[a-z0-9-]+$',
        },
        {
          where: 'ReplicateKeyRequest.ReplicaRegion',
          what: 'pattern',
          model: '^([a-z]+-){2,3}\\d+$',
          spec: '^[a-z0-9-]+$',
        },
        {
          where: 'UpdatePrimaryRegionRequest.PrimaryRegion',
          what: 'pattern',
          model: '^([a-z]+-){2,3}\\d+$',
          spec: '^[a-z0-9-]+$',
        },
      ],
    ],
    [
      'a list item count',
      (doc) => void (schema(doc, 'GrantTokenList')['maxItems'] = 11),
      [
        { where: 'GenerateDataKeyRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        {
          where: 'GenerateDataKeyWithoutPlaintextRequest.GrantTokens',
          what: 'maxItems',
          model: 10,
          spec: 11,
        },
        { where: 'DecryptRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'EncryptRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'ReEncryptRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'DescribeKeyRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'GetPublicKeyRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'SignRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'VerifyRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'GenerateMacRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'VerifyMacRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'GenerateDataKeyPairRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        {
          where: 'GenerateDataKeyPairWithoutPlaintextRequest.GrantTokens',
          what: 'maxItems',
          model: 10,
          spec: 11,
        },
        { where: 'DeriveSharedSecretRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
        { where: 'CreateGrantRequest.GrantTokens', what: 'maxItems', model: 10, spec: 11 },
      ],
    ],
    [
      'a map value type',
      (doc) => void (schema(doc, 'EncryptionContextValue')['type'] = 'integer'),
      [{ where: 'EncryptionContextType.value', what: 'type', model: 'string', spec: 'integer' }],
    ],
    [
      'a timestamp as a date-time string',
      (doc) => void Object.assign(schema(doc, 'DateType'), { type: 'string', format: 'date-time' }),
      [
        { where: 'KeyMetadata.CreationDate', what: 'type', model: 'timestamp', spec: 'string' },
        { where: 'KeyMetadata.DeletionDate', what: 'type', model: 'timestamp', spec: 'string' },
        { where: 'KeyMetadata.ValidTo', what: 'type', model: 'timestamp', spec: 'string' },
        {
          where: 'ScheduleKeyDeletionResponse.DeletionDate',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        ...[
          'GetKeyRotationStatusResponse.NextRotationDate',
          'GetKeyRotationStatusResponse.OnDemandRotationStartDate',
          'RotationsListEntry.ValidTo',
          'RotationsListEntry.RotationDate',
        ].map((where) => ({ where, what: 'type' as const, model: 'timestamp', spec: 'string' })),
        { where: 'AliasListEntry.CreationDate', what: 'type', model: 'timestamp', spec: 'string' },
        {
          where: 'AliasListEntry.LastUpdatedDate',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        {
          where: 'CustomKeyStoresListEntry.CreationDate',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        { where: 'KeyLastUsageData.Timestamp', what: 'type', model: 'timestamp', spec: 'string' },
        {
          where: 'GetKeyLastUsageResponse.TrackingStartDate',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        {
          where: 'GetKeyLastUsageResponse.KeyCreationDate',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        {
          where: 'GetParametersForImportResponse.ParametersValidTo',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        {
          where: 'ImportKeyMaterialRequest.ValidTo',
          what: 'type',
          model: 'timestamp',
          spec: 'string',
        },
        { where: 'GrantListEntry.CreationDate', what: 'type', model: 'timestamp', spec: 'string' },
      ],
    ],
    [
      'a member pointing at another schema',
      (doc) =>
        void (at(schema(doc, 'EncryptResponse'), 'properties')['KeyId'] = {
          $ref: '#/components/schemas/ArnType',
        }),
      [
        { where: 'EncryptResponse.KeyId', what: 'shape', model: 'KeyIdType', spec: 'ArnType' },
        { where: 'EncryptResponse.KeyId', what: 'minLength', model: 1, spec: 20 },
      ],
    ],
    [
      'lost sensitivity',
      (doc) => void delete schema(doc, 'PlaintextType')['x-sensitive'],
      [
        { where: 'GenerateDataKeyResponse.Plaintext', what: 'sensitive', model: true, spec: false },
        { where: 'DecryptResponse.Plaintext', what: 'sensitive', model: true, spec: false },
        { where: 'EncryptRequest.Plaintext', what: 'sensitive', model: true, spec: false },
        { where: 'GenerateRandomResponse.Plaintext', what: 'sensitive', model: true, spec: false },
        { where: 'SignRequest.Message', what: 'sensitive', model: true, spec: false },
        { where: 'VerifyRequest.Message', what: 'sensitive', model: true, spec: false },
        { where: 'GenerateMacRequest.Message', what: 'sensitive', model: true, spec: false },
        { where: 'VerifyMacRequest.Message', what: 'sensitive', model: true, spec: false },
        {
          where: 'GenerateDataKeyPairResponse.PrivateKeyPlaintext',
          what: 'sensitive',
          model: true,
          spec: false,
        },
        {
          where: 'DeriveSharedSecretResponse.SharedSecret',
          what: 'sensitive',
          model: true,
          spec: false,
        },
        {
          where: 'GetParametersForImportResponse.PublicKey',
          what: 'sensitive',
          model: true,
          spec: false,
        },
      ],
    ],
    [
      'lost deprecation',
      (doc) => void delete schema(doc, 'CustomerMasterKeySpec')['deprecated'],
      [
        {
          where: 'CreateKeyRequest.CustomerMasterKeySpec',
          what: 'deprecated',
          model: true,
          spec: false,
        },
        {
          where: 'KeyMetadata.CustomerMasterKeySpec',
          what: 'deprecated',
          model: true,
          spec: false,
        },
        {
          where: 'GetPublicKeyResponse.CustomerMasterKeySpec',
          what: 'deprecated',
          model: true,
          spec: false,
        },
      ],
    ],
    [
      'a member-level override',
      (doc) => void (at(schema(doc, 'ListAliasesRequest'), 'properties', 'Limit')['maximum'] = 100),
      [{ where: 'ListAliasesRequest.Limit', what: 'maximum', model: 1000, spec: 100 }],
    ],
    [
      'an output where the model has none',
      (doc) =>
        void (at(responses(doc, 'EnableKey'), '200')['content'] = {
          'application/x-amz-json-1.1': {
            schema: { $ref: '#/components/schemas/EnableKeyRequest' },
          },
        }),
      [{ where: 'EnableKey', what: 'output', model: undefined, spec: 'EnableKeyRequest' }],
    ],
    [
      'a deprecated operation',
      (doc) =>
        void (at(doc, 'paths', '/#X-Amz-Target=TrentService.ListKeys', 'post')['deprecated'] =
          true),
      [{ where: 'ListKeys', what: 'deprecated', model: false, spec: true }],
    ],
    [
      'a dropped operation',
      (doc) => void delete at(doc, 'paths')['/#X-Amz-Target=TrentService.DeleteAlias'],
      [{ where: 'DeleteAlias', what: 'operation', model: 'DeleteAlias', spec: undefined }],
      modelDeviations
        .filter((d) => d.where.startsWith('DeleteAlias.'))
        .map(({ where, what, model, spec }) => ({ where, what, model, spec })),
    ],
  ];

  it.each(cases)('%s', (_name, mutate, wantAdded, wantRemoved = []) => {
    const { added, removed } = delta(mutate);
    expect(added.map(formatDifference)).toEqual(wantAdded.map(formatDifference));
    expect(added).toEqual(wantAdded);
    expect(removed.map(formatDifference)).toEqual(wantRemoved.map(formatDifference));
  });

  it('prints a difference on one readable line', () => {
    expect(
      formatDifference({
        where: 'GenerateDataKeyRequest.NumberOfBytes',
        what: 'maximum',
        model: 1024,
        spec: 1000,
      }),
    ).toBe('GenerateDataKeyRequest.NumberOfBytes: maximum model=1024 spec=1000');
  });

  // A deviation the spec no longer makes must leave the allow-list: the stale entry is reported.
  const stale: Array<[string, (doc: unknown) => void, string]> = [
    [
      'GenerateRandom NumberOfBytes optional again',
      (doc) => void (schema(doc, 'GenerateRandomRequest')['required'] = []),
      'GenerateRandomRequest.NumberOfBytes: required model=false spec=true',
    ],
    [
      'a framework error missing from one operation',
      (doc) => void delete errorsUnder(doc, 'ListKeys', '400')['ThrottlingException'],
      'ListKeys.errors.ThrottlingException: error model=(absent) spec=400',
    ],
  ];
  it.each(stale)('reports a stale deviation: %s', (_name, mutate, want) => {
    const copy = structuredClone(spec);
    mutate(copy);
    const { unexplained, unused } = applyDeviations(
      compareWithModel(copy, model, contractOperations),
      modelDeviations,
    );
    expect(unexplained).toEqual([]);
    expect(unused.map(formatDifference)).toEqual([want]);
  });
});
