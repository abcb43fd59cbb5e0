// The floor of any Node KMS mock that does real cryptography: node:http answering GenerateDataKey
// with a data key really sealed (bench/servers/data-key-reply.mjs).
import http from 'node:http';
import { dataKeyReply } from './data-key-reply.mjs';

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = dataKeyReply(Buffer.concat(chunks));
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
