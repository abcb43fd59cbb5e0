import type { Check } from '../../types.js';

export const messagesChecks: Check[] = [];
