import { brokerConfigFromEnvironment, NO_BROKER_NOTICE } from "../broker/broker-config";
import { gitVersion } from "../broker/git-version";
import type { PactSource } from "./verify-provider";

/**
 * The broker when PACT_BROKER_BASE_URL is set, else the committed pact files; says which, once, on
 * stderr (so a run from files is never mistaken for a broker run).
 *
 * @example await verifyProvider(processorProvider(), pactSourceFromEnvironment());
 */
export function pactSourceFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  say: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): PactSource {
  const broker = brokerConfigFromEnvironment(env);
  if (!broker) {
    say(`contracts: ${NO_BROKER_NOTICE}`);
    return { kind: "files" };
  }
  const version = gitVersion(env);
  say(
    `contracts: verifying pacts from the broker at ${broker.baseUrl}; results are published as ${version.commit} (branch ${version.branch})`,
  );
  return { kind: "broker", broker, version };
}
