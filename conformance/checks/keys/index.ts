import disabled from './disabled.js';

export const keysChecks = [disabled];
