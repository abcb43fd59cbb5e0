import type { OperationName } from '../../generated/operations.js';
import type { components } from '../../generated/types.js';
import type { KmsInput, KmsOutput } from '../codec/index.js';
import type { Credentials } from './sign.js';

type Schemas = components['schemas'];

/**
 * Exactly one of `KeySpec` and `NumberOfBytes`: KMS refuses both and neither (evidence `docs.generate-data-key`), a rule
 * JSON Schema does not state, so the spec's types allow all four combinations.
 */
export type DataKeyLength =
  | { readonly KeySpec: Schemas['DataKeySpec']; readonly NumberOfBytes?: never }
  | { readonly NumberOfBytes: Schemas['NumberOfBytesType']; readonly KeySpec?: never };

type WithDataKeyLength<T> = Omit<T, 'KeySpec' | 'NumberOfBytes'> & DataKeyLength;

/**
 * What a client method takes: the operation's request members (AWS names, blobs as `Uint8Array`),
 * with `KeySpec`/`NumberOfBytes` mutually exclusive for the data key operations.
 */
export type KmsClientInput<Op extends OperationName> = Op extends
  'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext'
  ? WithDataKeyLength<KmsInput<Op>>
  : KmsInput<Op>;

export interface KmsCallOptions {
  /** Aborts the request, as for `fetch`. */
  readonly signal?: AbortSignal;
}

/** Credentials, or a function that returns them (called once per request, e.g. to refresh them). */
export type CredentialSource = Credentials | (() => Credentials | Promise<Credentials>);

/** True when every member of T is optional, so a call may leave the input out. */
type AllOptional<T> = Partial<T> extends T ? true : false;

/** One method per operation, with the AWS SDK's spelling (`generateDataKey`). */
export type KmsClientMethods = {
  readonly [Op in OperationName as Uncapitalize<Op>]: AllOptional<KmsClientInput<Op>> extends true
    ? (input?: KmsClientInput<Op>, options?: KmsCallOptions) => Promise<KmsOutput<Op>>
    : (input: KmsClientInput<Op>, options?: KmsCallOptions) => Promise<KmsOutput<Op>>;
};

export interface KmsClient extends KmsClientMethods {
  /** The URL every request goes to. */
  readonly endpoint: string;
  /** The region requests are signed for. */
  readonly region: string;
  /** Calls an operation by name; the methods are this, spelled per operation. */
  send<Op extends OperationName>(
    operation: Op,
    input: KmsClientInput<Op>,
    options?: KmsCallOptions,
  ): Promise<KmsOutput<Op>>;
}

export interface KmsClientOptions {
  /** The region: it names the default endpoint and scopes the signature. */
  readonly region: string;
  readonly credentials: CredentialSource;
  /** Another endpoint than the region's (a local mock, a proxy, a VPC endpoint). */
  readonly endpoint?: string | URL;
  /** Default: the global `fetch`, looked up per request (so MSW and other interceptors see it). */
  readonly fetch?: (input: URL, init: RequestInit) => Promise<Response>;
}
