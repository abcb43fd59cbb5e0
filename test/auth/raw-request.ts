import type { WireRequest } from '../../src/protocol/index.js';

/**
 * Parses a test-suite `.req`/`.sreq` text into the request a server would see: lower-case header
 * names, repeated headers joined with `,`, values trimmed. A folded (obs-fold) continuation line is
 * joined with `,` as well: that is what the suite's `get-header-value-multiline` case expects
 * (`my-header1:value1,value2,value3`).
 */
export function parseRawRequest(text: string): WireRequest {
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text : text.slice(0, blank);
  const body = blank < 0 ? '' : text.slice(blank + 2);
  const [requestLine = '', ...lines] = head.split('\n');
  const method = requestLine.slice(0, requestLine.indexOf(' '));
  const path = requestLine.slice(method.length + 1, requestLine.lastIndexOf(' '));

  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''},${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value : `${previous},${value}`);
    last = name;
  }
  return {
    method,
    path,
    headers: Object.fromEntries(headers),
    body: new TextEncoder().encode(body),
  };
}
