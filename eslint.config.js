import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests read JSON bodies loosely; the assertions are what check their shape.
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Input building blocks (security fault 1 and 6): ids canonical in lower case, integers a
    // PostgreSQL integer holds, dates with a year PostgreSQL and the domain accept. They live in
    // packages/contracts/src/common.ts; raw zod forms elsewhere would let bad input through.
    files: ['packages/contracts/src/**/*.ts', 'apps/server/src/**/*.ts'],
    ignores: ['packages/contracts/src/common.ts', '**/*.test.ts', '**/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(uuid|guid)$/]",
          message: 'Use `uuid` from @vardflata/contracts (canonical lower case).',
        },
        {
          selector:
            "CallExpression[callee.object.object.name='z'][callee.object.property.name='iso']",
          message: 'Use `isoDate` or `isoDateTimeInput` from @vardflata/contracts (bounded years).',
        },
        {
          selector:
            "CallExpression[callee.property.name='int'][callee.object.callee.property.name='number'][callee.object.callee.object.name=/^z$/]",
          message: 'Use `int32` from @vardflata/contracts (fits a PostgreSQL integer).',
        },
        {
          selector:
            "CallExpression[callee.property.name='number'][callee.object.property.name='coerce'][callee.object.object.name='z']",
          message: 'Use `int32Param` from @vardflata/contracts (fits a PostgreSQL integer).',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
