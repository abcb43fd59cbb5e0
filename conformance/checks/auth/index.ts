import expiredDate from './expired-date.js';
import expiredDateMessage from './expired-date-message.js';
import tamperedBody from './tampered-body.js';
import unknownAccessKey from './unknown-access-key.js';
import unsigned from './unsigned.js';
import wrongSecret from './wrong-secret.js';

/** A profile: every check needs `auth-enforced` (--auth-enforced), since most emulators accept unsigned requests by design. */
export const authChecks = [
  unsigned,
  wrongSecret,
  tamperedBody,
  expiredDate,
  expiredDateMessage,
  unknownAccessKey,
];
