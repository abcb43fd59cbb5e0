// The README's AWS CLI example and boto3, run for real against `kms-contract serve`'s library entry
// point. Both are Python tools: skipped, with the reason, on a machine without them. The server runs
// in this process, so the tools run asynchronously (a synchronous spawn would block its replies).
const run = promisify(execFile);
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'AKIDTEST',
  AWS_SECRET_ACCESS_KEY: 'test-secret',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
};
const hasAwsCli = spawnSync('aws', ['--version'], { env }).status === 0;
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], { env }).status === 0;

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
const written: string[] = [];
afterAll(async () => {
  for (const path of written) rmSync(path, { force: true });
  await server.close();
});

async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    'aws',
    ['--endpoint-url', server.url, '--output', 'json', 'kms', ...args],
    { env, timeout: 60_000 },
  );
  return stdout.trim() === '' ? undefined : JSON.parse(stdout);
}

describe.skipIf(!hasAwsCli)('the AWS CLI (README example)', () => {
  it('creates a key and an alias and generates a data key that decrypts', async () => {
    const created = (await aws('create-key')) as { KeyMetadata: { KeyId: string; Arn: string } };
    await aws(
      'create-alias',
      '--alias-name',
      'alias/cli',
      '--target-key-id',
      created.KeyMetadata.KeyId,
    );
    const made = (await aws(
      'generate-data-key',
      '--key-id',
      'alias/cli',
      '--key-spec',
      'AES_256',
      '--encryption-context',
      'app=cli',
    )) as { KeyId: string; Plaintext: string; CiphertextBlob: string };
    expect(made.KeyId).toBe(created.KeyMetadata.Arn);
    expect(Buffer.from(made.Plaintext, 'base64')).toHaveLength(32);
    const opened = (await aws(
      'decrypt',
      '--ciphertext-blob',
      `fileb://${writeBlob(made.CiphertextBlob)}`,
      '--encryption-context',
      'app=cli',
    )) as { Plaintext: string };
    expect(opened.Plaintext).toBe(made.Plaintext);
  });
});

describe.skipIf(!hasBoto3)('boto3', () => {
  it('round-trips a data key and gets modelled exceptions', async () => {
    const script = `
import boto3, json, sys
c = boto3.client('kms', endpoint_url=sys.argv[1], region_name='us-east-1')
key = c.create_key()['KeyMetadata']['KeyId']
made = c.generate_data_key(KeyId=key, NumberOfBytes=48, EncryptionContext={'k': 'v'})
opened = c.decrypt(CiphertextBlob=made['CiphertextBlob'], EncryptionContext={'k': 'v'})
out = {'same': opened['Plaintext'] == made['Plaintext'], 'length': len(made['Plaintext'])}
try:
    c.decrypt(CiphertextBlob=made['CiphertextBlob'], EncryptionContext={'k': 'w'})
except c.exceptions.InvalidCiphertextException:
    out['wrongContext'] = 'InvalidCiphertextException'
c.disable_key(KeyId=key)
try:
    c.encrypt(KeyId=key, Plaintext=b'x')
except c.exceptions.DisabledException:
    out['disabled'] = 'DisabledException'
print(json.dumps(out))
`;
    const { stdout } = await run('python3', ['-c', script, server.url], { env, timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual({
      same: true,
      length: 48,
      wrongContext: 'InvalidCiphertextException',
      disabled: 'DisabledException',
    });
  });
});

function writeBlob(base64: string): string {
  const path = `${tmpdir()}/kms-contract-blob-${process.pid}-${Date.now()}.bin`;
  writeFileSync(path, Buffer.from(base64, 'base64'));
  written.push(path);
  return path;
}
