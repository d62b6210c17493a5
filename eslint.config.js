// ESLint 9 flat config for the whole workspace (`pnpm lint`).
//
// - TypeScript (.ts/.tsx/.mts/.cts) everywhere: typescript-eslint's recommended type-checked rules.
//   Type information comes from each file's own tsconfig through the project service: every
//   linted TypeScript file must be in some package's tsconfig.json "include" (a file that is in
//   none fails with TS18002 from the root tsconfig, which holds no files: add it to its package).
// - React: eslint-plugin-react-hooks (recommended: the rules of hooks, exhaustive deps and the
//   React Compiler's checks) and eslint-plugin-jsx-a11y (recommended) on .tsx.
// - Plain JavaScript scripts (.js/.mjs/.cjs): ESLint's recommended rules, no type information,
//   Node globals (browser globals for the one page script).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `_`-prefixed names are deliberately unused (a rest sibling left out, a parameter kept for its position). */
const unusedVars = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/storybook-static/**',
    '**/coverage/**',
    // …but not the coverage matrices of the work rules (issue 11)
    '!packages/rules/src/coverage/**',
    '**/.out/**',
    '**/.next/**',
    '**/.vite/**',
    '**/.turbo/**',
    '**/.dist-tmp-*/**',
    '**/test-results/**',
    '**/__screenshots__/**',
    '**/.vitest-attachments/**',
    'examples/server/data/**',
    // Written by stories/scripts/generate.ts (its test fails when they are stale); the generator is linted.
    'stories/src/generated/**',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },

  // Plain JavaScript: scripts run by Node, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', unusedVars],
      // `catch {}` is how the scripts say "best effort, the fallback is fine".
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // The plain-html example's page script runs in the browser.
  { files: ['examples/plain-html/app.js'], languageOptions: { globals: { ...globals.browser } } },
  // The typing bench passes functions to Playwright's page.evaluate/waitForFunction: they run in the page.
  { files: ['bench/typing/run.mjs'], languageOptions: { globals: { ...globals.browser } } },

  // TypeScript: type-aware.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
      // Functions are made async on purpose to satisfy Promise-returning signatures (fetch and stdin
      // stand-ins, server handlers) and so that a throw becomes a rejection; an await is not required.
      '@typescript-eslint/require-await': 'off',
      // A promise-returning handler in a JSX attribute (react-hook-form's handleSubmit(...) and the like)
      // is fine: React ignores what a handler returns, and those handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: {
      // Tests read parsed JSON (typed any, or cast to any to walk it) from responses, files and CLI
      // output and check it with expect(); the assertions are the check, no type is declared for it first.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The element class merges typed addEventListener overloads from an interface of the same name (as
    // lib.dom does for HTMLElement): only overloads are declared, the implementation is inherited.
    files: ['packages/embed/src/element.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off' },
  },
  {
    // No function over 100 lines in the packages' sources (issue 10): a longer one is split into named parts.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 100 }] },
  },
  {
    // The consumer apps are copied to a temporary folder and get their dependencies there (from the
    // packed tarballs): inside the repository their imports do not resolve, so no type information.
    files: ['test/consumers/apps/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // React.
  {
    files: ['**/*.{ts,tsx}'],
    // The acceptance tests' useServerAndBrowser() is a vitest fixture helper, not a React hook.
    ignores: ['test/acceptance/**', 'test/support/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Only says which hooks React Compiler would leave unoptimised (react-hook-form's watch());
      // nothing here is built with React Compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
);
