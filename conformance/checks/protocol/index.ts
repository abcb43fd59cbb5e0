import arrayBody from './array-body.js';
import contentType from './content-type.js';
import emptyBody from './empty-body.js';
import errorType from './error-type.js';
import frameworkErrorNames from './framework-error-names.js';
import malformedJson from './malformed-json.js';
import missingTarget from './missing-target.js';
import requestId from './request-id.js';
import successStatus from './success-status.js';
import unknownTarget from './unknown-target.js';

export const protocolChecks = [
  successStatus,
  contentType,
  requestId,
  errorType,
  unknownTarget,
  missingTarget,
  malformedJson,
  arrayBody,
  emptyBody,
  frameworkErrorNames,
];
