/**
 * The AWS model's blob limits count decoded bytes, not base64 characters. `x-minBytes` /
 * `x-maxBytes` carry those limits in the spec; the generated validators enforce them with the
 * same arithmetic (scripts/generate/validators.mjs).
 */
export function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}
