import { defineConfig } from "vitest/config";

// Vitest warns on every run that type tests are experimental and asks to pin its version: it is
// pinned exactly in package.json, so the warning says nothing new.
process.env.VITEST_DISABLE_EXPERIMENTAL_LOG ??= "true";

/**
 * Slow tests, kept out of `unit` so `npm run test:unit` takes seconds: each spawns processes (npm
 * pack and an offline install, CLIs run by tsx, gen in copies of the repository, bundles imported
 * by a fresh node) or waits on the clock. A new test that does either belongs here.
 */
const INTEGRATION = [
  "tests/asyncapi/downstream-tools.test.ts",
  "tests/asyncapi/package.test.ts",
  "tests/bench/children.test.ts",
  "tests/bench/emulator-process.test.ts",
  "tests/compat/cli.test.ts",
  "tests/compat/release.test.ts",
  "tests/gen/node-modules-layout.test.ts",
  "tests/infra/deployed-bundles.test.mts",
  "tests/package/consumer-team.test.ts",
  "tests/package/pack-and-consume.test.ts",
  "tests/processor/bundle.test.mts",
  // These wait on the clock (SNS and DynamoDB timeouts, invocation deadlines, hangs, visibility
  // timeouts, mappings' batching windows): seconds each, whatever the machine.
  "tests/bench/billed-run.test.ts",
  "tests/consumers/handler-idempotency.test.ts",
  "tests/consumers/idempotency.test.ts",
  "tests/consumers/pipeline-idempotency.test.ts",
  "tests/local/event-source-mapping.test.ts",
  "tests/local/sns-fault-proxy.test.ts",
  "tests/processor/publish-deadline.test.ts",
  "tests/processor/sns-faults.test.mts",
  "tests/processor/sns-hang.test.ts",
  "tests/tools/soak.test.ts",
  "tests/validation/powertools-local-pipeline.test.ts",
];

// Four projects: `unit` (fast, files in parallel: `npm run test:unit` asks for two workers, as
// vitest's default on a 2-core machine is one), `integration` (the slow tests above and the
// type tests), `contract` (Pact: one process writes each pact file, so no file parallelism), `e2e`
// (the local pipeline on the embedded emulator). Every project inherits the settings below.
export default defineConfig({
  test: {
    // One dot per test and a summary; failures in full.
    reporters: ["dot"],
    // What a passing test logged is noise; a failing test's logs are shown with it.
    silent: "passed-only",
    // fauxqs imports node:sqlite, which Node 22 flags as experimental once per process.
    execArgv: ["--disable-warning=ExperimentalWarning"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.mts"],
          exclude: ["tests/contract/**", "tests/e2e/**", "**/node_modules/**", ...INTEGRATION],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: INTEGRATION,
          // Each file runs processes of its own: side by side on a small machine they only slow
          // each other down, and the emulator timing test then sees split batches.
          fileParallelism: false,
          testTimeout: 120_000,
          typecheck: {
            enabled: true,
            include: ["tests/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "contract",
          include: ["tests/contract/**/*.test.ts", "tests/contract/**/*.test.mts"],
          fileParallelism: false,
          env: { PACT_DO_NOT_TRACK: "true" },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts", "tests/e2e/**/*.test.mts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
