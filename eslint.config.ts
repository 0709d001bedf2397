import tseslint from 'typescript-eslint';

/**
 * Lint rules: typescript-eslint's recommended set, plus the few rules that catch real bugs in async server
 * code (floating promises, misused promises). Generated code and dependencies are not linted.
 */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/generated/**', '.data/**', '.probe/**', 'schema/generated/**', '**/migrations/.snapshot*'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
);
