import aesKeyWrap from './aes-key-wrap.js';
import deleteMaterial from './delete-material.js';
import originExternal from './origin-external.js';
import roundTrip from './round-trip.js';
import validToRequired from './valid-to-required.js';
import wrongToken from './wrong-token.js';
import wrongWrapping from './wrong-wrapping.js';

export const importChecks = [
  originExternal,
  roundTrip,
  aesKeyWrap,
  validToRequired,
  wrongToken,
  wrongWrapping,
  deleteMaterial,
];
