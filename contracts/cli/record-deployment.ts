// `npm run contracts:record-deployment`: after a deploy, records in the Pact Broker (official Pact
// CLI) that the stack's pacticipants run this git commit in the environment.
import { failWithUsage, parseCommandLine } from "../../tools/shared/command-line";
import { deployedPacticipants, recordDeployment } from "../broker/broker-steps";

const USAGE = `Usage: npm run contracts:record-deployment [-- --environment NAME] [-- --pacticipant NAME]

Records in the Pact Broker (PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN) that each pacticipant the
stack deploys (${deployedPacticipants().join(", ")}) runs this git commit in the environment.
Run it after \`pulumi up\` succeeds.

  --environment NAME   the environment (default PACT_BROKER_ENVIRONMENT, else production)
  --pacticipant NAME   only this pacticipant
`;

const given = parseCommandLine(USAGE, { strings: ["environment", "pacticipant"], flags: [] });
if (given) {
  if (given.pacticipant !== undefined && !deployedPacticipants().includes(given.pacticipant))
    failWithUsage(
      USAGE,
      `--pacticipant ${given.pacticipant} is not deployed by the stack: use one of ${deployedPacticipants().join(", ")}`,
    );
  recordDeployment(
    process.env,
    { say: (line) => process.stdout.write(`${line}\n`) },
    {
      ...(given.environment ? { environment: given.environment } : {}),
      ...(given.pacticipant ? { pacticipants: [given.pacticipant] } : {}),
    },
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) =>
      failWithUsage(USAGE, `contracts: ${error instanceof Error ? error.message : String(error)}`),
  );
}
