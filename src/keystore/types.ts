/**
 * Records the mock keeps per key and alias, with AWS-shaped values (evidence `recorded.fresh-key-metadata` KeyMetadata).
 * ARNs are not stored: they depend on the configured partition, Region and account and are
 * computed where responses are built.
 */
import type { GrantRecord } from './grant-record.js';

/** CreateKey KeyUsage values (evidence `recorded.fresh-key-metadata`). */
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT';

/** CreateKey Origin values (evidence `recorded.fresh-key-metadata`). */
export type KeyOrigin = 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';

/** KeyState values (evidence `model.generate-data-key-request`); how each affects crypto operations is in evidence `docs.key-state-table`. */
export type KeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating';

export type KeyManager = 'CUSTOMER' | 'AWS';

/** A wire Tag, AWS spelling kept (TagKey 1..128, TagValue 0..256, evidence `model.create-key-request`). */
export interface Tag {
  TagKey: string;
  TagValue: string;
}

/** Key material states (the model's RotationsListEntry.KeyMaterialState). */
export type KeyMaterialState =
  'CURRENT' | 'NON_CURRENT' | 'PENDING_ROTATION' | 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION';

/** How a material became current (RotationsListEntry.RotationType). */
export type RotationType = 'AUTOMATIC' | 'ON_DEMAND';

/** Whether imported material expires (ImportKeyMaterialRequest.ExpirationModel). */
export type ExpirationModel = 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';

/**
 * One key material of a symmetric encryption key, the unit ListKeyRotations lists. The CURRENT
 * material encrypts; NON_CURRENT ones only decrypt what they sealed (the blob names its material,
 * docs/decisions/001); imported material waits as PENDING_ROTATION until RotateKeyOnDemand makes
 * it current.
 */
export interface KeyMaterialVersion {
  /** 64 lowercase hex, `materialIdOf(material)`: the wire KeyMaterialId / CurrentKeyMaterialId. */
  materialId: string;
  /** 32 bytes of AES-256 material; absent only for imported material that was deleted. */
  material?: Uint8Array;
  state: KeyMaterialState;
  /** Epoch seconds the rotation to this material completed; absent for the first material and pending ones. */
  rotationDate?: number;
  /** Set exactly when `rotationDate` is. */
  rotationType?: RotationType;
  /** Imported material (origin EXTERNAL) only: ImportKeyMaterialRequest.KeyMaterialDescription. */
  description?: string;
  /** Imported material only. */
  expirationModel?: ExpirationModel;
  /** Imported material with KEY_MATERIAL_EXPIRES only: epoch seconds. */
  validTo?: number;
}

/**
 * The imported material of an asymmetric or HMAC key of Origin EXTERNAL (its bytes are `keyPair` /
 * `macKey`): kept from the first import on, so only the same material can be imported again.
 */
export interface ImportedMaterial {
  /** `materialIdOf` the public key (asymmetric) or the HMAC secret. */
  materialId: string;
  /** Set while the material is held. */
  expirationModel?: ExpirationModel;
  /** Set while the material is held, for KEY_MATERIAL_EXPIRES: epoch seconds. */
  validTo?: number;
}

/** Automatic rotation settings of a key (EnableKeyRotation). */
export interface AutomaticRotation {
  /** 90..2560 days (RotationPeriodInDaysType), 365 unless EnableKeyRotation names one. */
  periodInDays: number;
  /** Epoch seconds of the next automatic rotation. */
  nextRotationDate: number;
}

export interface KeyRecord {
  /** Bare key id: UUID or `mrk-` + 32 hex (evidence `docs.key-id-forms`). */
  keyId: string;
  /** Epoch seconds, fractional allowed; the wire CreationDate. */
  createdAt: number;
  description: string;
  keyUsage: KeyUsage;
  /** SYMMETRIC_DEFAULT, RSA_2048, ..., HMAC_256, ... (evidence `model.create-key-request`). */
  keySpec: string;
  origin: KeyOrigin;
  keyState: KeyState;
  multiRegion: boolean;
  /**
   * Multi-Region replicas only: the Region of their primary key. Absent on a multi-Region primary
   * key (its own Region is the primary Region) and on single-Region keys.
   */
  primaryRegion?: string;
  keyManager: KeyManager;
  /** Epoch seconds; set while PendingDeletion. */
  deletionDate?: number;
  /** 7..30 days (evidence `docs.schedule-key-deletion`); set while PendingDeletion. */
  pendingWindowInDays?: number;
  /**
   * Symmetric encryption keys only: every key material the key has had, oldest first, exactly one
   * of them CURRENT. Absent for asymmetric and HMAC keys, and for an EXTERNAL key before its first
   * import. Records written before rotation had a single `material` / `materialId` pair; they load
   * as one CURRENT material (record-json.ts).
   */
  materials?: KeyMaterialVersion[];
  /** Automatic rotation, set while enabled (EnableKeyRotation); absent while disabled. */
  rotation?: AutomaticRotation;
  /** DER SubjectPublicKeyInfo and PKCS#8 private key; asymmetric keys only. */
  keyPair?: { publicKey: Uint8Array; privateKey: Uint8Array };
  /** The HMAC secret (28, 32, 48 or 64 bytes by key spec, more if imported); HMAC keys only. */
  macKey?: Uint8Array;
  /** Origin EXTERNAL: the 32-byte AES key that seals this key's import tokens (import-token.ts). */
  importTokenKey?: Uint8Array;
  /** Asymmetric and HMAC keys of Origin EXTERNAL, once material was imported. */
  imported?: ImportedMaterial;
  tags?: Tag[];
  /** The key policy document as last put; absent means KMS's default key policy. */
  policy?: string;
  /** The key's grants (CreateGrant); absent means none. */
  grants?: GrantRecord[];
}

export interface AliasRecord {
  /** `alias/...` (evidence `docs.key-id-forms`). */
  aliasName: string;
  /** Bare key id of the target. */
  targetKeyId: string;
  /** Epoch seconds. */
  createdAt: number;
  /** Epoch seconds. */
  updatedAt: number;
}
