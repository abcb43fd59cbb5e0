import type { OperationName, OperationOutput } from '../../generated/operations.js';

/**
 * Every operation of the contract, and whether its reply has a body: EnableKey, DisableKey,
 * CreateAlias and DeleteAlias answer with an empty one (kms-facts §1). The `satisfies` clause makes
 * the compiler check this against the generated types, so the list cannot drift from the spec,
 * while the bundle carries sixteen names instead of the generated operation table.
 */
export const OPERATIONS = {
  GenerateDataKey: true,
  GenerateDataKeyWithoutPlaintext: true,
  Decrypt: true,
  Encrypt: true,
  ReEncrypt: true,
  GenerateRandom: true,
  CreateKey: true,
  DescribeKey: true,
  ListKeys: true,
  EnableKey: false,
  DisableKey: false,
  ScheduleKeyDeletion: true,
  CancelKeyDeletion: true,
  CreateAlias: false,
  DeleteAlias: false,
  ListAliases: true,
} as const satisfies {
  readonly [Op in OperationName]: OperationOutput<Op> extends undefined ? false : true;
};

/** `GenerateDataKey` → `generateDataKey`, the AWS SDK's method spelling. */
export function methodName<Op extends OperationName>(operation: Op): Uncapitalize<Op> {
  return (operation.charAt(0).toLowerCase() + operation.slice(1)) as Uncapitalize<Op>;
}
