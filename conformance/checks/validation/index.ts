import numberOfBytesBoundaries from './number-of-bytes-boundaries.js';

export const validationChecks = [numberOfBytesBoundaries];
