import { defineConfig } from "vitest/config";

// Every API test file runs twice: on embedded PGlite and on a PostgreSQL server.
const project = (name: "pglite" | "postgres") => ({
  extends: true as const,
  test: { name, env: { THIDUA_TEST_DB: name } },
});

export default defineConfig({
  test: {
    hookTimeout: 120_000,
    testTimeout: 60_000,
    projects: [project("pglite"), project("postgres")],
  },
});
