import keyPolicy from './key-policy.js';
import tagRefusals from './tag-refusals.js';
import tagReservedAnyCase from './tag-reserved-any-case.js';
import tagRoundTrip from './tag-round-trip.js';
import updateAlias from './update-alias.js';
import updateKeyDescription from './update-key-description.js';

/** Tags, descriptions, aliases and key policies: what KMS keeps about a key besides its material. */
export const metadataChecks = [
  tagRoundTrip,
  tagRefusals,
  tagReservedAnyCase,
  updateAlias,
  updateKeyDescription,
  keyPolicy,
];
