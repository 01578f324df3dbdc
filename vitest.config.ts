import { defineConfig } from 'vitest/config';

// One runner for every suite; the test script picks projects and counts results from its JSON report.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'lint/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/**/*.test.ts'],
          // The security suite is its own project (below), run once.
          exclude: ['**/node_modules/**', 'apps/server/security/**'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        test: {
          // Issue 12's guarantees, each measured from the outside: wrong allows, flood neighbour p99, canary
          // hits, purge leftovers. Each file prints its figures (see apps/server/security/figures.ts).
          name: 'security',
          include: ['apps/server/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      './apps/web/vitest.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
