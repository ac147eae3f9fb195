// Last step of `npm run test:contract`: when a broker is configured, asks it whether every
// pacticipant at this commit can be deployed to PACT_BROKER_ENVIRONMENT (default production), and
// fails the run when one cannot. Without a broker it says that can-i-deploy did not run.
import { canIDeploy } from "../broker/broker-client";
import { brokerConfigFromEnvironment, NO_BROKER_NOTICE } from "../broker/broker-config";
import { gitVersion } from "../broker/git-version";
import { PACTICIPANTS } from "../participants";

async function main(): Promise<void> {
  const broker = brokerConfigFromEnvironment();
  if (!broker) {
    process.stdout.write(`contracts: ${NO_BROKER_NOTICE}\n`);
    return;
  }
  const { commit } = gitVersion();
  let blocked = 0;
  for (const pacticipant of Object.values(PACTICIPANTS)) {
    const answer = await canIDeploy(broker, pacticipant, commit);
    if (!answer.deployable) blocked += 1;
    process.stdout.write(
      `contracts: can-i-deploy ${pacticipant}@${commit} to ${broker.environment}: ${answer.deployable ? "yes" : "NO"} (${answer.reason})\n`,
    );
  }
  if (blocked > 0) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(
    `contracts: can-i-deploy failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
