import { defineConfig } from "vitest/config";

// Laying out a PDF with embedded fonts takes seconds on a busy two-core machine.
export default defineConfig({
  test: { testTimeout: 60_000 },
});
