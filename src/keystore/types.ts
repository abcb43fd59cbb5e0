/**
 * Records the mock keeps per key and alias, with AWS-shaped values (kms-facts §9 KeyMetadata).
 * ARNs are not stored: they depend on the configured partition, Region and account and are
 * computed where responses are built.
 */

/** CreateKey KeyUsage values (kms-facts §9). */
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT';

/** CreateKey Origin values (kms-facts §9). */
export type KeyOrigin = 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';

/** KeyState values (kms-facts §6); how each affects crypto operations is in kms-facts §12. */
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

/** A wire Tag, AWS spelling kept (TagKey 1..128, TagValue 0..256, kms-facts §9). */
export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface KeyRecord {
  /** Bare key id: UUID or `mrk-` + 32 hex (kms-facts §5). */
  keyId: string;
  /** Epoch seconds, fractional allowed; the wire CreationDate. */
  createdAt: number;
  description: string;
  keyUsage: KeyUsage;
  /** SYMMETRIC_DEFAULT, RSA_2048, ..., HMAC_256, ... (kms-facts §9). */
  keySpec: string;
  origin: KeyOrigin;
  keyState: KeyState;
  multiRegion: boolean;
  keyManager: KeyManager;
  /** Epoch seconds; set while PendingDeletion. */
  deletionDate?: number;
  /** 7..30 days (kms-facts §9); set while PendingDeletion. */
  pendingWindowInDays?: number;
  /** 32 bytes of AES-256 material; symmetric encryption keys only. */
  material?: Uint8Array;
  /** 64 lowercase hex, the wire CurrentKeyMaterialId / KeyMaterialId. */
  materialId?: string;
  tags?: Tag[];
}

export interface AliasRecord {
  /** `alias/...` (kms-facts §5). */
  aliasName: string;
  /** Bare key id of the target. */
  targetKeyId: string;
  /** Epoch seconds. */
  createdAt: number;
  /** Epoch seconds. */
  updatedAt: number;
}
