/**
 * Records the mock keeps per key and alias, with AWS-shaped values (evidence `recorded.fresh-key-metadata` KeyMetadata).
 * ARNs are not stored: they depend on the configured partition, Region and account and are
 * computed where responses are built.
 */

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
  keyManager: KeyManager;
  /** Epoch seconds; set while PendingDeletion. */
  deletionDate?: number;
  /** 7..30 days (evidence `docs.schedule-key-deletion`); set while PendingDeletion. */
  pendingWindowInDays?: number;
  /** 32 bytes of AES-256 material; symmetric encryption keys only. */
  material?: Uint8Array;
  /** 64 lowercase hex, the wire CurrentKeyMaterialId / KeyMaterialId. */
  materialId?: string;
  /** DER SubjectPublicKeyInfo and PKCS#8 private key; asymmetric keys only. */
  keyPair?: { publicKey: Uint8Array; privateKey: Uint8Array };
  /** The HMAC secret (28, 32, 48 or 64 bytes by key spec); HMAC keys only. */
  macKey?: Uint8Array;
  tags?: Tag[];
  /** The key policy document as last put; absent means KMS's default key policy. */
  policy?: string;
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
