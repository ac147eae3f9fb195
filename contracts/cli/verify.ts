// `npm run contracts:verify`: provider verification only, from the committed pacts in contracts/pacts
// and the example consumer team's in examples/consumer-team/pacts
// (no consumer test runs, nothing is published). Exit code 1 when any provider fails.
import { orderProducerProvider } from "../providers/order-producer";
import { processorProvider } from "../providers/processor";
import { verifyProvider } from "../verification/verify-provider";

process.env.PACT_DO_NOT_TRACK ??= "true";

async function main(): Promise<number> {
  process.stdout.write(
    "contracts: verifying providers against the committed pacts in contracts/pacts and examples/consumer-team/pacts (no broker, nothing published)\n",
  );
  let failed = 0;
  for (const definition of [processorProvider(), orderProducerProvider()]) {
    try {
      await verifyProvider(definition, { kind: "files" });
      process.stdout.write(`contracts: ${definition.provider} satisfies every pact\n`);
    } catch (error) {
      failed += 1;
      process.stderr.write(
        `contracts: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`contracts: verification could not run: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
