import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [vue()],
  // Store tests seed a PGlite database and call the real API. Beside the API's own suite on two
  // cores, a file's seeding took more than 60 s in CI (load average 14), so it gets four minutes.
  test: { environment: "happy-dom", include: ["src/**/*.test.ts"], hookTimeout: 240_000, testTimeout: 60_000 },
});
