import type { Reporter } from '../runner.js';
import { consoleReporter } from './console.js';

/** Reporters by `--report` name; files go under `out`. */
export function reportersFor(formats: readonly string[], _out: string): Reporter[] {
  return formats.map((format) => {
    switch (format) {
      case 'console':
        return consoleReporter();
      default:
        throw new Error(`unknown report format: ${format}`);
    }
  });
}
