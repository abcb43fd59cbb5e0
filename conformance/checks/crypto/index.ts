import decryptRoundTrip from './decrypt-round-trip.js';
import encryptRoundTrip from './encrypt-round-trip.js';
import keyIdForms from './key-id-forms.js';
import keySpecLength from './key-spec-length.js';
import numberOfBytesLength from './number-of-bytes-length.js';
import reEncryptRoundTrip from './re-encrypt-round-trip.js';
import roundTripWithContext from './round-trip-with-context.js';
import withoutPlaintextRoundTrip from './without-plaintext-round-trip.js';

export const cryptoChecks = [
  decryptRoundTrip,
  roundTripWithContext,
  keyIdForms,
  withoutPlaintextRoundTrip,
  encryptRoundTrip,
  reEncryptRoundTrip,
  keySpecLength,
  numberOfBytesLength,
];
