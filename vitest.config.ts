import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { NODE_ENV: 'test' },
    projects: [
      {
        // Fast tests of the pure rules beside the code (health, ranking, similarity, clustering, calendar):
        // no database, no server; `npm run test:unit` runs them alone in seconds.
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.test.{ts,tsx}'],
          globalSetup: ['test/global-setup.ts'],
          pool: 'forks',
          // One database per worker, shared by its test files (a fresh PGlite costs ~2 s and ~0.5 GB).
          isolate: false,
          maxWorkers: 2,
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { NODE_ENV: 'test' },
        },
      },
    ],
  },
});
