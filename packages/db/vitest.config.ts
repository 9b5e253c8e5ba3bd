import { defineConfig } from "vitest/config";

export default defineConfig({
  // Seeding and backing up the demo data on 2 cores shared with every other package: minutes, not seconds.
  test: { hookTimeout: 120_000, testTimeout: 120_000 },
});
