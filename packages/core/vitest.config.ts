import { defineConfig } from "vitest/config";

// Property tests run thousands of cases: on a busy two-core machine that can take longer than 5 s.
export default defineConfig({
  test: { testTimeout: 60_000 },
});
