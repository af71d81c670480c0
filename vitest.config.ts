import { defineConfig } from 'vitest/config';

// Unit tests (pure domain) and integration tests (server through HTTP on PGlite, or on the
// PostgreSQL server named by DATABASE_URL). Browser journeys live in e2e/ with their own config.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/*/src/**/*.test.ts'],
        },
      },
      {
        // The web app's pure parts (the form kit's rules and mappings, the translations).
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
