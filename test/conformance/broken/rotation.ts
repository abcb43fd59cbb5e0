/**
 * Deliberately broken targets for the rotation checks: each imitates one mistake an emulator of
 * key rotation makes (or could make); test/conformance/rotation.test.ts names the checks each one
 * must fail.
 */
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { errorAsSuccess, failure, onSuccess, success } from './replies.js';

/** A success that echoes the request's KeyId, as the rotation operations answer. */
const echoKeyId = (request: Record<string, unknown>) => ({ KeyId: request['KeyId'] });

export const brokenTargets = {
  /** GetKeyRotationStatus always says rotation is off. */
  'status-always-off': () =>
    onSuccess('GetKeyRotationStatus', (body) => ({
      KeyId: body['KeyId'],
      KeyRotationEnabled: false,
    })),
  /** Any RotationPeriodInDays is accepted: out-of-range values are quietly dropped. */
  'period-unbounded': () => async (request, next) => {
    if (operationOf(request) !== 'EnableKeyRotation') return next(request);
    const body = requestBodyOf(request);
    const days = Number(body['RotationPeriodInDays']);
    if (days < 90 || days > 2560) delete body['RotationPeriodInDays'];
    return next(withRequestBody(request, body));
  },
  /** RotateKeyOnDemand answers success and does nothing. */
  'rotation-no-op': () => async (request, next) =>
    operationOf(request) === 'RotateKeyOnDemand'
      ? success(echoKeyId(requestBodyOf(request)))
      : next(request),
  /** Rotation throws the old key material away: what it sealed no longer opens. */
  'old-material-dropped': () => async (request, next, engine) => {
    const reply = await next(request);
    if (operationOf(request) !== 'Decrypt' || reply.status !== 200) return reply;
    const body = bodyOf(reply);
    const key = await engine.call('DescribeKey', { KeyId: String(body['KeyId']) });
    return body['KeyMaterialId'] === key.KeyMetadata?.CurrentKeyMaterialId
      ? reply
      : failure('InvalidCiphertextException');
  },
  /** Decrypt names the key's current material, whichever sealed the ciphertext. */
  'decrypt-names-current-material': () => async (request, next, engine) => {
    const reply = await next(request);
    if (operationOf(request) !== 'Decrypt' || reply.status !== 200) return reply;
    const body = bodyOf(reply);
    const key = await engine.call('DescribeKey', { KeyId: String(body['KeyId']) });
    return withBody(reply, { ...body, KeyMaterialId: key.KeyMetadata?.CurrentKeyMaterialId });
  },
  /** Decrypt and GenerateDataKey name the key's first material, as if it never rotated. */
  'names-first-material': () => async (request, next, engine) => {
    const reply = await next(request);
    const op = operationOf(request);
    if ((op !== 'Decrypt' && op !== 'GenerateDataKey') || reply.status !== 200) return reply;
    const body = bodyOf(reply);
    const all = await engine.call('ListKeyRotations', {
      KeyId: String(body['KeyId']),
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    });
    return withBody(reply, { ...body, KeyMaterialId: all.Rotations?.[0]?.KeyMaterialId });
  },
  /** ListKeyRotations never lists anything. */
  'rotations-unlisted': () =>
    onSuccess('ListKeyRotations', () => ({ Rotations: [], Truncated: false })),
  /** ListKeyRotations ignores Marker: every page is the first. */
  'marker-ignored': () => async (request, next) => {
    if (operationOf(request) !== 'ListKeyRotations') return next(request);
    const { Marker: _ignored, ...body } = requestBodyOf(request);
    return next(withRequestBody(request, body));
  },
  /** RotateKeyOnDemand rotates any key, whatever its state or type. */
  'rotates-anything': () =>
    errorAsSuccess(
      'RotateKeyOnDemand',
      ['DisabledException', 'UnsupportedOperationException', 'KMSInvalidStateException'],
      echoKeyId,
    ),
  /** A disabled key is refused as KMSInvalidStateException, not DisabledException. */
  'disabled-as-invalid-state': () => async (request, next) => {
    const reply = await next(request);
    if (operationOf(request) !== 'RotateKeyOnDemand') return reply;
    const body = bodyOf(reply);
    return body['__type'] === 'DisabledException'
      ? failure('KMSInvalidStateException', String(body['message']))
      : reply;
  },
  /** A key waiting for imported material is refused as KMS refused it before 2025, not as KMS does now. */
  'pending-import-unsupported': () => async (request, next) => {
    const reply = await next(request);
    const body = bodyOf(reply);
    if (
      operationOf(request) !== 'RotateKeyOnDemand' ||
      !/pending import/.test(String(body['message']))
    )
      return reply;
    return failure(
      'UnsupportedOperationException',
      'origin is EXTERNAL which is not valid for this operation.',
    );
  },
  /** No limit on on-demand rotations. */
  'no-rotation-limit': () =>
    errorAsSuccess('RotateKeyOnDemand', 'LimitExceededException', echoKeyId),
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
