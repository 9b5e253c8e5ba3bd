import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
    hookTimeout: 60_000,
    // Store tests run the real API on PGlite: on 2 cores shared with every other package they take far beyond 5 s.
    testTimeout: 30_000,
  },
});
