import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The pure core (model, security, rules, deploy, render, share, templates, layout, export) must run in Node without React,
// and knows nothing of the document layer (src/doc, Yjs): plans reach it as plain values.
const pureCore = ['src/model/**', 'src/security/**', 'src/rules/**', 'src/deploy/**', 'src/render/**', 'src/share/**', 'src/templates/**', 'src/theme/**', 'src/layout/**', 'src/export/**'];

export default tseslint.config(
  { ignores: ['dist', '**/.dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/store/**', 'src/canvas/**', 'src/panels/**', 'src/app/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: pureCore,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xyflow/*'], message: 'The pure core must not depend on the UI.' },
            { group: ['yjs', 'y-*', 'lib0', 'lib0/*', '@hocuspocus/*', '**/doc/**'], message: 'The pure core must not know the document layer (Yjs).' },
            { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/cli/**'], message: 'The pure core must not import UI or CLI code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**'],
    // Test helpers beside the model (random edits for property tests) may use the model's index.
    ignores: ['src/model/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!./*'], message: 'The model imports nothing of ours.' }, { group: ['react', 'zustand', '@xyflow/*', 'yjs', 'y-*', 'lib0', 'lib0/*'], message: 'Pure core.' }] },
      ],
    },
  },
  {
    // The document layer runs in a tab and in a server process alike: the model below it, no UI above.
    files: ['src/doc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xyflow/*'], message: 'The document layer must not depend on the UI.' },
            { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/cli/**', '**/rules/**', '**/deploy/**', '**/render/**'], message: 'The document layer imports only the model.' },
          ],
        },
      ],
    },
  },
  {
    // The team server is a Node program: it checks plans with the model and the document layer,
    // never with the UI.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xyflow/*'], message: 'The team server must not depend on the UI.' },
            { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**'], message: 'The team server imports the model, the document layer and the CLI’s argument parser only.' },
          ],
        },
      ],
    },
  },
  {
    // Journeys take `test` from e2e/support.ts, whose fixture fails a test on any console error.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from './support.ts': it fails on console errors." }] },
      ],
    },
  },
);
