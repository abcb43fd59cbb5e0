export const USAGE = `kms-contract: the AWS KMS GenerateDataKey contract, a mock KMS, and a conformance runner

Usage:
  kms-contract conform [--endpoint URL] [--region R] [--key-id ID ...] [--checks PATTERN]
                       [--report console|json|junit|html ...] [--out DIR] [--seed N] [--budget N]
                       [--auth-enforced] [--baseline FILE] [--timeout S] [--max-time S]
                       [--max-response-bytes N] [--list]
      Check a KMS-compatible endpoint against the contract and the cryptographic properties.
      Without --endpoint, starts the built-in mock (checking SigV4) on a free port and checks it.
      Exit code: 0 every required check passed or skipped, 1 one failed, 2 the runner could not
      judge (endpoint unreachable, its credentials refused, nothing checked), with the cause.
      --list: print every check with its tier and evidence, and run nothing.
      --auth-enforced: the auth probes (run always, recommended by default) become required.
      --timeout S per request (15), --max-time S for the whole run, --max-response-bytes N (1 MiB).
      --baseline FILE: known failures (a previous --report json file, or {"knownFailures": [ids]})
      are reported but do not fail the run; baseline checks that pass again are listed.

  kms-contract serve [--port 4566] [--host 127.0.0.1] [--region us-east-1]
                     [--account 111122223333] [--data-dir DIR] [--seed FILE] [--auth none|sigv4]
                     [--credentials FILE]
      Run the mock KMS (AWS JSON 1.1, real AES-256-GCM). --auth sigv4 accepts the access key in
      AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and those in --credentials (JSON or YAML list of
      {accessKeyId, secretAccessKey}).

  kms-contract prism [--port 4010] [--host 127.0.0.1] [--dynamic]
      Serve a schema-only mock from the spec through Prism, over the AWS JSON 1.1 protocol.

  kms-contract --help | --version
`;

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
