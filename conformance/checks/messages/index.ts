import otherRegionArn from './other-region-arn.js';
import keyMaterialId from './key-material-id.js';
import validationMemberName from './validation-member-name.js';
import disabledNamesArn from './disabled-names-arn.js';
import invalidCiphertextNoMessage from './invalid-ciphertext-no-message.js';
import notFoundNamesArn from './not-found-names-arn.js';

export const messagesChecks = [
  invalidCiphertextNoMessage,
  notFoundNamesArn,
  disabledNamesArn,
  otherRegionArn,
  keyMaterialId,
  validationMemberName,
];
