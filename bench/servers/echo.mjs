// The other end of bench/switch-cost.mjs's round trips: answers every message at once.
process.on('message', (message) => process.send?.(message));
