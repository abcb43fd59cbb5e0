/**
 * The four ways a request names a key (evidence `docs.key-id-forms`): key id, key ARN, alias name, alias ARN.
 * Parsing is pure; whether the key exists is decided by resolve-key.ts.
 */
export type KeyReference =
  | { kind: 'key-id'; keyId: string }
  | { kind: 'key-arn'; keyId: string; partition: string; region: string; account: string }
  | { kind: 'alias'; aliasName: string }
  | { kind: 'alias-arn'; aliasName: string; partition: string; region: string; account: string }
  | { kind: 'invalid' };

const KEY_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const ALIAS = /^alias\/[a-zA-Z0-9:/_-]+$/;
const ARN = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/;

export function isKeyId(value: string): boolean {
  return KEY_ID.test(value);
}

export function parseKeyReference(value: string): KeyReference {
  if (KEY_ID.test(value)) return { kind: 'key-id', keyId: value };
  if (ALIAS.test(value)) return { kind: 'alias', aliasName: value };
  const arn = ARN.exec(value);
  if (!arn) return { kind: 'invalid' };
  const [, partition = '', region = '', account = '', resource = ''] = arn;
  if (resource.startsWith('key/')) {
    const keyId = resource.slice(4);
    return KEY_ID.test(keyId)
      ? { kind: 'key-arn', keyId, partition, region, account }
      : { kind: 'invalid' };
  }
  return ALIAS.test(resource)
    ? { kind: 'alias-arn', aliasName: resource, partition, region, account }
    : { kind: 'invalid' };
}
