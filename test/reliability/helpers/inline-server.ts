import { distModule } from './dist.js';

/**
 * Node arguments for a child process that runs `startMockServer()` from dist/ (memory store,
 * 127.0.0.1, a free port) and answers over IPC:
 * - `{type: 'mark'}` remembers the keys and aliases that exist now;
 * - `{type: 'reset'}` deletes every key and alias created since the mark (state the fuzzer made on
 *   purpose, which is wanted growth, not a leak) and answers `{keys, aliases}` deleted;
 * - `{type: 'heap'}` runs a full GC (the child has `--expose-gc`) a few times and answers
 *   `{heapUsed, rss}` in bytes.
 * What the server's logger receives is sent unasked as `{type: 'logged', message, detail}`.
 * The child exits when the IPC channel closes, so a dead test runner leaves nothing behind.
 */
export function inlineServerArgs(): string[] {
  const code = `
    import { startMockServer } from ${JSON.stringify(distModule('src/server/start-mock-server.js'))};
    import { setImmediate as tick } from 'node:timers/promises';
    process.on('disconnect', () => process.exit(0));
    process.on('SIGTERM', () => process.exit(0));
    const server = await startMockServer({
      port: 0,
      logger: {
        error(message, detail) {
          const text = detail instanceof Error ? (detail.stack ?? String(detail)) : String(detail);
          process.send({ type: 'logged', message: String(message), detail: text });
        },
      },
    });
    const store = server.engine.store;
    let marked = { keys: new Set(), aliases: new Set() };
    const handlers = {
      async mark() {
        marked = {
          keys: new Set((await store.listKeys()).map((k) => k.keyId)),
          aliases: new Set((await store.listAliases()).map((a) => a.aliasName)),
        };
        return { keys: marked.keys.size, aliases: marked.aliases.size };
      },
      async reset() {
        let keys = 0;
        let aliases = 0;
        for (const a of await store.listAliases())
          if (!marked.aliases.has(a.aliasName) && (await store.deleteAlias(a.aliasName))) aliases++;
        for (const k of await store.listKeys())
          if (!marked.keys.has(k.keyId) && (await store.deleteKey(k.keyId))) keys++;
        return { keys, aliases };
      },
      async heap() {
        for (let i = 0; i < 4; i++) {
          globalThis.gc();
          await tick();
        }
        const { heapUsed, rss } = process.memoryUsage();
        return { heapUsed, rss };
      },
    };
    process.on('message', async (message) => {
      const handler = handlers[message.type];
      const answer = handler ? await handler() : { error: 'unknown message ' + message.type };
      process.send({ ...answer, id: message.id });
    });
    process.stdout.write('kms-contract test server listening on ' + server.url + '\\n');
  `;
  return ['--expose-gc', '--input-type=module', '-e', code];
}
