import generateDataKeyResponse from './generate-data-key-response.js';

export const schemaChecks = [generateDataKeyResponse];
