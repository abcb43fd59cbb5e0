import type { Evidence } from './types.js';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';

/** What KMS keeps about a key besides its material: tags, description, aliases, key policy. */
export const metadataEvidence = {
  'recorded.tag-and-untag': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_tag_existing_key_and_untag → list-resource-tags',
    fact: 'After TagResource of tag1 and tag2 on a key, ListResourceTags lists both with their values; after UntagResource of both it lists none (list-resource-tags-after-all-untagged).',
  },
  'recorded.tags-updated': {
    kind: 'recorded-aws',
    source:
      'TestKMS::test_update_and_add_tags_on_tagged_key → list-resource-tags-after-tags-updated',
    fact: 'TagResource with a tag key the key already has replaces that tag’s value, and the new tag keys are added beside the others.',
  },
  'recorded.untag-partially': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_untag_key_partially → list-resource-tags-after-partially-untagged',
    fact: 'UntagResource removes only the tag keys it names; the others stay with their values.',
  },
  'recorded.tag-resource-reserved-key': {
    kind: 'recorded-aws',
    source: 'TestKMS::test_tag_existing_key_with_invalid_tag_key → invalid-tag-key',
    fact: 'TagResource with the tag key aws:key1 is refused as TagException (400): Tags beginning with aws: are reserved.',
  },
  'inference.tag-resource-reserved-any-case': {
    kind: 'inference',
    source:
      'recorded.reserved-tag-key (CreateKey refuses AWS:key1) and recorded.tag-resource-reserved-key (TagResource refuses aws:key1)',
    fact: 'TagResource refuses a tag key beginning with the aws: prefix in any letter case, as CreateKey does; no recording shows TagResource with AWS: itself.',
  },
  'docs.update-alias': {
    kind: 'aws-docs',
    source: `${API}/API_UpdateAlias.html`,
    fact: 'UpdateAlias associates an existing alias with a different KMS key, given by key id or key ARN (not an alias); the current and the new key must be of the same type and key usage; an alias that does not exist is NotFoundException.',
  },
  'docs.update-key-description': {
    kind: 'aws-docs',
    source: `${API}/API_UpdateKeyDescription.html`,
    fact: 'UpdateKeyDescription replaces the description of a KMS key (KeyId a key id or key ARN); DescribeKey shows the description in KeyMetadata.Description.',
  },
  'docs.key-policy-round-trip': {
    kind: 'aws-docs',
    source: `${API}/API_PutKeyPolicy.html`,
    fact: 'PutKeyPolicy attaches a key policy document (JSON) to a KMS key, replacing the one it had; GetKeyPolicy returns the key policy document (API_GetKeyPolicy.html).',
  },
  'model.key-policy-name': {
    kind: 'aws-model',
    source: 'GetKeyPolicyRequest.PolicyName',
    fact: 'A key policy’s name defaults to default when left out, and default is the only valid name.',
  },
  'model.list-key-policies': {
    kind: 'aws-model',
    source: 'ListKeyPoliciesResponse.PolicyNames',
    fact: 'ListKeyPolicies lists key policy names, and the only valid value is default.',
  },
} as const satisfies Record<string, Evidence>;
