import type { OperationInput, OperationOutput } from '../../contract/index.js';
import {
  importableHmacLength,
  isAsymmetricSpec,
  isHmacKeySpec,
  keyPairFromPrivateKey,
  materialIdOf,
  unwrapKeyMaterial,
  type Bytes,
  type KeyPair,
} from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import type {
  ExpirationModel,
  KeyMaterialState,
  KeyMaterialVersion,
  KeyRecord,
} from '../../keystore/index.js';
import { fromWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { openImportToken } from '../import-token.js';
import { isReplica, replicasOf } from '../replica-keys.js';
import { resolveKey } from '../resolve-key.js';
import { assertImportable } from './import-rules.js';

type Input = OperationInput<'ImportKeyMaterial'>;

/** ValidTo may be at most 365 days ahead (model: `ImportKeyMaterialRequest.ValidTo`). */
const MAX_VALID_DAYS = 365;

/**
 * ExpirationModel defaults to KEY_MATERIAL_EXPIRES, which needs a ValidTo (recorded:
 * `TestKMS::test_import_key_symmetric`, import-expiring-key-without-valid-to); with
 * KEY_MATERIAL_DOES_NOT_EXPIRE it must be absent, and it must lie in the next 365 days (model:
 * `ImportKeyMaterialRequest.ValidTo`, `.ExpirationModel`).
 */
function expiryOf(
  input: Input,
  now: number,
): { expirationModel: ExpirationModel; validTo?: number } {
  const expirationModel = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
  if (expirationModel === 'KEY_MATERIAL_DOES_NOT_EXPIRE') {
    if (input.ValidTo !== undefined) {
      throw kmsError(
        'ValidationException',
        'A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE',
      );
    }
    return { expirationModel };
  }
  if (input.ValidTo === undefined) {
    throw kmsError(
      'ValidationException',
      'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    );
  }
  if (input.ValidTo <= now || input.ValidTo > now + MAX_VALID_DAYS * 86_400) {
    throw kmsError(
      'ValidationException',
      `The validTo date must be in the future and at most ${MAX_VALID_DAYS} days from now.`,
    );
  }
  return { expirationModel, validTo: input.ValidTo };
}

/** ImportType, KeyMaterialId and KeyMaterialDescription are for symmetric keys only (model). */
function refuseSymmetricOnlyMembers(key: KeyRecord, input: Input): void {
  if (key.keySpec === 'SYMMETRIC_DEFAULT') return;
  const given = (['ImportType', 'KeyMaterialId', 'KeyMaterialDescription'] as const).filter(
    (name) =>
      input[name] !== undefined &&
      !(name === 'ImportType' && input.ImportType === 'EXISTING_KEY_MATERIAL'),
  );
  if (given.length > 0) {
    throw kmsError(
      'ValidationException',
      `${given.join(', ')} can be used only with symmetric encryption KMS keys.`,
    );
  }
}

const incorrect = (message: string) => kmsError('IncorrectKeyMaterialException', message);

/** The material, checked against the key spec: what `keyPair` or `macKey` or a version holds. */
async function checkedMaterial(
  key: KeyRecord,
  material: Bytes,
): Promise<{ symmetric: Bytes } | { keyPair: KeyPair } | { macKey: Bytes }> {
  const spec = key.keySpec;
  if (spec === 'SYMMETRIC_DEFAULT') {
    if (material.length !== 32) {
      throw incorrect('Symmetric key material must be 256 bits (32 bytes) long.');
    }
    return { symmetric: material };
  }
  if (isHmacKeySpec(spec)) {
    if (!importableHmacLength(spec, material.length)) {
      throw incorrect(`The key material is not of a length KMS imports for ${spec} keys.`);
    }
    return { macKey: material };
  }
  const pair = isAsymmetricSpec(spec) ? await keyPairFromPrivateKey(spec, material) : undefined;
  if (!pair) {
    throw incorrect(
      `The key material is not a DER-encoded PKCS #8 private key of key spec ${spec}.`,
    );
  }
  return { keyPair: pair };
}

/**
 * Imports key material, wrapped under the public key of a GetParametersForImport response of this
 * key, with that response's import token (model: ImportKeyMaterial). A token that is not one of
 * this key's is InvalidImportTokenException, an expired one ExpiredImportTokenException, material
 * that does not unwrap InvalidCiphertextException, material that is not of the key's spec or is
 * not the material imported before IncorrectKeyMaterialException. A key waiting for its material
 * becomes Enabled.
 *
 * Symmetric keys can hold several materials (ImportType): the first import, or NEW_KEY_MATERIAL,
 * adds one (a later one waits as PENDING_ROTATION for RotateKeyOnDemand, and only one may wait:
 * recorded `TestKMS::test_import_key_material_raises_if_there_is_already_key_material_pending`);
 * EXISTING_KEY_MATERIAL, the default after the first import, brings back deleted or expired
 * material. Asymmetric and HMAC keys take one material, and only that one again.
 */
export async function importKeyMaterial(
  ctx: MockContext,
  input: Input,
): Promise<OperationOutput<'ImportKeyMaterial'>> {
  const found = await resolveKey(ctx, input.KeyId, { allowAlias: false });
  assertImportable(ctx, found);
  const now = ctx.now();
  const expiry = expiryOf(input, now);
  refuseSymmetricOnlyMembers(found, input);
  if (input.ImportType === 'NEW_KEY_MATERIAL' && input.KeyMaterialId !== undefined) {
    throw kmsError(
      'ValidationException',
      'KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.',
    );
  }
  const parameters = found.importTokenKey
    ? await openImportToken(
        ctx.aesGcm,
        found.importTokenKey,
        found.keyId,
        fromWire(input.ImportToken),
      )
    : undefined;
  if (!parameters) {
    throw kmsError(
      'InvalidImportTokenException',
      `The import token is invalid or is associated with a different KMS key than ${keyArn(ctx.config, found.keyId)}.`,
    );
  }
  if (parameters.validTo <= now) {
    throw kmsError(
      'ExpiredImportTokenException',
      'The import token has expired. Use GetParametersForImport to get a new import token and public key.',
    );
  }
  const unwrapped = await unwrapKeyMaterial(
    parameters.algorithm,
    parameters.wrappingSpec,
    parameters.privateKey,
    fromWire(input.EncryptedKeyMaterial),
  );
  if (!unwrapped) {
    throw kmsError(
      'InvalidCiphertextException',
      `KMS could not unwrap the key material with the ${parameters.wrappingSpec} wrapping key and ${parameters.algorithm}.`,
    );
  }
  const material = await checkedMaterial(found, unwrapped);
  return ctx.exclusive(async () => {
    // The key as it is now: another import may have finished while this one unwrapped.
    const key = (await ctx.store.getKey(found.keyId)) ?? found;
    assertImportable(ctx, key);
    const primary = await primaryOf(ctx, key);
    const { record, materialId } =
      'symmetric' in material
        ? primary
          ? await importIntoReplica(ctx, key, primary, input, material.symmetric, expiry)
          : await importSymmetric(
              key,
              input,
              material.symmetric,
              expiry,
              await hasReplicas(ctx, key),
              keyArn(ctx.config, key.keyId),
            )
        : await importSingle(key, material, expiry);
    const keyState = key.keyState === 'PendingImport' && allHeld(record) ? 'Enabled' : key.keyState;
    await ctx.store.putKey({ ...record, keyState });
    if (primary) await releaseWhenEveryReplicaHolds(ctx, key, materialId);
    const until = expiry.validTo;
    if (until !== undefined) ctx.deletions.scheduled(until);
    return {
      KeyId: keyArn(ctx.config, key.keyId),
      ...(key.keySpec === 'SYMMETRIC_DEFAULT' ? { KeyMaterialId: materialId } : {}),
    };
  });
}

/** Whether the key holds every material it has had: only then is it usable (model: ImportKeyMaterial). */
function allHeld(key: KeyRecord): boolean {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT')
    return key.keyPair !== undefined || key.macKey !== undefined;
  return (key.materials ?? []).every((m) => m.material !== undefined);
}

async function importSingle(
  key: KeyRecord,
  material: { keyPair: KeyPair } | { macKey: Bytes },
  expiry: { expirationModel: ExpirationModel; validTo?: number },
): Promise<{ record: KeyRecord; materialId: string }> {
  const identity = 'keyPair' in material ? material.keyPair.publicKey : material.macKey;
  const materialId = await materialIdOf(identity);
  if (key.imported && key.imported.materialId !== materialId) {
    throw incorrect(
      `The key material is not the key material previously imported into ${key.keyId}; asymmetric and HMAC KMS keys take only the material of their first import.`,
    );
  }
  return { record: { ...key, ...material, imported: { materialId, ...expiry } }, materialId };
}

async function importSymmetric(
  key: KeyRecord,
  input: Input,
  bytes: Bytes,
  expiry: { expirationModel: ExpirationModel; validTo?: number },
  multiRegion: boolean,
  arn: string,
): Promise<{ record: KeyRecord; materialId: string }> {
  const materialId = await materialIdOf(bytes);
  const materials = key.materials ?? [];
  if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== materialId) {
    throw incorrect(`The key material does not have the key material ID ${input.KeyMaterialId}.`);
  }
  const importType =
    input.ImportType ?? (materials.length === 0 ? 'NEW_KEY_MATERIAL' : 'EXISTING_KEY_MATERIAL');
  const description =
    input.KeyMaterialDescription !== undefined ? { description: input.KeyMaterialDescription } : {};
  const known = materials.find((m) => m.materialId === materialId);
  if (importType === 'EXISTING_KEY_MATERIAL') {
    if (!known) {
      throw incorrect(
        `The key material is not key material previously imported into KMS key ${key.keyId}.`,
      );
    }
    const back: KeyMaterialVersion = {
      ...withoutExpiry(known),
      material: bytes,
      ...expiry,
      ...description,
    };
    return {
      record: { ...key, materials: materials.map((m) => (m === known ? back : m)) },
      materialId,
    };
  }
  if (known) {
    throw incorrect(
      `New key material was expected, but the key material (id: ${materialId}) is already associated with KMS key ${key.keyId}.`,
    );
  }
  const pending = materials.find((m) => isPending(m.state));
  if (pending) {
    throw kmsError(
      'KMSInvalidStateException',
      `New key material (id: ${materialId}) cannot be imported into KMS key ${arn}, because another key material (id: ${pending.materialId}) is pending rotation.`,
    );
  }
  const added: KeyMaterialVersion = {
    materialId,
    material: bytes,
    state:
      materials.length === 0
        ? 'CURRENT'
        : multiRegion
          ? 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION'
          : 'PENDING_ROTATION',
    ...expiry,
    ...description,
  };
  return { record: { ...key, materials: [...materials, added] }, materialId };
}

const isPending = (state: KeyMaterialState) =>
  state === 'PENDING_ROTATION' || state === 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION';

/** The primary key of a symmetric multi-Region replica (undefined for any other key). */
async function primaryOf(ctx: MockContext, key: KeyRecord): Promise<KeyRecord | undefined> {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT' || !isReplica(key) || !key.primaryRegion)
    return undefined;
  return ctx.inRegion(key.primaryRegion).store.getKey(key.keyId);
}

const hasReplicas = async (ctx: MockContext, key: KeyRecord) =>
  key.multiRegion && (await replicasOf(ctx, key)).length > 0;

/**
 * Imports into a multi-Region replica: only material its primary key has, as
 * EXISTING_KEY_MATERIAL (model: ImportKeyMaterial, "You cannot directly import new key material
 * into the replica Region keys"; ImportType: the replica's import type "should be
 * EXISTING_KEY_MATERIAL"). The replica lists its primary's materials in their states (material
 * the primary waits to rotate to is PENDING_ROTATION here), holding the bytes of those imported
 * into it; it is usable once it holds every material that is not pending.
 */
async function importIntoReplica(
  ctx: MockContext,
  key: KeyRecord,
  primary: KeyRecord,
  input: Input,
  bytes: Bytes,
  expiry: { expirationModel: ExpirationModel; validTo?: number },
): Promise<{ record: KeyRecord; materialId: string }> {
  const materialId = await materialIdOf(bytes);
  if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== materialId) {
    throw incorrect(`The key material does not have the key material ID ${input.KeyMaterialId}.`);
  }
  if (input.ImportType === 'NEW_KEY_MATERIAL') {
    throw kmsError(
      'UnsupportedOperationException',
      `New key material cannot be imported into the multi-Region replica key ${keyArn(ctx.config, key.keyId)}: import it into the primary key, then import the same material here as EXISTING_KEY_MATERIAL.`,
    );
  }
  const theirs = primary.materials ?? [];
  if (!theirs.some((m) => m.materialId === materialId)) {
    throw incorrect(
      `The key material is not key material of the primary key of multi-Region key ${key.keyId}.`,
    );
  }
  const mine = new Map((key.materials ?? []).map((m) => [m.materialId, m]));
  const description =
    input.KeyMaterialDescription !== undefined ? { description: input.KeyMaterialDescription } : {};
  const materials = theirs
    .filter((m) => m.materialId === materialId || !isPending(m.state) || mine.has(m.materialId))
    .map((m): KeyMaterialVersion => {
      const own = mine.get(m.materialId);
      const listed: KeyMaterialVersion = {
        ...own,
        materialId: m.materialId,
        state: isPending(m.state) ? 'PENDING_ROTATION' : m.state,
      };
      delete listed.rotationDate;
      delete listed.rotationType;
      if (m.rotationDate !== undefined && m.rotationType !== undefined) {
        listed.rotationDate = m.rotationDate;
        listed.rotationType = m.rotationType;
      }
      if (m.materialId !== materialId) return listed;
      return { ...withoutExpiry(listed), material: bytes, ...expiry, ...description };
    });
  return { record: { ...key, materials }, materialId };
}

