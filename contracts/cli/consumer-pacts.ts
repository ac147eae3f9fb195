// `npm run test:contract:consumers` and `npm run contracts:update`: runs the consumer pact tests,
// which write their pacts into a fresh temporary folder (PACT_OUTPUT_DIR; PactV4 merges into an
// existing file, so they never write into the committed pacts), then compares those pacts with
// contracts/pacts. A difference fails the check and names `npm run contracts:update`, which
// copies them into contracts/pacts.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { failWithUsage, parseCommandLine } from "../../tools/shared/command-line";
import { PACT_DIR } from "../participants";
import { contractVitestArgs, runNode } from "./child-process";
import { comparePactDirs, describeDifference, isSame } from "./compare-pacts";

const USAGE = `Usage: npm run test:contract:consumers     check that the consumer tests write the committed pacts
       npm run contracts:update            write them into contracts/pacts (then commit them)

Runs tests/contract/consumers, which write pacts into a fresh temporary folder, and compares them
with contracts/pacts. Exit 0: the same (or updated); 1: they differ, or a consumer test failed.
`;

const CONSUMER_TESTS = "tests/contract/consumers";
const shown = relative(process.cwd(), PACT_DIR) || PACT_DIR;

async function main(): Promise<number> {
  const given = parseCommandLine(USAGE, { strings: [], flags: ["update"] });
  if (!given) return 0;
  const written = mkdtempSync(join(tmpdir(), "consumer-pacts-"));
  try {
    const tests = await runNode(contractVitestArgs([CONSUMER_TESTS]), {
      env: { PACT_OUTPUT_DIR: written },
      capture: false,
    });
    if (tests.status !== 0) {
      process.stderr.write(`contracts: the consumer tests failed; ${shown} is unchanged\n`);
      return 1;
    }
    const difference = comparePactDirs(written, PACT_DIR);
    if (isSame(difference)) {
      process.stdout.write(`contracts: the consumer tests write exactly the pacts in ${shown}\n`);
      return 0;
    }
    const lines = describeDifference(difference).map((l) => `  ${l}`);
    if (!given.update) {
      process.stderr.write(
        `contracts: the consumer tests write other pacts than ${shown}:\n${lines.join("\n")}\nIf the change is intended, run \`npm run contracts:update\` and commit ${shown}.\n`,
      );
      return 1;
    }
    for (const file of [...difference.added, ...difference.changed])
      copyFileSync(join(written, file), join(PACT_DIR, file));
    for (const file of difference.removed) rmSync(join(PACT_DIR, file));
    process.stdout.write(`contracts: updated ${shown}:\n${lines.join("\n")}\nCommit them.\n`);
    return 0;
  } finally {
    rmSync(written, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    failWithUsage(USAGE, `contracts: ${error instanceof Error ? error.message : String(error)}`);
  },
);
