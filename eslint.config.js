// One lint setup for the whole tree. The import bans keep the layers honest (see README, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const mockInternals = [
  '**/src/mock/**',
  '**/src/keystore/**',
  '**/src/crypto/**',
  '**/src/server/**',
  '**/src/msw/**',
];

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
    // The runner judges the mock exactly as it judges any other endpoint: by URL only.
    files: ['conformance/**/*.ts'],
    ignores: ['conformance/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: mockInternals.map((group) => ({
            group: [group],
            message: 'conformance reaches endpoints only by URL',
          })),
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: mockInternals.map((group) => ({
            group: [group],
            message: 'the client never depends on the mock',
          })),
        },
      ],
    },
  },
);