/**
 * New material of a multi-Region primary waits as PENDING_MULTI_REGION_IMPORT_AND_ROTATION until
 * every replica holds it, then as PENDING_ROTATION (model: `RotationsListEntry.KeyMaterialState`).
 */
async function releaseWhenEveryReplicaHolds(
  ctx: MockContext,
  replica: KeyRecord,
  materialId: string,
): Promise<void> {
  if (!replica.primaryRegion) return;
  const home = ctx.inRegion(replica.primaryRegion);
  const primary = await home.store.getKey(replica.keyId);
  const waiting = primary?.materials?.find(
    (m) => m.materialId === materialId && m.state === 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION',
  );
  if (!primary || !waiting) return;
  const replicas = await replicasOf(home, primary);
  const held = replicas.every(([, copy]) =>
    copy.materials?.some((m) => m.materialId === materialId && m.material !== undefined),
  );
  if (!held) return;
  const materials = (primary.materials ?? []).map((m): KeyMaterialVersion =>
    m === waiting ? { ...m, state: 'PENDING_ROTATION' } : m,
  );
  await home.store.putKey({ ...primary, materials });
}

function withoutExpiry(m: KeyMaterialVersion): KeyMaterialVersion {
  const { expirationModel: _model, validTo: _until, ...rest } = m;
  return rest;
}
