import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './dist.js';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ServerChild {
  readonly pid: number;
  /** `http://127.0.0.1:PORT`, from the line the server prints when it listens. */
  readonly url: string;
  /** Everything the child wrote to stdout and stderr so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Set once the child has exited. */
  readonly exited: () => Exit | undefined;
  readonly exit: Promise<Exit>;
  /** One IPC round trip (children started with `ipc`): sends `{id, ...message}`, awaits `{id, ...}`. */
  ask<T>(message: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  /** Messages the child sent without being asked (e.g. what its logger received). */
  readonly notices: Record<string, unknown>[];
  /** Sends a signal if the child still runs and waits for it to exit (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
const running = new Set<ServerChild>();

export interface StartOptions {
  /** Arguments after `node` (node flags, then a script or `-e` code). */
  readonly args: readonly string[];
  readonly ipc?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** How long the child may take to print its listening line. Default 15 s. */
  readonly readyTimeoutMs?: number;
}

/**
 * Starts `node ...args` and waits for it to print `listening on http://127.0.0.1:PORT` (the CLI's
 * `serve` line, which the inline test servers print too). Every child is remembered until it
 * exits, so {@link stopAll} in an afterAll kills whatever a failing test left running.
 */
export async function startServerChild(options: StartOptions): Promise<ServerChild> {
  const stdio = options.ipc
    ? (['ignore', 'pipe', 'pipe', 'ipc'] as const)
    : (['ignore', 'pipe', 'pipe'] as const);
  const child: ChildProcess = spawn(process.execPath, [...options.args], {
    cwd: ROOT,
    stdio: [...stdio],
    env: options.env ?? process.env,
  });
  let out = '';
  let err = '';
  let exitInfo: Exit | undefined;
  const exit = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));

  const waiting = new Map<number, (value: unknown) => void>();
  const notices: Record<string, unknown>[] = [];
  let nextId = 1;
  child.on('message', (message: unknown) => {
    if (typeof message !== 'object' || message === null) return;
    const record = message as Record<string, unknown>;
    const resolve = typeof record['id'] === 'number' ? waiting.get(record['id']) : undefined;
    if (resolve) resolve(record);
    else notices.push(record);
  });

  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start node');
  let url = '';
  const handle: ServerChild = {
    pid,
    get url() {
      return url;
    },
    stdout: () => out,
    stderr: () => err,
    exited: () => exitInfo,
    exit,
    notices,
    ask<T>(message: Record<string, unknown>, timeoutMs = 30_000): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`child did not answer ${JSON.stringify(message)} in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, (value) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(value as T);
        });
        void exit.then((info) => {
          if (!waiting.has(id)) return;
          clearTimeout(timer);
          waiting.delete(id);
          reject(new Error(`child exited (${JSON.stringify(info)}) before answering`));
        });
        child.send({ ...message, id });
      });
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<Exit> {
      if (exitInfo === undefined) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exit;
        clearTimeout(timer);
      }
      running.delete(handle);
      return exit;
    },
  };
  running.add(handle);

  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`no listening line in ${options.readyTimeoutMs ?? 15_000} ms: ${out}${err}`),
      );
    }, options.readyTimeoutMs ?? 15_000);
    const onData = (): void => {
      const found = LISTENING.exec(out)?.[1];
      if (found === undefined) return;
      cleanup();
      resolve(found);
    };
    const onExit = (info: Exit): void => {
      cleanup();
      reject(new Error(`server exited before listening (${JSON.stringify(info)}): ${out}${err}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
    };
    child.stdout?.on('data', onData);
    void exit.then(onExit);
    onData();
  }).catch(async (error: unknown) => {
    await handle.stop('SIGKILL');
    throw error;
  });
  return handle;
}

/** Kills every child still running (for afterAll, so a failed test leaves no process behind). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop('SIGKILL')));
  running.clear();
}
