// `require('kms-contract/msw')`: the same check as the ESM entry, then the ESM module itself
// (require() of ES modules: Node >= 20.19). The ESM entry awaits, which require() cannot load.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry: require() is the point */
import peers = require('./peers.js');

try {
  require.resolve('msw');
} catch (error) {
  throw peers.explainMissingPeer('msw', error);
}

import msw = require('../msw/index.js');
export = msw;
