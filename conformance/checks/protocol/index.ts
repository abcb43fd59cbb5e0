import unknownTarget from './unknown-target.js';

export const protocolChecks = [unknownTarget];
