import { brokenTargets, type BrokenTargetName } from './broken/import.js';
import { proveArea } from './area-proofs.js';

/** [broken target, exactly the import checks that must fail there]; every other one passes. */
const CATALOGUE: ReadonlyArray<[BrokenTargetName, string[]]> = [
  ['token-unchecked', ['import.wrong-token']],
  ['wrapping-unchecked', ['import.wrong-wrapping']],
  // Nothing is imported, so nothing works; and every refusal it should give is a success.
  [
    'import-does-nothing',
    [
      'import.aes-key-wrap',
      'import.delete-material',
      'import.round-trip',
      'import.valid-to-required',
      'import.wrong-token',
      'import.wrong-wrapping',
    ],
  ],
  ['delete-does-nothing', ['import.delete-material']],
  ['expiry-defaults-to-never', ['import.valid-to-required']],
  ['any-origin', ['import.origin-external']],
  ['public-key-mismatch', ['import.aes-key-wrap', 'import.delete-material', 'import.round-trip']],
  ['aes-key-wrap-ignored', ['import.aes-key-wrap']],
];

proveArea('import', CATALOGUE, brokenTargets);
