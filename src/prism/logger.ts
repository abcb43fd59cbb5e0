import { createLogger } from '@stoplight/prism-core';

/** Levels of Prism's pino logger. Prism reports each request violation at `error`. */
export type PrismLogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const labels: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  32: 'success',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** One pino line as `prism <level>: <msg>`; a line that is not pino JSON is passed on as it is. */
function describe(line: string): string {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'msg' in entry) {
      const level =
        'level' in entry && typeof entry.level === 'number'
          ? (labels[entry.level] ?? String(entry.level))
          : 'log';
      return `prism ${level}: ${String(entry.msg)}`;
    }
  } catch {
    // not JSON: fall through
  }
  return line.trimEnd();
}

/**
 * Prism's logger, writing only to `log` (or nowhere). Prism needs a pino logger that also has
 * `.success()` (Prism calls it on every mocked response); prism-core's `createLogger` adds that level. The default
 * pino destination is stdout, which a library must not write to, hence the stream.
 */
export function createPrismLogger(
  level: PrismLogLevel,
  log?: (line: string) => void,
): ReturnType<typeof createLogger> {
  const destination = { write: (line: string) => log?.(describe(line)) };
  // The pino 6 types are not installed (prism-core's own .d.ts imports them), so createLogger's
  // option and return types resolve to `any`; the object here matches pino 6's documented options.
  return createLogger('prism', { level }, destination);
}
