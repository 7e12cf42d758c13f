import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Next's guard against importing server modules into the browser; tests run on the server side.
      "server-only": fileURLToPath(new URL("./test/empty-module.ts", import.meta.url)),
      // Cache invalidation needs a Next.js request; server actions call it (see the module).
      "next/cache": fileURLToPath(new URL("./test/next-cache.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,db,app,components,scripts}/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // inlined, it goes through Vite's resolver like our own code (server actions import it).
    server: { deps: { inline: ["next-auth"] } },
  },
});
