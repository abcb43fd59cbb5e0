// One lint setup for the whole tree. The import bans keep the layers honest (see README, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import specifiers that reach src/<layer>/: from outside src/ they go through `src/`
// (`../../src/mock/engine.js`); from a sibling layer they do not (`../mock/index.js`), which a glob
// on `src/` would miss.
const fromOutside = (name) => `^(\\.\\./)+src/${name}/`;
const fromInside = (name) => `^(\\.\\./)+${name}/`;

/** A `no-restricted-imports` rule that bans the given layers of src/, with the reason. */
const banLayers = (layers, message, reach = fromInside) => [
  'error',
  { patterns: layers.map((name) => ({ regex: reach(name), message })) },
];

const mockInternals = ['mock', 'keystore', 'crypto', 'server', 'msw'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'generated/**', 'coverage/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The runtime globals our scripts use (Node 20 and browsers share these); TypeScript checks the rest.
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'structuredClone',
          'performance',
          'crypto',
          'fetch',
          'Buffer',
          'TextEncoder',
          'TextDecoder',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'AbortSignal',
          'atob',
          'btoa',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The runner judges the mock exactly as it judges any other endpoint: by URL only. One exception:
    // conformance/embedded.ts starts the built-in mock for a run without --endpoint and hands back
    // its URL (conformance/ARCHITECTURE.md, "The embedded mock").
    files: ['conformance/**/*.ts'],
    ignores: ['conformance/**/*.test.ts', 'conformance/embedded.ts'],
    rules: {
      'no-restricted-imports': banLayers(
        mockInternals,
        'conformance reaches endpoints only by URL',
        fromOutside,
      ),
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': banLayers(mockInternals, 'the client never depends on the mock'),
    },
  },
  {
    // Cryptography knows bytes only: their wire spelling (base64, blob members) is the codec's.
    files: ['src/crypto/**/*.ts'],
    rules: {
      'no-restricted-imports': banLayers(
        ['protocol', 'codec'],
        'src/crypto works on bytes; the wire and its codec stand above it',
      ),
    },
  },
  {
    // MSW is a front door on the shared wire and codec (src/codec), not a user of the typed client.
    files: ['src/msw/**/*.ts'],
    rules: {
      'no-restricted-imports': banLayers(
        ['client'],
        'src/msw stands on src/protocol and src/codec, never on the typed client',
      ),
    },
  },
);
