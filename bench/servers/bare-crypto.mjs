// The floor of any Node KMS mock that does real cryptography: node:http, the request's JSON parsed,
// a fresh 32-byte data key sealed with AES-256-GCM under one fixed key (node:crypto), and the
// GenerateDataKey reply built and serialised. No validation, no key lookup, no key state.
import http from 'node:http';
import { createCipheriv, randomBytes } from 'node:crypto';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const material = randomBytes(32);
const header = Buffer.from(`kc\x01${KEY_ARN}`);

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const plaintext = randomBytes(input.NumberOfBytes ?? 32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', material, iv);
    cipher.setAAD(header);
    const sealed = Buffer.concat([
      header,
      iv,
      cipher.update(plaintext),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    const body = JSON.stringify({
      CiphertextBlob: sealed.toString('base64'),
      Plaintext: plaintext.toString('base64'),
      KeyId: KEY_ARN,
    });
    res.writeHead(200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-RequestId': crypto.randomUUID(),
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () =>
  process.send?.({ url: `http://127.0.0.1:${server.address().port}` }),
);
