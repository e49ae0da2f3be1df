import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // @typescript-eslint/rule-tester picks up describe/it/afterAll from the globals.
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
