import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext } from '../../types.js';
import { defineCheck, inCase, pass } from '../define.js';

/** Most pages a walk reads; an endpoint with more keys than this is walked only that far. */
const MAX_PAGES = 500;

/**
 * Walks a list operation with Limit 1: every page has at most one item, NextMarker exactly when
 * Truncated, no item twice. Returns the items' ids and whether the walk reached the end.
 */
async function walk(
  ctx: CheckContext,
  operation: 'ListKeys' | 'ListAliases',
  member: 'Keys' | 'Aliases',
  idOf: (item: Record<string, unknown>) => string,
  filter: Record<string, unknown> = {},
): Promise<{ ids: string[]; complete: boolean }> {
  const ids: string[] = [];
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const reply = await ctx.send(operation, {
      ...filter,
      Limit: 1,
      ...(marker !== undefined ? { Marker: marker } : {}),
    });
    const body = expectSuccess(reply, operation, [member]) as Record<string, unknown>;
    const items = body[member] as Array<Record<string, unknown>>;
    if (items.length > 1)
      throw new CheckFailure(`${operation} Limit 1: at most one item`, `${items.length} items`, {
        operation,
        actualStatus: 200,
      });
    for (const item of items) {
      const id = idOf(item);
      if (ids.includes(id))
        throw new CheckFailure(`${operation}: each item once`, `${id} twice`, {
          operation,
          actualStatus: 200,
        });
      ids.push(id);
    }
    const truncated = body['Truncated'] === true;
    const next = body['NextMarker'];
    if (truncated !== (typeof next === 'string'))
      throw new CheckFailure(
        `${operation}: NextMarker exactly when Truncated`,
        `Truncated ${String(body['Truncated'])}, NextMarker ${next === undefined ? 'absent' : 'present'}`,
        { operation, actualStatus: 200 },
      );
    if (!truncated) return { ids, complete: true };
    marker = String(next);
  }
  return { ids, complete: false };
}

export default defineCheck({
  id: 'keys.paging',
  title:
    'ListKeys and ListAliases page with Limit and Marker: one item a page, every item exactly once; the ListAliases KeyId filter',
  area: 'keys',
  rule: 'With Limit 1, ListKeys and ListAliases say Truncated with a NextMarker while more remain; walking the markers lists every key and alias exactly once; ListAliases with KeyId lists only that key’s aliases',
  evidence: ['docs.list-keys', 'docs.list-aliases'],
  severity: 'required',
  needs: ['symmetric-key', 'second-key', 'alias'],
  async run(ctx, { symmetric, second, alias }) {
    const keys = await inCase('ListKeys', () =>
      walk(ctx, 'ListKeys', 'Keys', (k) => String(k['KeyId'])),
    );
    if (keys.complete)
      for (const key of [symmetric, second])
        if (!keys.ids.includes(key.keyId))
          throw new CheckFailure(
            `ListKeys pages listing the run's key ${key.keyId}`,
            `${keys.ids.length} keys without it`,
            { operation: 'ListKeys', actualStatus: 200 },
          );
    const aliases = await inCase('ListAliases', () =>
      walk(ctx, 'ListAliases', 'Aliases', (a) => String(a['AliasName'])),
    );
    if (aliases.complete && !aliases.ids.includes(alias.name))
      throw new CheckFailure(
        `ListAliases pages listing ${alias.name}`,
        `${aliases.ids.length} aliases without it`,
        { operation: 'ListAliases', actualStatus: 200 },
      );
    const filtered = expectSuccess(
      await ctx.send('ListAliases', { KeyId: second.keyId }),
      'ListAliases',
      ['Aliases'],
    );
    const names = (filtered.Aliases ?? []).map((a) => a.AliasName);
    if (names.includes(alias.name))
      throw new CheckFailure(
        `ListAliases KeyId ${second.keyId}: only that key's aliases`,
        `${alias.name}, an alias of another key, among ${names.length}`,
        { operation: 'ListAliases', actualStatus: 200 },
      );
    return pass();
  },
});
