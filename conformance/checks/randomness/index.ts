import byteFrequency from './byte-frequency.js';
import monobit from './monobit.js';
import noRepeats from './no-repeats.js';

export const randomnessChecks = [noRepeats, byteFrequency, monobit];
