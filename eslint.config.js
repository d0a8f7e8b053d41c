// House rules as lint rules (README "Contributing"). tests/architecture/lint-rules.test.ts proves each one fires.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';

/** Spreading an array into a call's arguments throws RangeError once the array is large (Math.min(...xs)). */
const NO_SPREAD_ARGUMENTS = [
  {
    selector: 'CallExpression > SpreadElement.arguments, NewExpression > SpreadElement.arguments',
    message: 'Never spread an array into call arguments: a large array throws RangeError. Use lib/collections (minOf, maxOf, appendAll) or a loop.',
  },
];

const UI = ['preact', 'preact/*', '@preact/*'];
const WXT_AND_BROWSER = ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'];
const COMPONENTS = ['**/components', '**/components/**'];
const ENTRYPOINTS = ['**/entrypoints', '**/entrypoints/**'];

/** no-restricted-imports patterns: `group` of gitignore-style patterns (or a regex) with the reason. */
function restrictImports(...patterns) {
  return ['error', { patterns }];
}

const PAGE_CODE = ['components/page/**', 'entrypoints/capture.content.ts', 'entrypoints/badges.content.ts', 'entrypoints/page-reader.content.ts'];

export default defineConfig(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'public/**', 'tests/fixtures/**/*.json'] },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  comments.recommended,
  {
    rules: {
      // Every disable says why, after "--".
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unused-disable': 'off', // reportUnusedDisableDirectives covers it
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'prefer-const': ['error', { destructuring: 'all' }],
      // Japanese text in comments has ideographic spaces (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests walk fixture JSON by its shape.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The fake Seller Center app the e2e tests serve runs in a browser page.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_SPREAD_ARGUMENTS] },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        { group: [...COMPONENTS, ...ENTRYPOINTS], message: 'lib/ is pure logic: it imports no components or entrypoints.' },
        { group: WXT_AND_BROWSER, message: 'lib/ uses no WXT and no browser APIs: inject them from entrypoints/.' },
        { group: UI, message: 'lib/ is not UI: Preact belongs in components/.' },
      ),
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'lib/ uses no browser extension APIs: inject them from entrypoints/.' },
        { name: 'browser', message: 'lib/ uses no browser extension APIs: inject them from entrypoints/.' },
      ],
    },
  },
  {
    files: ['entrypoints/background.ts'],
    rules: {
      'no-restricted-imports': restrictImports({ group: COMPONENTS, message: 'The background is not UI: it imports no components.' }),
    },
  },
  {
    files: PAGE_CODE,
    rules: {
      'no-restricted-imports': restrictImports(
        { group: [...UI, 'zod', 'zod/*'], message: 'Code on Seller Center pages stays small: no UI framework, no schema library.' },
        { regex: '(^|/)lib/(protocol|bridge|scoring|i18n)(/index)?$', message: 'Code on Seller Center pages imports the small modules it needs, not these heavy indexes.' },
      ),
    },
  },
);
