/** SigV4 dates: `X-Amz-Date` is ISO 8601 basic format, `yyyyMMdd'T'HHmmss'Z'`. */

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** The instant an `X-Amz-Date` value names, or undefined if malformed or not a real date. */
export function parseAmzDate(text: string): Date | undefined {
  const match = AMZ_DATE.exec(text);
  if (match === null) return undefined;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 20150231 over into March; a round trip rejects such non-dates.
  return formatAmzDate(date) === text ? date : undefined;
}

/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * The refusal for a request signed too far from `now`, in AWS's wording, or undefined when within
 * `maxSkewMs` (AWS allows 15 minutes either way).
 */
export function skewMessage(signed: Date, now: Date, maxSkewMs: number): string | undefined {
  const minutes = `${Math.round(maxSkewMs / 60_000)} min.`;
  const signedText = formatAmzDate(signed);
  const nowText = formatAmzDate(now);
  if (signed.getTime() < now.getTime() - maxSkewMs) {
    const limit = formatAmzDate(new Date(now.getTime() - maxSkewMs));
    return `Signature expired: ${signedText} is now earlier than ${limit} (${nowText} - ${minutes})`;
  }
  if (signed.getTime() > now.getTime() + maxSkewMs) {
    const limit = formatAmzDate(new Date(now.getTime() + maxSkewMs));
    return `Signature not yet current: ${signedText} is still later than ${limit} (${nowText} + ${minutes})`;
  }
  return undefined;
}
