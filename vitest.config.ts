import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests import lib/data directly.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};

function integration(name: string, globalSetup: string) {
  return {
    ...shared,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      globalSetup: [globalSetup],
      setupFiles: ["tests/support/use-test-database.ts"],
      // One database per run: files take turns, each test resets it first.
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integration("integration-embedded", "tests/support/global-setup-embedded.ts"),
      integration("integration-postgres", "tests/support/global-setup-postgres.ts"),
    ],
  },
});
