// Run by breaking-change.test.ts in a child process: Pact's verifier prints its report from native
// code to stdout, which the test captures and asserts on instead of showing it.
// Usage: node --import tsx verify-broken.ts <result.json> <broken provider>...
import { writeFileSync } from "node:fs";
import { verifyProvider } from "../../../../contracts/verification/verify-provider";
import { BROKEN_PROVIDERS, type BrokenProvider, type BrokenVerification } from "./broken-providers";

async function main(): Promise<void> {
  const [resultFile, ...names] = process.argv.slice(2);
  if (!resultFile || names.length === 0)
    throw new Error("usage: verify-broken.ts <result.json> <broken provider>...");
  const results: Record<string, BrokenVerification> = {};
  for (const name of names) {
    const broken = BROKEN_PROVIDERS[name as BrokenProvider];
    if (!broken) throw new Error(`no broken provider named "${name}"`);
    // Verified against the committed pacts, never the broker: a broken provider must not publish.
    try {
      await verifyProvider(broken(), { kind: "files" });
      results[name] = { passed: true };
    } catch (error) {
      results[name] = {
        passed: false,
        errorName: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
  writeFileSync(resultFile, JSON.stringify(results));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `verify-broken: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
