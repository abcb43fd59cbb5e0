import * as kms from '@aws-sdk/client-kms';
import { createPublicKey, diffieHellman, generateKeyPairSync, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkErrorBody,
  checkResponse,
  errorStatus,
  operations,
  type OperationName,
} from '../../src/contract/index.js';
import { errorTypeFrom } from '../../src/errors/index.js';
import { createKmsEngine } from '../../src/mock/index.js';
import { wireOperations } from '../../src/mock/wire-operations.js';
import { createWireHandler, type WireRequest } from '../../src/protocol/index.js';
import { startServer } from '../../src/server/index.js';

/** Every reply the mock sends, checked against the spec's validators: the mock cannot drift from the contract. */
const drift: string[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let client: kms.KMSClient;

beforeAll(async () => {
  const honest = createWireHandler({
    operations: wireOperations(createKmsEngine({ region: 'us-east-1' })),
  });
  server = await startServer({
    handler: async (request: WireRequest) => {
      const reply = await honest(request);
      const op = request.headers['x-amz-target']?.replace('TrentService.', '') as OperationName;
      const body: unknown = reply.body === '' ? undefined : JSON.parse(reply.body);
      if (reply.status === 200) {
        for (const issue of checkResponse(op, body))
          drift.push(`${op} 200 ${issue.path} ${issue.message}`);
      } else {
        for (const issue of checkErrorBody(body))
          drift.push(`${op} ${reply.status} ${issue.message}`);
        const type = errorTypeFrom({ body }) ?? '';
        const declared = Object.hasOwn(operations, op)
          ? (operations[op].errors as readonly string[])
          : [];
        if (Object.hasOwn(operations, op) && !declared.includes(type))
          drift.push(`${op} answered ${type}, which the spec does not declare for it`);
        const status = (errorStatus as Record<string, number>)[type];
        if (status !== undefined && status !== reply.status)
          drift.push(`${type} came with ${reply.status}, the spec says ${status}`);
      }
      if (!reply.headers['x-amzn-RequestId'] && !reply.headers['x-amzn-requestid'])
        drift.push(`${op} reply without x-amzn-RequestId`);
      return reply;
    },
  });
  client = new kms.KMSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

async function sdkError(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('the AWS SDK against the mock, every operation', () => {
  it('drives the whole key lifecycle and every crypto operation', async () => {
    const created = await client.send(new kms.CreateKeyCommand({ Description: 'sdk' }));
    const keyId = created.KeyMetadata?.KeyId ?? '';
    const arn = created.KeyMetadata?.Arn ?? '';
    const second = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    await client.send(new kms.CreateAliasCommand({ AliasName: 'alias/sdk', TargetKeyId: keyId }));

    const made = await client.send(
      new kms.GenerateDataKeyCommand({
        KeyId: 'alias/sdk',
        KeySpec: 'AES_256',
        EncryptionContext: { app: 'sdk' },
      }),
    );
    expect(made.KeyId).toBe(arn);
    expect(made.Plaintext).toHaveLength(32);
    const opened = await client.send(
      new kms.DecryptCommand({
        CiphertextBlob: made.CiphertextBlob,
        EncryptionContext: { app: 'sdk' },
      }),
    );
    expect(Buffer.from(opened.Plaintext ?? [])).toEqual(Buffer.from(made.Plaintext ?? []));
    expect(opened.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');

    const bare = await client.send(
      new kms.GenerateDataKeyWithoutPlaintextCommand({ KeyId: keyId, NumberOfBytes: 64 }),
    );
    expect(
      (await client.send(new kms.DecryptCommand({ CiphertextBlob: bare.CiphertextBlob })))
        .Plaintext,
    ).toHaveLength(64);

    const sealed = await client.send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new TextEncoder().encode('secret') }),
    );
    const moved = await client.send(
      new kms.ReEncryptCommand({ CiphertextBlob: sealed.CiphertextBlob, DestinationKeyId: second }),
    );
    expect(
      new TextDecoder().decode(
        (await client.send(new kms.DecryptCommand({ CiphertextBlob: moved.CiphertextBlob })))
          .Plaintext,
      ),
    ).toBe('secret');

    expect(
      (await client.send(new kms.GenerateRandomCommand({ NumberOfBytes: 91 }))).Plaintext,
    ).toHaveLength(91);
    expect(
      (await client.send(new kms.DescribeKeyCommand({ KeyId: 'alias/sdk' }))).KeyMetadata?.KeyId,
    ).toBe(keyId);
    expect((await client.send(new kms.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual(
      expect.arrayContaining([keyId, second]),
    );
    expect(
      (await client.send(new kms.ListAliasesCommand({ KeyId: keyId }))).Aliases?.map(
        (a) => a.AliasName,
      ),
    ).toEqual(['alias/sdk']);

    await client.send(new kms.DisableKeyCommand({ KeyId: keyId }));
    await client.send(new kms.EnableKeyCommand({ KeyId: keyId }));
    const scheduled = await client.send(
      new kms.ScheduleKeyDeletionCommand({ KeyId: second, PendingWindowInDays: 7 }),
    );
    expect(scheduled.KeyState).toBe('PendingDeletion');
    expect(scheduled.DeletionDate).toBeInstanceOf(Date);
    expect(
      (await client.send(new kms.CancelKeyDeletionCommand({ KeyId: second }))).KeyId,
    ).toContain(second);
    await client.send(new kms.DeleteAliasCommand({ AliasName: 'alias/sdk' }));
  });

  it('raises the SDK exception class named by each error row of the facts sheet', async () => {
    const key = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    const other = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId ?? '';
    const rsa =
      (
        await client.send(
          new kms.CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }),
        )
      ).KeyMetadata?.KeyId ?? '';
    const { CiphertextBlob } = await client.send(
      new kms.GenerateDataKeyCommand({
        KeyId: key,
        KeySpec: 'AES_256',
        EncryptionContext: { a: 'b' },
      }),
    );
    const rows: Array<[string, () => Promise<unknown>, new (...args: never[]) => Error, number]> = [
      [
        'unknown key',
        () =>
          client.send(
            new kms.GenerateDataKeyCommand({
              KeyId: '00000000-0000-4000-8000-000000000000',
              KeySpec: 'AES_256',
            }),
          ),
        kms.NotFoundException,
        400,
      ],
      [
        'RSA key',
        () => client.send(new kms.GenerateDataKeyCommand({ KeyId: rsa, KeySpec: 'AES_256' })),
        kms.InvalidKeyUsageException,
        400,
      ],
      [
        'wrong context',
        () =>
          client.send(new kms.DecryptCommand({ CiphertextBlob, EncryptionContext: { a: 'c' } })),
        kms.InvalidCiphertextException,
        400,
      ],
      [
        'other key',
        () =>
          client.send(
            new kms.DecryptCommand({ CiphertextBlob, EncryptionContext: { a: 'b' }, KeyId: other }),
          ),
        kms.IncorrectKeyException,
        400,
      ],
      [
        'dry run',
        () =>
          client.send(
            new kms.GenerateDataKeyCommand({ KeyId: key, KeySpec: 'AES_256', DryRun: true }),
          ),
        kms.DryRunOperationException,
        400,
      ],
      [
        'duplicate alias',
        async () => {
          await client.send(
            new kms.CreateAliasCommand({ AliasName: 'alias/dup', TargetKeyId: key }),
          );
          return client.send(
            new kms.CreateAliasCommand({ AliasName: 'alias/dup', TargetKeyId: key }),
          );
        },
        kms.AlreadyExistsException,
        400,
      ],
      [
        'bad marker',
        () => client.send(new kms.ListKeysCommand({ Marker: 'nope' })),
        kms.InvalidMarkerException,
        400,
      ],
      [
        'not pending deletion',
        () => client.send(new kms.CancelKeyDeletionCommand({ KeyId: key })),
        kms.KMSInvalidStateException,
        400,
      ],
      [
        'tag reserved',
        () => client.send(new kms.CreateKeyCommand({ Tags: [{ TagKey: 'aws:x', TagValue: '' }] })),
        kms.TagException,
        400,
      ],
    ];
    for (const [name, call, type, status] of rows) {
      const error = await sdkError(call());
      expect(error, name).toBeInstanceOf(type);
      expect((error as kms.KMSServiceException).$metadata.httpStatusCode, name).toBe(status);
    }
    await client.send(new kms.DisableKeyCommand({ KeyId: key }));
    expect(
      await sdkError(
        client.send(new kms.EncryptCommand({ KeyId: key, Plaintext: new Uint8Array([1]) })),
      ),
    ).toBeInstanceOf(kms.DisabledException);
    const validation = await sdkError(
      client.send(new kms.GenerateDataKeyCommand({ KeyId: key, NumberOfBytes: 0 })),
    );
    expect(validation.name).toBe('ValidationException');
  });

  it('signs, MACs, agrees keys and makes key pairs through the SDK, checked offline', async () => {
    const message = new TextEncoder().encode('sdk message');
    const signer = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      )
    ).KeyMetadata?.KeyId;
    const { PublicKey } = await client.send(new kms.GetPublicKeyCommand({ KeyId: signer }));
    const signed = await client.send(
      new kms.SignCommand({ KeyId: signer, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const publicKey = createPublicKey({
      key: Buffer.from(PublicKey ?? []),
      format: 'der',
      type: 'spki',
    });
    const signature = Buffer.from(signed.Signature ?? []);
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(true);
    const verified = await client.send(
      new kms.VerifyCommand({
        KeyId: signer,
        Message: message,
        Signature: signature,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    );
    expect(verified.SignatureValid).toBe(true);
    signature[8] = (signature[8] ?? 0) ^ 1;
    expect(
      await sdkError(
        client.send(
          new kms.VerifyCommand({
            KeyId: signer,
            Message: message,
            Signature: signature,
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        ),
      ),
    ).toBeInstanceOf(kms.KMSInvalidSignatureException);

    const macKey = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      )
    ).KeyMetadata?.KeyId;
    const { Mac } = await client.send(
      new kms.GenerateMacCommand({ KeyId: macKey, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    const macOk = await client.send(
      new kms.VerifyMacCommand({
        KeyId: macKey,
        Message: message,
        Mac,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
    );
    expect(macOk.MacValid).toBe(true);
    const badMac = Uint8Array.from(Mac ?? [], (b, i) => (i === 0 ? b ^ 1 : b));
    expect(
      await sdkError(
        client.send(
          new kms.VerifyMacCommand({
            KeyId: macKey,
            Message: message,
            Mac: badMac,
            MacAlgorithm: 'HMAC_SHA_256',
          }),
        ),
      ),
    ).toBeInstanceOf(kms.KMSInvalidMacException);

    const agreer = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' }),
      )
    ).KeyMetadata?.KeyId;
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const shared = await client.send(
      new kms.DeriveSharedSecretCommand({
        KeyId: agreer,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer.publicKey.export({ format: 'der', type: 'spki' }),
      }),
    );
    const agreerPublic = await client.send(new kms.GetPublicKeyCommand({ KeyId: agreer }));
    const expected = diffieHellman({
      privateKey: peer.privateKey,
      publicKey: createPublicKey({
        key: Buffer.from(agreerPublic.PublicKey ?? []),
        format: 'der',
        type: 'spki',
      }),
    });
    expect(Buffer.from(shared.SharedSecret ?? [])).toEqual(expected);

    const wrapping = (await client.send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId;
    const pair = await client.send(
      new kms.GenerateDataKeyPairCommand({ KeyId: wrapping, KeyPairSpec: 'ECC_NIST_P384' }),
    );
    const opened = await client.send(
      new kms.DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob }),
    );
    expect(opened.Plaintext).toEqual(pair.PrivateKeyPlaintext);
    const withoutPlaintext = await client.send(
      new kms.GenerateDataKeyPairWithoutPlaintextCommand({
        KeyId: wrapping,
        KeyPairSpec: 'ECC_NIST_EDWARDS25519',
      }),
    );
    expect(withoutPlaintext.PublicKey?.length).toBe(44);

    const rsa = (
      await client.send(
        new kms.CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }),
      )
    ).KeyMetadata?.KeyId;
    const sealed = await client.send(
      new kms.EncryptCommand({
        KeyId: rsa,
        Plaintext: message,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    const back = await client.send(
      new kms.DecryptCommand({
        KeyId: rsa,
        CiphertextBlob: sealed.CiphertextBlob,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(back.Plaintext).toEqual(message);
  });

  it('sent only replies the spec allows', () => {
    expect(drift).toEqual([]);
  });
});
