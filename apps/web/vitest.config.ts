import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [vue()],
  // Store tests sign in and call the real API on PGlite: with the whole suite on two cores, 5 s is too short.
  test: { environment: "happy-dom", include: ["src/**/*.test.ts"], hookTimeout: 60_000, testTimeout: 30_000 },
});
