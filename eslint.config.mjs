// The linter, with type information (typescript-eslint's project service reads tsconfig.json).
// Runs on every `npm test` (`npm run lint`). A promise nobody awaits is an error: a failed send or write
// would vanish without a log line. Rules turned off below say why in one line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.data*/**', '.deploy/**', 'appPackage/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Rethrowing what a catch caught (kept in a variable until the batch ends) is not throwing a non-error.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      // `${x satisfies never}`-style exhaustiveness messages are deliberate.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true, allowNumber: true }],
      // Noise: without noUncheckedIndexedAccess, `match[1]!` documents a regex group's presence; stripping it helps nobody.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Noise: `String(value)` on unknown input is how messages quote what a user or a table sent, on purpose.
      '@typescript-eslint/no-base-to-string': 'off',
      // Noise: async functions without await implement Promise-returning ports and handlers (a throw becomes a rejection).
      '@typescript-eslint/require-await': 'off',
      // Noise: the text cleaners strip control characters on purpose (XML 1.0, table keys, decoded text).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/tab/**/*.ts'],
    rules: {
      // Noise in the page: Preact components hand their props' callbacks on (`onInput: props.onChange`), as Preact intends.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      // Noise in tests and tools: they read JSON answers and SDK internals as `any`, and `require` loads a module after jest's mocks are set.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
