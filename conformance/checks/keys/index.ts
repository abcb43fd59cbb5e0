import disabled from './disabled.js';
import dryRun from './dry-run.js';
import dryRunWouldFail from './dry-run-would-fail.js';
import keyUsage from './key-usage.js';
import multiRegion from './multi-region.js';
import otherRegionArn from './other-region-arn.js';
import pendingDeletion from './pending-deletion.js';
import responseKeyId from './response-key-id.js';
import unknownAlias from './unknown-alias.js';
import unknownKey from './unknown-key.js';

export const keysChecks = [
  responseKeyId,
  disabled,
  pendingDeletion,
  keyUsage,
  unknownKey,
  unknownAlias,
  otherRegionArn,
  multiRegion,
  dryRun,
  dryRunWouldFail,
];
