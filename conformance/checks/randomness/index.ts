import type { Check } from '../../types.js';

export const randomnessChecks: Check[] = [];
