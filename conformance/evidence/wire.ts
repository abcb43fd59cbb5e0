import type { Evidence } from './types.js';

const SMITHY_JSON_1_1 = 'https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html';

/** The wire: AWS JSON 1.1, statuses, the error envelope, signing. */
export const wireEvidence = {
  'wire.json-1-1': {
    kind: 'aws-model',
    source: 'metadata.jsonVersion',
    fact: 'KMS speaks AWS JSON 1.1: every operation is POST / with X-Amz-Target TrentService.<Operation> (metadata.targetPrefix) and one JSON object as the body, members named exactly as in the model.',
  },
  'wire.content-type': {
    kind: 'aws-docs',
    source: SMITHY_JSON_1_1,
    fact: 'Requests and replies, error replies included, carry Content-Type application/x-amz-json-1.1.',
  },
  'wire.empty-input': {
    kind: 'aws-docs',
    source: SMITHY_JSON_1_1,
    fact: 'A request body is a JSON object; an operation whose input has no required member is complete as {}, and a server reads an empty body as {}.',
  },
  'wire.no-output': {
    kind: 'aws-docs',
    source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html',
    fact: 'Operations without output (EnableKey, DisableKey, CreateAlias, DeleteAlias) answer HTTP 200 with an empty body; a client also accepts {}.',
  },
  'wire.error-envelope': {
    kind: 'aws-docs',
    source: SMITHY_JSON_1_1,
    fact: 'An error reply is a 4xx or 5xx JSON object naming the error in __type (a bare shape name; clients also accept a namespace before # and a suffix after :, which they cut off) with a message member.',
  },
  'wire.success-200': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_encrypt_decrypt_encryption_context → encrypt_response',
    fact: 'A successful call is answered with HTTP 200.',
  },
  'wire.client-error-400': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_get_key_does_not_exist → describe-nonexistent-key-with-id',
    fact: 'Client errors are answered with HTTP 400, also where the model would suggest 404 or 409: NotFoundException here; DisabledException, KMSInvalidStateException and DryRunOperationException are recorded with 400 too.',
  },
  'wire.unknown-operation': {
    kind: 'inference',
    source: 'wire.json-1-1, wire.error-envelope; what other AWS JSON services send',
    fact: 'An X-Amz-Target that names no operation, or none at all, is refused as UnknownOperationException (400, or 404 as some AWS pages list it); no KMS recording shows the exact reply.',
  },
  'wire.serialization-error': {
    kind: 'inference',
    source: 'wire.json-1-1; what other AWS JSON services send',
    fact: 'A body that is not a JSON object, or a member of the wrong JSON type, is refused as SerializationException (400); no KMS recording shows it.',
  },
  'wire.request-id': {
    kind: 'inference',
    source: 'AWS service convention; the recordings keep no headers',
    fact: 'Success and error replies carry an x-amzn-RequestId header.',
  },
  'wire.sdk-accepts-empty-success': {
    kind: 'sdk',
    source:
      '@aws-sdk/client-kms 3.1164.0 answered by a loopback endpoint (every output member is optional in the model)',
    fact: 'The AWS SDK accepts an empty 200 and hands back undefined members, so a reply must be judged by the members a real reply carries, not by the model alone.',
  },
  'auth.sigv4': {
    kind: 'aws-docs',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html',
    fact: 'Every request to KMS is signed with Signature Version 4 (signing name kms); the signature covers the headers, the date and the payload hash, and a request that is unsigned, signed with the wrong secret or an unknown access key, altered after signing, or dated far from now is refused.',
  },
  'auth.common-errors': {
    kind: 'aws-docs',
    source: 'https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html',
    fact: 'The refusals of unauthenticated requests are client errors (400 or 403) named for the cause: MissingAuthenticationToken, IncompleteSignature, InvalidClientTokenId, RequestExpired, NotAuthorized, AccessDeniedException.',
  },
  'auth.error-names': {
    kind: 'sdk',
    source: 'https://github.com/aws/aws-encryption-sdk-java/issues/9',
    fact: 'Seen from KMS through SDKs: an unknown access key gets UnrecognizedClientException ("The security token included in the request is invalid."); AWS JSON front ends answer MissingAuthenticationTokenException for a missing signature and InvalidSignatureException for a wrong or expired one, whose message says what did not match.',
  },
  'docs.recipient': {
    kind: 'aws-docs',
    source: 'https://docs.aws.amazon.com/enclaves/latest/user/kms.html',
    fact: 'With a Recipient (a Nitro Enclaves attestation document), GenerateDataKey, Decrypt and GenerateRandom return the secret in CiphertextForRecipient, encrypted to the enclave’s public key, and no Plaintext.',
  },
  'docs.apis-guru-conversion': {
    kind: 'sdk',
    source:
      'https://github.com/APIs-guru/openapi-directory (APIs/amazonaws.com/kms/2014-11-01/openapi.yaml)',
    fact: 'The public OpenAPI conversion of KMS routes by fake paths (/#X-Amz-Target=...), uses application/json, invents per-operation error statuses and limits base64 strings by the byte count: a router or mock built from it does not match real requests.',
  },
} as const satisfies Record<string, Evidence>;
