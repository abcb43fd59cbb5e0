/**
 * How strong a piece of evidence is. `recorded-aws`: a reply recorded from real AWS KMS
 * (test/fixtures/aws-recorded/); `aws-docs`: AWS documentation, the KMS API and developer guides
 * and the Smithy protocol pages; `aws-model`: the KMS service model
 * (test/fixtures/kms-2014-11-01.botocore-service-2.json); `sdk`: how an AWS SDK behaves, what a
 * maintainer said in an issue thread, or what a third party's test run against AWS asserts where no
 * reply was kept; `inference`: what the project concludes where no source says.
 */
export type EvidenceKind = 'recorded-aws' | 'aws-docs' | 'aws-model' | 'sdk' | 'inference';

/** The kinds a required assertion may rest on (the tier rule). */
export const STRONG_KINDS: ReadonlySet<EvidenceKind> = new Set([
  'recorded-aws',
  'aws-docs',
  'aws-model',
]);

export interface Evidence {
  kind: EvidenceKind;
  /**
   * Where to see it: for `recorded-aws` a snapshot key of the recordings, optionally `→` the name of
   * one recording inside it; for `aws-model` a shape, `Shape.Member` or `metadata.<field>` of the
   * model; for `aws-docs` and `sdk` a URL; for `inference` the ids it is drawn from and how.
   */
  source: string;
  /** The fact, in the project's words. */
  fact: string;
}
