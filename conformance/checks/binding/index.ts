import ambiguousContext from './ambiguous-context.js';

export const bindingChecks = [ambiguousContext];
