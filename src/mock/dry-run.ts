import { kmsError } from '../errors/index.js';

/**
 * DryRun answers DryRunOperationException only once every other check has passed, so it is called
 * right before the operation's effect (evidence `docs.generate-data-key`: "if it would fail, the real error comes back").
 */
export function stopIfDryRun(input: { DryRun?: boolean | undefined }): void {
  if (input.DryRun === true) {
    throw kmsError(
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
  }
}
