// ESLint 9 flat config: typescript-eslint, eslint-plugin-lit and eslint-plugin-wc over everything we
// write. typescript-eslint's type-checked set is not used: a full run with it takes minutes on a
// 2-core machine, and `tsc` (strict) already checks the types. `npm run lint` runs it with
// lit-analyzer and the dependency walls.
// A rule is turned off only with its reason beside it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Classes our elements extend; eslint-plugin-wc treats their subclasses as custom elements. */
const ELEMENT_BASE_CLASSES = ['LitElement', 'ApptElement', 'CustomerElement', 'ReactiveElement'];

export default defineConfig(
  // Build output, and src/wire/openapi.ts: generated from openapi.yaml (`npm run generate`).
  globalIgnores(['dist/', 'custom-elements.json', 'screenshots/', '.data/', 'src/wire/openapi.ts']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },

  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },

  // Elements: Lit templates and custom-element rules.
  {
    files: ['src/**/*.ts', 'demo/admin/**/*.ts', 'test/components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ELEMENT_BASE_CLASSES } },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` always exists;
      // the guard this rule asks for is for mixins over unknown bases, which we have none of.
      'wc/guard-super-call': 'off',
    },
  },

  // Where the code runs.
  {
    files: ['src/**', 'demo/admin/**', 'demo/host/public/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/components/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // Chai's property assertions (`expect(el).to.exist`, `.to.be.true`) are expressions that assert.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['demo/server/**', 'demo/host/*.ts', 'demo/*.ts', 'scripts/**', 'bench/**', 'test/**', '*.js', '*.mjs', '*.cjs'],
    ignores: ['test/components/**'],
    languageOptions: { globals: globals.node },
  },
);
