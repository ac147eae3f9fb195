import { buildTopology } from "../../topology";
import { PACT_DIR, PACTICIPANTS } from "../participants";
import { type BrokerConfig, brokerConfigFromEnvironment, NO_BROKER_NOTICE } from "./broker-config";
import { gitVersion } from "./git-version";
import { canIDeployArgs, publishArgs, recordDeploymentArgs, runPactCli } from "./pact-cli";

/** Where a step reports, and whether the Pact CLI's own output is captured (tests) or shown. */
export interface StepIo {
  say: (line: string) => void;
  /** Gets the Pact CLI's output when captured; undefined: the CLI prints to this process's output. */
  cliOutput?: (output: string) => void;
}

const run = (config: BrokerConfig, args: string[], io: StepIo) =>
  runPactCli(config, args, { capture: io.cliOutput !== undefined }).then((result) => {
    io.cliOutput?.(result.output);
    return result.status;
  });

/**
 * Publishes contracts/pacts (or `pactDir`) to the broker for this commit and branch. Without a
 * broker, says so in one line and succeeds: the pacts stay the committed files.
 *
 * @example process.exitCode = await publishPacts(process.env, { say: console.log });
 */
export async function publishPacts(
  env: NodeJS.ProcessEnv,
  io: StepIo,
  pactDir: string = PACT_DIR,
): Promise<number> {
  const broker = brokerConfigFromEnvironment(env);
  if (!broker) {
    io.say(`contracts: ${NO_BROKER_NOTICE}`);
    return 0;
  }
  const version = gitVersion(env);
  const status = await run(broker, publishArgs(pactDir, version), io);
  io.say(
    status === 0
      ? `contracts: published the pacts of ${pactDir} to ${broker.baseUrl} as ${version.commit} (branch ${version.branch})`
      : `contracts: publishing the pacts to ${broker.baseUrl} failed (pact broker publish exited ${status})`,
  );
  return status === 0 ? 0 : 1;
}

/**
 * Asks the broker whether each pacticipant at this commit can be deployed to the broker
 * configuration's environment; 1 when one cannot. Without a broker: the notice, or nothing at all
 * with `onlyWithBroker` (when an earlier step already said it).
 */
export async function canIDeploy(
  env: NodeJS.ProcessEnv,
  io: StepIo,
  options: { onlyWithBroker: boolean; pacticipants?: readonly string[] },
): Promise<number> {
  const broker = brokerConfigFromEnvironment(env);
  if (!broker) {
    if (!options.onlyWithBroker) io.say(`contracts: ${NO_BROKER_NOTICE}`);
    return 0;
  }
  const { commit } = gitVersion(env);
  let blocked = 0;
  for (const pacticipant of options.pacticipants ?? Object.values(PACTICIPANTS)) {
    const status = await run(broker, canIDeployArgs(pacticipant, commit, broker.environment), io);
    if (status !== 0) blocked += 1;
    io.say(
      `contracts: can-i-deploy ${pacticipant}@${commit} to ${broker.environment}: ${status === 0 ? "yes" : "NO"}`,
    );
  }
  return blocked === 0 ? 0 : 1;
}

/** The pacticipants a Pulumi stack deploys: those that are functions of the topology. */
export function deployedPacticipants(): string[] {
  const functions = new Set(buildTopology().functions.map((f) => f.key));
  return Object.values(PACTICIPANTS).filter((p) => functions.has(p));
}

/**
 * Records in the broker that the pacticipants run this commit in `environment` (after a deploy),
 * so can-i-deploy and provider verification (`deployedOrReleased`) know what is where.
 * Needs a broker: without one, throws saying what to set.
 */
export async function recordDeployment(
  env: NodeJS.ProcessEnv,
  io: StepIo,
  options: { environment?: string; pacticipants?: readonly string[] },
): Promise<number> {
  const broker = brokerConfigFromEnvironment(env);
  if (!broker)
    throw new Error(
      "recording a deployment needs a Pact Broker: set PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)",
    );
  const environment = options.environment ?? broker.environment;
  const { commit } = gitVersion(env);
  let failed = 0;
  for (const pacticipant of options.pacticipants ?? deployedPacticipants()) {
    const status = await run(broker, recordDeploymentArgs(pacticipant, commit, environment), io);
    if (status !== 0) failed += 1;
    io.say(
      `contracts: record-deployment ${pacticipant}@${commit} to ${environment}: ${status === 0 ? "recorded" : "FAILED"}`,
    );
  }
  return failed === 0 ? 0 : 1;
}
