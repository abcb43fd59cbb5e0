import { kmsError } from '../errors/index.js';

/**
 * ListKeys / ListAliases paging: the marker is the opaque base64 of the next item's position.
 * NextMarker is present only when Truncated is true (evidence `docs.list-keys`).
 */
export function page<T>(
  items: readonly T[],
  limit: number | undefined,
  marker: string | undefined,
  defaultLimit: number,
): { items: T[]; truncated: boolean; nextMarker?: string } {
  let start = 0;
  if (marker !== undefined) {
    const text = decodeMarker(marker);
    const decoded = text?.startsWith('p:') ? Number(text.slice(2)) : NaN;
    if (!Number.isInteger(decoded) || decoded < 0)
      throw kmsError('InvalidMarkerException', 'Marker is invalid.');
    start = decoded;
  }
  const end = start + (limit ?? defaultLimit);
  const truncated = end < items.length;
  return {
    items: items.slice(start, end),
    truncated,
    ...(truncated ? { nextMarker: btoa(`p:${end}`) } : {}),
  };
}

/** The marker's text, or undefined when it is not base64 at all (atob throws on a bad length). */
function decodeMarker(marker: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(marker)) return undefined;
  try {
    return atob(marker);
  } catch {
    return undefined;
  }
}
