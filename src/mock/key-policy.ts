import { kmsError } from '../errors/index.js';
import type { KeyRecord } from '../keystore/index.js';
import { partitionOf, type MockConfig } from './config.js';

/** The only key policy name KMS knows (model: `GetKeyPolicyRequest.PolicyName`). */
export const POLICY_NAME = 'default';

/**
 * The policy KMS gives a key created through the API without one: the account principal may do
 * everything, so IAM policies decide (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 * Written in the pretty-printed form GetKeyPolicy returns it in.
 */
export function defaultKeyPolicy(config: MockConfig): string {
  const root = `arn:${partitionOf(config.region)}:iam::${config.account}:root`;
  return [
    '{',
    '  "Version" : "2012-10-17",',
    '  "Id" : "key-default-1",',
    '  "Statement" : [ {',
    '    "Sid" : "Enable IAM User Permissions",',
    '    "Effect" : "Allow",',
    '    "Principal" : {',
    `      "AWS" : "${root}"`,
    '    },',
    '    "Action" : "kms:*",',
    '    "Resource" : "*"',
    '  } ]',
    '}',
  ].join('\n');
}

/** The key's policy: the one last put, else the default (records written before policies were kept have none). */
export function policyOf(config: MockConfig, key: KeyRecord): string {
  return key.policy ?? defaultKeyPolicy(config);
}

/** `default` is the one policy name; any other names a policy that does not exist. */
export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME)
    throw kmsError('NotFoundException', `No such policy exists: ${name}`);
}

/**
 * A key policy must be a JSON object (AWS docs: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html);
 * its statements are stored, not evaluated: the mock has no IAM.
 */
export function checkPolicyDocument(policy: string | undefined): void {
  if (policy === undefined) return;
  try {
    const parsed: unknown = JSON.parse(policy);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return;
  } catch {
    // fall through: not JSON
  }
  throw kmsError(
    'MalformedPolicyDocumentException',
    'The key policy is not a valid JSON policy document.',
  );
}
