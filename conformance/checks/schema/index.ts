import createKeyResponse from './create-key-response.js';
import decryptResponse from './decrypt-response.js';
import describeKeyResponse from './describe-key-response.js';
import encryptResponse from './encrypt-response.js';
import errorBody from './error-body.js';
import generateDataKeyResponse from './generate-data-key-response.js';
import generateDataKeyWithoutPlaintextResponse from './generate-data-key-without-plaintext-response.js';
import generateRandomResponse from './generate-random-response.js';
import listAliasesResponse from './list-aliases-response.js';
import listKeysResponse from './list-keys-response.js';
import noOutputReplies from './no-output-replies.js';
import reEncryptResponse from './re-encrypt-response.js';

export const schemaChecks = [
  generateDataKeyResponse,
  generateDataKeyWithoutPlaintextResponse,
  decryptResponse,
  encryptResponse,
  reEncryptResponse,
  generateRandomResponse,
  describeKeyResponse,
  listKeysResponse,
  listAliasesResponse,
  createKeyResponse,
  noOutputReplies,
  errorBody,
];
