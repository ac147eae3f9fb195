/** How to reach a Pact Broker (or PactFlow). */
export interface BrokerConfig {
  baseUrl: string;
  /** Bearer token (PactFlow, or a broker with token auth). */
  token?: string;
  /** Basic auth, for a self-hosted broker without tokens. */
  username?: string;
  password?: string;
  /** The environment can-i-deploy asks about (default "production"). */
  environment: string;
}

/**
 * The broker configuration from the environment, or undefined when PACT_BROKER_BASE_URL is unset
 * (then pacts are verified from the committed files in contracts/pacts). The variable names are
 * those of the Pact CLI: PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN, PACT_BROKER_USERNAME,
 * PACT_BROKER_PASSWORD; PACT_BROKER_ENVIRONMENT names the can-i-deploy target.
 *
 * @example brokerConfigFromEnvironment({ PACT_BROKER_BASE_URL: "https://x.pactflow.io", PACT_BROKER_TOKEN: "…" })
 */
export function brokerConfigFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): BrokerConfig | undefined {
  const baseUrl = env.PACT_BROKER_BASE_URL?.trim();
  if (!baseUrl) return undefined;
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new Error(`PACT_BROKER_BASE_URL must be an http(s) URL, got "${baseUrl}"`);
  }
  const token = env.PACT_BROKER_TOKEN?.trim() || undefined;
  const username = env.PACT_BROKER_USERNAME?.trim() || undefined;
  const password = env.PACT_BROKER_PASSWORD || undefined;
  if (!token && !(username && password)) {
    throw new Error(
      "PACT_BROKER_BASE_URL is set but no credentials are: set PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)",
    );
  }
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    ...(token ? { token } : {}),
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    environment: env.PACT_BROKER_ENVIRONMENT?.trim() || "production",
  };
}

/** The message printed whenever the broker is not configured, so nobody mistakes the file path for it. */
export const NO_BROKER_NOTICE =
  "PACT_BROKER_BASE_URL is not set: pacts are verified from the committed files in contracts/pacts and examples/consumer-team/pacts; nothing is published and can-i-deploy is not run";
