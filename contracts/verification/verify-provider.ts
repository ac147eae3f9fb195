import { Verifier } from "@pact-foundation/pact";
import type { BrokerConfig } from "../broker/broker-config";
import type { GitVersion } from "../broker/git-version";
import type { ProviderDefinition } from "../providers/provider-definition";
import { pactFilesFor } from "./pact-files";
import { failedInteractions, ProviderVerificationError } from "./verification-failure";

/** Where pacts to verify come from. */
export type PactSource =
  | { kind: "files"; dirs?: readonly string[] }
  | { kind: "broker"; broker: BrokerConfig; version: GitVersion };

/**
 * Verifies a provider's messages against its pacts: from files (nothing published; by default the
 * committed pacts and the example consumer team's, VERIFIED_PACT_DIRS), or
 * from the broker (the consumers' main branch, matching branch and deployed or released versions),
 * publishing the result tagged with the provider's commit and branch. Rejects when any interaction
 * fails, with a ProviderVerificationError listing each failed interaction and its mismatches (e.g.
 * "$ -> Actual map is missing the following keys: order_total_minor"); Pact also prints its report.
 *
 * @example await verifyProvider(processorProvider(), { kind: "files" });
 */
export async function verifyProvider(
  definition: ProviderDefinition,
  source: PactSource,
): Promise<void> {
  process.env.PACT_DO_NOT_TRACK ??= "true";
  const common = {
    provider: definition.provider,
    messageProviders: definition.messageProviders,
    stateHandlers: definition.stateHandlers,
    logLevel: "warn" as const,
  };
  const options =
    source.kind === "files"
      ? { ...common, pactUrls: pactFilesFor(definition.provider, source.dirs) }
      : {
          ...common,
          pactBrokerUrl: source.broker.baseUrl,
          ...(source.broker.token ? { pactBrokerToken: source.broker.token } : {}),
          ...(source.broker.username ? { pactBrokerUsername: source.broker.username } : {}),
          ...(source.broker.password ? { pactBrokerPassword: source.broker.password } : {}),
          consumerVersionSelectors: [
            { mainBranch: true },
            { matchingBranch: true },
            { deployedOrReleased: true },
          ],
          enablePending: true,
          publishVerificationResult: true,
          providerVersion: source.version.commit,
          providerVersionBranch: source.version.branch,
          providerVersionTags: [source.version.branch],
        };
  try {
    await new Verifier(options).verifyProvider();
  } catch (error) {
    const failures = failedInteractions(error);
    if (!failures) throw error;
    throw new ProviderVerificationError(definition.provider, failures, { cause: error });
  }
}
