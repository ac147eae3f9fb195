// Part of `npm run test:contract` (also `npm run contracts:publish`), between the consumer tests and
// provider verification: publishes the pacts with the official Pact CLI when a broker is configured
// (PACT_BROKER_BASE_URL + token), for the git commit and branch; otherwise says, in one line, that
// nothing is published.
import { publishPacts } from "../broker/broker-steps";

publishPacts(process.env, { say: (line) => process.stdout.write(`${line}\n`) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `contracts: publishing pacts failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
