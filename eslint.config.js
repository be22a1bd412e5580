// Lint enforces the layering of docs/architecture.md §1, as VS Code and Signal do, rather than convention:
//   assessments/engine (pure) ← electron/api (pure contract) ← electron/services (Node)
//   ← electron/{ipc,web-shell,cli} ← electron/main;  renderer → engine + contract only.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'worker_threads'];
const NATIVE = ['electron', 'better-sqlite3'];

/** Forbids bare modules (paths) and project folders (patterns) for one layer. */
function restrict(paths, patterns, message) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message })),
        patterns: [{ group: ['node:*', ...patterns], message }],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['assessments/engine/**/*.ts'],
    rules: restrict(
      [...NODE_MODULES, ...NATIVE, 'react', 'react-dom'],
      ['**/electron/**', '**/renderer/**'],
      'assessments/engine is pure TypeScript: no Node, no DOM, no Electron, no app layers',
    ),
  },
  {
    files: ['electron/api/**/*.ts'],
    rules: restrict(
      [...NODE_MODULES, ...NATIVE],
      ['**/services/**', '**/renderer/**', '**/web/**'],
      'the contract is pure: the renderer imports it',
    ),
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'services never import Electron' }],
          patterns: [
            {
              group: ['**/renderer/**', '**/ipc', '**/web-shell', '**/main', '**/cli', '**/web/**'],
              message: 'services never import the shells',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...NODE_MODULES, ...NATIVE],
        ['**/electron/services/**', '**/electron/web/**', '**/electron/ipc', '**/electron/main'],
        'the renderer talks only to the typed API (electron/api) and the pure engine',
      ),
    },
  },
);
