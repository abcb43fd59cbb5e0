import expiredDate from './expired-date.js';
import errorNames from './error-names.js';
import expiredDateMessage from './expired-date-message.js';
import tamperedBody from './tampered-body.js';
import unknownAccessKey from './unknown-access-key.js';
import unsigned from './unsigned.js';
import wrongSecret from './wrong-secret.js';

/**
 * Auth probes run against every endpoint; they are required only with --auth-enforced (most
 * emulators accept unsigned requests by design, which a report shows without failing the run).
 */
export const authChecks = [
  unsigned,
  wrongSecret,
  tamperedBody,
  expiredDate,
  expiredDateMessage,
  unknownAccessKey,
  errorNames,
];
