// The ceiling: node:http answering a fixed GenerateDataKey-shaped body, no parsing, no crypto.
import http from 'node:http';

const body = JSON.stringify({
  CiphertextBlob: Buffer.alloc(120, 1).toString('base64'),
  Plaintext: Buffer.alloc(32, 2).toString('base64'),
  KeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  KeyMaterialId: 'a'.repeat(64),
});
const length = Buffer.byteLength(body);
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-RequestId': crypto.randomUUID(),
      'content-length': length,
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () =>
  process.send?.({ url: `http://127.0.0.1:${server.address().port}` }),
);
