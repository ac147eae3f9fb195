// `npm run contracts:can-i-deploy`, and the last step of `npm run test:contract`: when a broker is
// configured, asks it (official Pact CLI) whether every pacticipant at this commit can be deployed
// to PACT_BROKER_ENVIRONMENT (default production), and fails when one cannot.
import { parseCommandLine } from "../../tools/shared/command-line";
import { canIDeploy } from "../broker/broker-steps";

const USAGE = `Usage: npm run contracts:can-i-deploy [-- --only-with-broker]

Asks the Pact Broker (PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN) whether each pacticipant at this
git commit can be deployed to PACT_BROKER_ENVIRONMENT (default production). Exit 1 when one cannot.
Without a broker it says so and exits 0.

  --only-with-broker   print nothing at all without a broker (an earlier step said so)
`;

const given = parseCommandLine(USAGE, { strings: [], flags: ["only-with-broker"] });
if (given) {
  canIDeploy(
    process.env,
    { say: (line) => process.stdout.write(`${line}\n`) },
    { onlyWithBroker: given["only-with-broker"] === true },
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `contracts: can-i-deploy failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
