import { defineConfig } from "vitest/config";

// Three projects: `unit` (everything fast, files in parallel), `contract` (Pact: one process writes
// each pact file, so no file parallelism), `e2e` (the local pipeline on the embedded emulator).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.mts"],
          exclude: ["tests/contract/**", "tests/e2e/**", "**/node_modules/**"],
          typecheck: {
            enabled: true,
            include: ["tests/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        test: {
          name: "contract",
          include: ["tests/contract/**/*.test.ts", "tests/contract/**/*.test.mts"],
          fileParallelism: false,
          env: { PACT_DO_NOT_TRACK: "true" },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts", "tests/e2e/**/*.test.mts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
