/**
 * The optional peer dependencies, and what to say when one is missing. Each range is the one in
 * package.json `peerDependencies` (a test keeps them equal), and the tests run the oldest and the
 * newest msw it allows.
 */
export const PEERS = {
  msw: { packages: { msw: '^2.2.3' }, needed: 'kms-contract/msw' },
  prism: {
    packages: { '@stoplight/prism-http': '^5.12.0', '@stoplight/prism-core': '^5.8.0' },
    needed: 'kms-contract prism',
  },
} as const;

export type PeerName = keyof typeof PEERS;

/** The one-line install command for a peer, ranges quoted for the shell. */
export function installCommand(peer: PeerName): string {
  const specs = Object.entries(PEERS[peer].packages).map(([name, range]) => `'${name}@${range}'`);
  return `npm i -D ${specs.join(' ')}`;
}

/** Thrown when a feature's optional peer dependency is not installed. */
export class MissingPeerError extends Error {
  override name = 'MissingPeerError';
  constructor(peer: PeerName, options?: { cause?: unknown }) {
    const { packages, needed } = PEERS[peer];
    super(
      `${needed} needs ${Object.keys(packages).join(' and ')} (an optional peer dependency, not installed): ${installCommand(peer)}`,
      options,
    );
  }
}

/**
 * The error to throw for a failed import: a MissingPeerError when Node could not find one of the
 * peer's packages, otherwise the error itself (a bug in the peer is not a missing peer).
 */
export function explainMissingPeer(peer: PeerName, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const names = Object.keys(PEERS[peer].packages);
  const missing =
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    names.some((name) => message.includes(`'${name}'`) || message.includes(`'${name}/`));
  return missing ? new MissingPeerError(peer, { cause: error }) : error;
}
