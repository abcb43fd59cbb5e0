import type { Reporter } from '../runner.js';
import { consoleReporter } from './console.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';

/** The `--report` names and the file each writes under `--out`. */
export const REPORT_FORMATS = {
  console: 'progress and a summary on standard output',
  json: 'conformance.json (schema: docs/report-json.md)',
  junit: 'conformance.junit.xml (one testsuite per area)',
  html: 'conformance.html (one self-contained page)',
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

/** Reporters by `--report` name; files go under `out`. A name given twice makes one reporter. */
export function reportersFor(formats: readonly string[], out: string): Reporter[] {
  return [...new Set(formats)].map((format) => {
    switch (format) {
      case 'console':
        return consoleReporter();
      case 'json':
        return jsonReporter(out);
      case 'junit':
        return junitReporter(out);
      case 'html':
        return htmlReporter(out);
      default:
        throw new Error(
          `unknown report format: ${format} (known: ${Object.keys(REPORT_FORMATS).join(', ')})`,
        );
    }
  });
}

export { consoleReporter, htmlReporter, jsonReporter, junitReporter };
