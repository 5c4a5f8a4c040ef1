import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'server/dist/',
      'examples/*/dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'coverage/',
      '.data/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    // React reaches tenantkit only through tenantkit/react (src/react), never another entry.
    files: ['src/**/*.ts'],
    ignores: ['src/react/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', '@lit/react'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // src/define/* registers with `customElements.get(tag) ?? customElements.define(tag, Class)`.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
    },
  },
  {
    // Tests poke at internals and build hostile fixtures on purpose.
    files: ['test/**/*.ts', 'server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai assertions read as expressions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Browser tests use chai `expect`; only the server tests use node:assert.
    files: ['server/test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.object.name='assert'][callee.property.name='ok'][arguments.length=1]",
          "CallExpression[callee.name='assert'][arguments.length=1]",
        ].map((selector) => ({
          selector,
          message:
            'Give assert.ok()/assert() a message: without one, a failing call under tsx makes Node re-read and re-parse the .ts source for minutes and the test hangs silently (tsx #548).',
        })),
      ],
    },
  },
);
