import imported from './imported-material.js';
import listPaging from './list-paging.js';
import newCiphertext from './new-ciphertext.js';
import oldCiphertext from './old-ciphertext.js';
import onDemand from './on-demand.js';
import onDemandLimit from './on-demand-limit.js';
import periodBounds from './period-bounds.js';
import refusals from './refusals.js';
import statusRoundTrip from './status-round-trip.js';

export const rotationChecks = [
  statusRoundTrip,
  periodBounds,
  onDemand,
  oldCiphertext,
  newCiphertext,
  listPaging,
  refusals,
  imported,
  onDemandLimit,
];
