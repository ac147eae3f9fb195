import { authorization, type BrokerConfig } from "./broker-config";
import type { GitVersion } from "./git-version";

/** The part of a pact file the broker API needs to route it. */
export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
}

async function call(
  config: BrokerConfig,
  method: "GET" | "PUT",
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${config.baseUrl}${path}`, {
    method,
    headers: {
      Accept: "application/hal+json, application/json",
      Authorization: authorization(config),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `Pact Broker ${method} ${path} answered ${response.status} ${response.statusText}: ${text.slice(0, 500)}`,
    );
  }
  return text === "" ? undefined : JSON.parse(text);
}

const segment = encodeURIComponent;

/**
 * Publishes one pact for the consumer version `version.commit`, then records the version's branch
 * and a tag with the branch name (Pact Broker API: PUT /pacts/provider/P/consumer/C/version/V,
 * PUT /pacticipants/C/branches/B/versions/V, PUT /pacticipants/C/versions/V/tags/T).
 *
 * @example await publishPact(broker, JSON.parse(readFileSync(file, "utf8")), gitVersion());
 */
export async function publishPact(
  config: BrokerConfig,
  pact: PactFile,
  version: GitVersion,
): Promise<void> {
  const consumer = segment(pact.consumer.name);
  const provider = segment(pact.provider.name);
  const v = segment(version.commit);
  await call(config, "PUT", `/pacts/provider/${provider}/consumer/${consumer}/version/${v}`, pact);
  await call(
    config,
    "PUT",
    `/pacticipants/${consumer}/branches/${segment(version.branch)}/versions/${v}`,
    {},
  );
  await call(
    config,
    "PUT",
    `/pacticipants/${consumer}/versions/${v}/tags/${segment(version.branch)}`,
    {},
  );
}

/** The broker's answer to can-i-deploy. */
export interface CanIDeployAnswer {
  deployable: boolean;
  reason: string;
}

/**
 * Asks the broker's matrix whether `pacticipant` at `version` can be deployed to `config.environment`
 * (GET /matrix?q[][pacticipant]=…&q[][version]=…&latestby=cvp&environment=…, as the can-i-deploy
 * CLI does).
 *
 * @example (await canIDeploy(broker, "processor", gitVersion().commit)).deployable
 */
export async function canIDeploy(
  config: BrokerConfig,
  pacticipant: string,
  version: string,
): Promise<CanIDeployAnswer> {
  const query = [
    `q[][pacticipant]=${segment(pacticipant)}`,
    `q[][version]=${segment(version)}`,
    "latestby=cvp",
    `environment=${segment(config.environment)}`,
  ].join("&");
  const answer = (await call(config, "GET", `/matrix?${query}`)) as {
    summary?: { deployable?: boolean | null; reason?: string };
  };
  return {
    deployable: answer.summary?.deployable === true,
    reason: answer.summary?.reason ?? "the broker gave no reason",
  };
}
