import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";
import { precompress } from "./build/precompress";

// In development Vite proxies the API to the server (pnpm dev at the root starts both).
const apiTarget = process.env.THIDUA_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [vue(), precompress()],
  server: { proxy: { "/trpc": apiTarget, "/evidence": apiTarget, "/healthz": apiTarget } },
  build: { target: "es2022", chunkSizeWarningLimit: 600 },
});
