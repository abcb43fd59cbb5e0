import { brokenTargets, type BrokenTargetName } from './broken/rotation.js';
import { proveArea } from './area-proofs.js';

/** [broken target, exactly the rotation checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['status-always-off', ['rotation.status-round-trip']],
  ['period-unbounded', ['rotation.period-bounds']],
  [
    'rotation-no-op',
    [
      // It also answers every refusal with success.
      'rotation.imported-material',
      'rotation.list-paging',
      'rotation.on-demand',
      'rotation.on-demand-limit',
      'rotation.refusals',
    ],
  ],
  ['old-material-dropped', ['rotation.old-ciphertext']],
  ['decrypt-names-current-material', ['rotation.old-ciphertext']],
  ['names-first-material', ['rotation.new-ciphertext']],
  ['rotations-unlisted', ['rotation.list-paging', 'rotation.on-demand']],
  ['marker-ignored', ['rotation.list-paging']],
  ['rotates-anything', ['rotation.imported-material', 'rotation.refusals']],
  ['disabled-as-invalid-state', ['rotation.refusals']],
  ['pending-import-unsupported', ['rotation.imported-material']],
  ['no-rotation-limit', ['rotation.on-demand-limit']],
];

proveArea('rotation', CATALOGUE, brokenTargets);
