// `npm run test:contract:providers`: provider verification and the contract checks. Pact's verifier
// writes its report from native code straight to the process's stdout, where nothing inside the
// test process can silence it. So the tests run in a child: when they pass, only vitest's summary
// is shown; when they fail, everything (the report says what broke).
import { contractVitestArgs, runNode } from "./child-process";

const PROVIDER_TESTS = ["tests/contract/providers", "tests/contract/checks"];

/** The lines of vitest's closing summary (from "Test Files" on), or everything without one. */
export function vitestSummary(output: string): string {
  const lines = output.trimEnd().split("\n");
  const start = lines.findIndex((l) => /Test Files/.test(l));
  return `${(start === -1 ? lines : lines.slice(start)).join("\n")}\n`;
}

async function main(): Promise<number> {
  const run = await runNode(contractVitestArgs(PROVIDER_TESTS), {
    capture: true,
    env: process.stdout.isTTY ? { FORCE_COLOR: "1" } : {},
  });
  if (run.status === 0) {
    process.stdout.write(`contracts: providers verified\n${vitestSummary(run.output)}`);
    return 0;
  }
  process.stdout.write(run.output);
  process.stderr.write(`contracts: provider verification or a contract check failed (above)\n`);
  return run.status;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`contracts: the provider tests could not run: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
