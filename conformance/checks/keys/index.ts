import lifecycle from './lifecycle.js';
import paging from './paging.js';
import malformedKeyIds from './malformed-key-ids.js';
import otherRegionId from './other-region-id.js';
import metadataPerType from './metadata-per-type.js';
import stateAfterBlob from './state-after-blob.js';
import keyUsageOperations from './key-usage-operations.js';
import pendingImport from './pending-import.js';
import aliases from './aliases.js';
import createKeyTags from './create-key-tags.js';
import createKeyDuplicateTags from './create-key-duplicate-tags.js';
import disabled from './disabled.js';
import dryRun from './dry-run.js';
import dryRunWouldFail from './dry-run-would-fail.js';
import keyUsage from './key-usage.js';
import multiRegion from './multi-region.js';
import multiRegionReplica from './multi-region-replica.js';
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
  keyUsageOperations,
  malformedKeyIds,
  otherRegionId,
  metadataPerType,
  lifecycle,
  stateAfterBlob,
  pendingImport,
  paging,
  aliases,
  createKeyTags,
  createKeyDuplicateTags,
  multiRegionReplica,
];
