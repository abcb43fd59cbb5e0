import decryptRoundTrip from './decrypt-round-trip.js';

export const cryptoChecks = [decryptRoundTrip];
