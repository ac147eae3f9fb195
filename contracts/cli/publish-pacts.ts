// Part of `npm run test:contract`, between the consumer tests and provider verification: publishes
// the freshly written pacts when a broker is configured (PACT_BROKER_BASE_URL + token), tagged with
// the git commit and branch; otherwise says that nothing was published.
import { readFileSync } from "node:fs";
import { type PactFile, publishPact } from "../broker/broker-client";
import { brokerConfigFromEnvironment, NO_BROKER_NOTICE } from "../broker/broker-config";
import { gitVersion } from "../broker/git-version";
import { listPactFiles } from "../verification/pact-files";

async function main(): Promise<void> {
  const broker = brokerConfigFromEnvironment();
  if (!broker) {
    process.stdout.write(`contracts: ${NO_BROKER_NOTICE}\n`);
    return;
  }
  const version = gitVersion();
  for (const file of listPactFiles()) {
    const pact = JSON.parse(readFileSync(file.path, "utf8")) as PactFile;
    await publishPact(broker, pact, version);
    process.stdout.write(
      `contracts: published ${file.consumer} -> ${file.provider} to ${broker.baseUrl} as ${version.commit} (branch ${version.branch})\n`,
    );
  }
}

main().catch((error) => {
  process.stderr.write(
    `contracts: publishing pacts failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
