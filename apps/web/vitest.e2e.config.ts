import { defineConfig } from "vitest/config";

// Browser journeys against the real server and the built dashboard (pnpm build first).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file runs a server and a browser; two at a time is what two cores carry.
    maxWorkers: 2,
  },
});
