import { defineConfig } from "vitest/config";

// Browser journeys against the real server and the built dashboard (pnpm build first).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    // A journey signs in several people and drives whole pages: minutes on a busy two-core machine.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Each file runs a server and a browser; two at a time is what two cores carry.
    maxWorkers: 2,
  },
});
