// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/* ------------------------------------------------------------------------------------------------
 * Architecture boundaries.
 * no-restricted-imports only sees the import string, so '../comments/api' from inside
 * src/features/reviews looks harmless to it. This local rule resolves relative specifiers
 * (static imports, re-exports and dynamic import()) to repo paths and checks them against
 * the layer rules below. Any folder under src/features/ is a feature: nothing to register.
 * ---------------------------------------------------------------------------------------------- */

/** @param {string} p @param {string} dir */
const within = (p, dir) => p === dir || p.startsWith(`${dir}/`);
/** @param {string} p */
const featureOf = (p) => /^src\/features\/([^/]+)\//.exec(p)?.[1];
/** @param {string} p */
const isTestCode = (p) => /\.test\.tsx?$/.test(p) || within(p, 'src/test') || within(p, 'src/testing');

// The domain is plain functions over StoreTx: keep the HTTP layer and the IndexedDB adapter out.
const DOMAIN_FORBIDDEN = ['mocks/handlers', 'mocks/browser', 'mocks/node', 'mocks/store/indexeddb'];

/**
 * @param {string} from repo-relative path of the importing file
 * @param {string} to repo-relative path of the imported module, extension stripped
 * @returns {string | null} why the import is not allowed
 */
function boundaryViolation(from, to) {
  if (within(from, 'src/contract') && !within(to, 'src/contract')) {
    return 'src/contract may import only zod and itself.';
  }
  const fromFeature = featureOf(from);
  const toFeature = featureOf(to);
  if (fromFeature && toFeature && fromFeature !== toFeature) {
    return `Feature "${fromFeature}" must not import feature "${toFeature}"; compose them in src/app, or move shared code to src/components or src/lib.`;
  }
  if (within(from, 'src') && within(to, 'mocks')) {
    const bootCode = from === 'src/main.tsx' || within(from, 'src/app');
    if (!bootCode && !isTestCode(from)) {
      return 'Only the boot code (src/main.tsx, src/app/) and tests may import the backend in mocks/; talk to it over HTTP.';
    }
  }
  if (within(from, 'mocks') && within(to, 'src') && !within(to, 'src/contract')) {
    return 'The backend may import only src/contract from src/.';
  }
  if (within(from, 'mocks/domain')) {
    const layer = DOMAIN_FORBIDDEN.find((dir) => within(to, dir));
    if (layer) return `mocks/domain must not depend on ${layer}: it knows nothing about msw or IndexedDB.`;
  }
  return null;
}

/** @param {string} absolute */
const toRepoPath = (absolute) => path.relative(ROOT, absolute).split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer and feature boundaries of this repository.' },
    schema: [],
  },
  create(context) {
    const from = toRepoPath(context.filename);
    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.')) return;
      const to = toRepoPath(path.resolve(path.dirname(context.filename), specifier)).replace(
        /\.[cm]?[jt]sx?$/,
        '',
      );
      const reason = boundaryViolation(from, to);
      if (reason) context.report({ node: source, message: `'${specifier}': ${reason}` });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const FORBIDDEN_IN_DOMAIN = ['msw', 'idb', 'dexie', 'fake-indexeddb', 'react', 'react-dom'];

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    'bench/results/',
    // Scratch builds and probes the benchmark leaves behind.
    'bench/.*',
    'bench/.*/**',
    'node_modules/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Adapters implement Promise-returning ports (the in-memory store) without awaiting anything;
      // `async` is what turns their throws into rejections.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JS (this file, scripts/*.mjs) is outside the TS program.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      '@tanstack/query/prefer-query-options': 'error',
    },
  },
  {
    files: ['mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    files: [
      'mocks/node.ts',
      'e2e/**',
      'scripts/**',
      'bench/**',
      '*.config.{js,ts,mjs}',
      '**/*.test.{ts,tsx}',
      'src/test/**',
      'src/testing/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // vitest's expect(obj.method).toHaveBeenCalled() passes methods around on purpose.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },

  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { local: { rules: { 'import-boundaries': importBoundaries } } },
    rules: { 'local/import-boundaries': 'error' },
  },
  {
    files: ['mocks/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${FORBIDDEN_IN_DOMAIN.join('|')})(/|$)`,
              message: 'mocks/domain is plain functions over StoreTx: no msw, IndexedDB or React.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'indexedDB', 'localStorage', 'sessionStorage', 'navigator', 'fetch'].map(
          (name) => ({ name, message: 'mocks/domain runs anywhere: take what you need as a parameter.' }),
        ),
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    // The one place that imports zod itself: it configures zod before any schema is built.
    // Tests (vitest runs src/contract/**/*.test.ts) ship nowhere: they may import vitest.
    ignores: ['src/contract/zod.ts', 'src/contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message:
                "src/contract is shared by the client and the backend: it may import only itself. Take z from './zod', which sets zod up to run under the app's Content-Security-Policy.",
            },
          ],
        },
      ],
    },
  },
]);
