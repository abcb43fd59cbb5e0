/** What a `Prefer` header asks of the mock, as the Prism CLI reads it (`code`, `example`, `dynamic`). */
export interface Preference {
  code?: number;
  example?: string;
  dynamic?: boolean;
}

/**
 * Parses `Prefer: code=400, example=NotFoundException, dynamic=true` (RFC 7240 tokens, `,` or `;`
 * separated, values optionally quoted). Unknown tokens and unusable values are ignored, as Prism does.
 */
export function parsePrefer(header: string | undefined): Preference {
  const preference: Preference = {};
  for (const token of (header ?? '').split(/[,;]/)) {
    const eq = token.indexOf('=');
    if (eq < 0) continue;
    const name = token.slice(0, eq).trim().toLowerCase();
    const value = token
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'code' && /^[1-5]\d\d$/.test(value)) preference.code = Number(value);
    else if (name === 'example' && value !== '') preference.example = value;
    else if (name === 'dynamic') preference.dynamic = value === 'true';
  }
  return preference;
}
