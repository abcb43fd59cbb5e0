import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Below this many bytes a secret's spelling could turn up in unrelated text by chance. */
const MIN_SECRET_BYTES = 12;

/**
 * Secret byte strings (data keys, plaintexts, key material) and every spelling they could leak
 * in: base64 as sent, canonical base64, base64url, hex in both cases.
 */
export class Secrets {
  private readonly needles = new Map<string, string>();

  /** Adds the secret whose base64 is `text`; short ones are skipped (see MIN_SECRET_BYTES). */
  addBase64(text: string, label: string): void {
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length < MIN_SECRET_BYTES) return;
    const hex = bytes.toString('hex');
    this.needles.set(text, label);
    this.needles.set(bytes.toString('base64'), label);
    this.needles.set(bytes.toString('base64url'), `${label} (base64url)`);
    this.needles.set(hex, `${label} (hex)`);
    this.needles.set(hex.toUpperCase(), `${label} (HEX)`);
  }

  /** Adds a secret that is text already (an access key's secret). */
  addText(text: string, label: string): void {
    this.needles.set(text, label);
  }

  /** How many spellings are held. */
  get size(): number {
    return this.needles.size;
  }

  /** Each secret spelling found in `text`, as `label in where`. */
  findIn(text: string, where: string): string[] {
    const found: string[] = [];
    for (const [needle, label] of this.needles) {
      if (text.includes(needle)) found.push(`${label} in ${where}`);
    }
    return found;
  }
}

export interface Exchange {
  readonly target: string;
  readonly status: number;
  readonly request: Buffer;
  readonly response: Buffer;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);

/**
 * An HTTP proxy on 127.0.0.1 in front of `target` that hands every exchange to `record`, so a
 * test sees each plaintext that crossed the wire without the client under test telling it.
 */
export async function startRecordingProxy(
  target: string,
  record: (exchange: Exchange) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const reply = await new Promise<IncomingMessage>((resolve, reject) => {
        const forward = request({
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        });
        forward.on('response', resolve).on('error', reject);
        forward.end(body);
      });
      const replyBody = await readAll(reply);
      record({
        target: String(req.headers['x-amz-target'] ?? ''),
        status: reply.statusCode ?? 0,
        request: body,
        response: replyBody,
      });
      const headers = Object.fromEntries(
        Object.entries(reply.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
      );
      res.writeHead(reply.statusCode ?? 502, { ...headers, 'content-length': replyBody.length });
      res.end(replyBody);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Every string value of a member named `Plaintext` anywhere in a JSON body. */
export function plaintextsIn(body: Buffer): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  const found: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || typeof node !== 'object' || node === null) return;
    for (const [key, member] of Object.entries(node)) {
      if (key === 'Plaintext' && typeof member === 'string') found.push(member);
      else visit(member, depth + 1);
    }
  };
  visit(value, 0);
  return found;
}
