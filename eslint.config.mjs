import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const uiModules = ['react', 'react-dom', 'next', 'framer-motion', 'motion', 'zustand'];
const jitlessZod = { name: 'zod', message: "Import z from '@/lib/zod': it never compiles with new Function, which the CSP forbids." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', 'bench/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no UI framework, no DOM, no browser storage (see STYLE.md §1).
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...uiModules.map((name) => ({ name, message: 'lib/ is the pure engine: no UI imports.' })), jitlessZod],
          patterns: [
            { group: uiModules.map((name) => `${name}/*`), message: 'lib/ is the pure engine: no UI imports.' },
            { group: ['@/components/*', '@/app/*'], message: 'Imports flow app → components → lib, never back.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({
          name,
          message: 'lib/ must not touch the browser; pass what it needs in.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Simulated time only: use state.now.' },
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in state (lib/sim/core/rng.ts).' },
      ],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's use().
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [jitlessZod],
          patterns: [
            { group: ['@/app/*'], message: 'Imports flow app → components → lib.' },
            { group: ['**/zod-members'], message: jitlessZod.message },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/zod.ts', 'lib/zod-members.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
