// One strict lint set-up: typescript-eslint, import rules (with the folder
// boundaries from docs/conventions), react-hooks, jsx-a11y, i18next (no
// literal strings in JSX), testing-library and vitest for tests.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import checkFile from 'eslint-plugin-check-file';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature: none may import another.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const pureBan = {
  group: ['react', 'react-*', 'react/*', 'i18next', 'i18next-*', 'wouter'],
  message: 'domain/ and content/ are pure TypeScript.',
};
const dexieBan = {
  group: ['dexie', 'dexie-*'],
  message: 'Only src/storage/ talks to IndexedDB.',
};
const zodBan = {
  group: ['zod', 'zod/*'],
  message:
    "Import z from src/domain/schema.ts (Zod set up to work under the app's Content Security Policy).",
};
const racBan = {
  group: ['react-aria-components', 'react-aria-components/*'],
  message: 'Use the wrappers in src/ui/.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'dev-dist',
      'tests/bench/.peer-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: [
            'builtin',
            'external',
            'internal',
            'parent',
            'sibling',
            'index',
          ],
          alphabetize: { order: 'asc', caseInsensitive: true },
          'newlines-between': 'never',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      i18next,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['aria-label', 'title', 'alt', 'placeholder'],
          },
          words: { exclude: ['[^\\p{L}]*'] },
        },
      ],
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'domain/ is pure: it imports only itself.',
            },
            {
              target: './src/content',
              from: './src',
              except: ['./domain', './content'],
              message: 'content/ imports only domain/ types.',
            },
            {
              target: './src/storage',
              from: './src',
              except: ['./domain', './storage'],
              message: 'storage/ imports only domain/.',
            },
            {
              target: './src/lib',
              from: './src',
              except: ['./domain', './lib'],
              message: 'lib/ imports only domain/ types.',
            },
            {
              target: './src/ui',
              from: './src',
              except: ['./ui'],
              message: 'ui/ imports nothing else from src/.',
            },
            {
              target: './src',
              from: './src/app',
              except: ['./'],
              message: 'Nothing imports app/.',
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'Features never import another feature: compose them in app/.',
            })),
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        {
          'src/!(app)/**/!(use)*.tsx': 'PASCAL_CASE',
          'src/app/!(main|routes).tsx': 'PASCAL_CASE',
          'src/**/use*.ts': 'CAMEL_CASE',
          'src/{domain,storage,lib,content}/**/!(use)*.ts': 'KEBAB_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE' },
      ],
    },
  },
  // Which packages each folder may import (conventions.md, import rules).
  ...[
    {
      files: ['src/features/**', 'src/lib/**'],
      banned: [dexieBan, racBan, zodBan],
    },
    { files: ['src/storage/**'], banned: [racBan, zodBan] },
    { files: ['src/ui/**'], banned: [dexieBan, zodBan] },
    // app/ is where the router, i18n and react-aria providers meet.
    { files: ['src/app/**'], banned: [dexieBan, zodBan] },
    {
      files: ['src/domain/**', 'src/content/**'],
      ignores: ['src/domain/schema.ts'],
      banned: [pureBan, dexieBan, racBan, zodBan],
    },
    { files: ['src/domain/schema.ts'], banned: [pureBan, dexieBan, racBan] },
  ].map(({ files, ignores, banned }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns: banned }] },
  })),
  {
    files: ['src/domain/**', 'src/content/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    // Module augmentation must use `interface` to merge with the library's.
    files: ['src/**/*.d.ts'],
    rules: {
      'import-x/no-default-export': 'off',
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    files: [
      'tests/unit/**/*.ts',
      'tests/component/**/*.tsx',
      'tests/support/**/*.{ts,tsx}',
    ],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    files: ['tests/component/**/*.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/bench/**/*.{js,mjs,ts}'],
    rules: {
      // Playwright's own assertions live in page models and helpers.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
