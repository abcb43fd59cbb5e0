import { brokenTargets, type BrokenTargetName } from './broken/grants.js';
import { proveArea } from './area-proofs.js';

/** [broken target, exactly the grants checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['listed-key-id-bare', ['grants.create-list']],
  ['grant-id-filter-ignored', ['grants.create-list']],
  ['tokens-refused', ['grants.token-accepted']],
  // A made-up token and a retired grant's token are taken alike.
  ['tokens-unchecked', ['grants.malformed-token', 'grants.retired-token']],
  ['revoke-does-nothing', ['grants.revoke', 'grants.retired-token']],
  ['retire-does-nothing', ['grants.retire', 'grants.retired-token']],
  ['retire-by-id-ignored', ['grants.retire']],
  ['name-ignored', ['grants.create-list', 'grants.same-name']],
  ['retry-same-token', ['grants.same-name']],
  // Two grants made without a Name share a GrantId, so one of them cannot be told apart.
  [
    'one-grant-id',
    [
      'grants.create-list',
      'grants.retire',
      'grants.retired-token',
      'grants.revoke',
      'grants.same-name',
    ],
  ],
  ['names-span-keys', ['grants.same-name']],
  ['key-operations-unchecked', ['grants.create-refusals']],
  ['grantee-optional', ['grants.create-refusals']],
  ['unknown-key-lists-nothing', ['grants.unknown-key']],
  ['operations-unchecked', ['grants.create-refusals']],
];

proveArea('grants', CATALOGUE, brokenTargets);
