import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseBaseline } from '../../conformance/baseline.js';
import { allChecks } from '../../conformance/checks/index.js';
import { reportersFor } from '../../conformance/reporters/index.js';
import { runConformance } from '../../conformance/runner.js';
import type { Credentials } from '../client/sign.js';
import { startMockServer } from '../server/start-mock-server.js';
import { intOption } from './common.js';
import { UsageError } from './usage.js';

/** Credentials from the usual AWS variables; emulators accept any, so a fixed fake pair is the fallback. */
function credentials(): Credentials {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = process.env;
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey, sessionToken };
  return { accessKeyId: 'AKIDKMSCONTRACT', secretAccessKey: 'kms-contract-not-a-secret' };
}

/** `kms-contract conform`: the main job. */
export async function conform(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      endpoint: { type: 'string' },
      region: {
        type: 'string',
        default: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
      },
      'key-id': { type: 'string', multiple: true, default: [] },
      checks: { type: 'string' },
      report: { type: 'string', multiple: true, default: ['console'] },
      out: { type: 'string', default: 'reports/conformance' },
      seed: { type: 'string' },
      budget: { type: 'string' },
      'auth-enforced': { type: 'boolean', default: false },
      baseline: { type: 'string' },
    },
    strict: true,
  });
  const formats = values.report.flatMap((r) => r.split(',')).map((r) => r.trim());
  const reporters = reportersFor(formats, values.out);
  const baseline =
    values.baseline === undefined
      ? undefined
      : parseBaseline(await readFile(values.baseline, 'utf8'), values.baseline);
  if (values.endpoint !== undefined) {
    try {
      new URL(values.endpoint);
    } catch {
      throw new UsageError(`--endpoint is not a URL: ${values.endpoint}`);
    }
  }
  const creds = credentials();
  // The embedded mock enforces SigV4 when asked to be judged on it, with the runner's own key.
  const embedded =
    values.endpoint === undefined
      ? await startMockServer({
          region: values.region,
          ...(values['auth-enforced']
            ? {
                auth: 'sigv4' as const,
                credentials: [
                  { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
                ],
              }
            : {}),
        })
      : undefined;
  try {
    const summary = await runConformance({
      endpoint: values.endpoint ?? embedded?.url ?? '',
      region: values.region,
      credentials: creds,
      checks: allChecks,
      keyIds: values['key-id'],
      seed: intOption('seed', values.seed, 20261129),
      budget: intOption('budget', values.budget, 5000),
      authEnforced: values['auth-enforced'],
      ...(baseline ? { baseline } : {}),
      reporters,
      ...(values.checks !== undefined ? { pattern: values.checks } : {}),
    });
    return summary.exitCode;
  } finally {
    await embedded?.close();
  }
}
