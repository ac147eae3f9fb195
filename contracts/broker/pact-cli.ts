import { type ChildResult, runCommand } from "../cli/child-process";
import type { BrokerConfig } from "./broker-config";
import type { GitVersion } from "./git-version";

/**
 * The `pact` binary of @pact-foundation/pact-cli (the official Pact CLI: broker client, verifier,
 * mock and stub servers). The binary comes in an optional package per platform
 * (`@pact-foundation/pact-cli-linux-x64`, …): nothing is downloaded at install.
 */
export function pactCliPath(): string {
  const { standalone } = require("@pact-foundation/pact-cli/src/pact-standalone") as {
    standalone: () => { pactFullPath: string };
  };
  return standalone().pactFullPath;
}

/**
 * The environment the CLI reads the broker from. Credentials go by environment, never on the
 * command line, where other users of the machine could read them in the process list.
 */
export function brokerEnvironment(config: BrokerConfig): Record<string, string> {
  return {
    PACT_BROKER_BASE_URL: config.baseUrl,
    ...(config.token ? { PACT_BROKER_TOKEN: config.token } : {}),
    ...(config.username ? { PACT_BROKER_USERNAME: config.username } : {}),
    ...(config.password ? { PACT_BROKER_PASSWORD: config.password } : {}),
    PACT_DO_NOT_TRACK: "true",
  };
}

/**
 * `pact broker publish`: every pact in `pactDir` for the consumer version = the git commit, with
 * its branch, tagged with the branch name.
 *
 * @example publishArgs("contracts/pacts", { commit: "2ab8589", branch: "main" }) // ["broker", "publish", "contracts/pacts", "--consumer-app-version", "2ab8589", "--branch", "main", "--tag", "main"]
 */
export function publishArgs(pactDir: string, version: GitVersion): string[] {
  return [
    "broker",
    "publish",
    pactDir,
    "--consumer-app-version",
    version.commit,
    "--branch",
    version.branch,
    "--tag",
    version.branch,
  ];
}

/**
 * `pact broker can-i-deploy`: may `pacticipant` at `version` go to `environment`? Exit 0 yes, 1 no.
 *
 * @example canIDeployArgs("processor", "2ab8589", "production")
 */
export function canIDeployArgs(
  pacticipant: string,
  version: string,
  environment: string,
): string[] {
  return [
    "broker",
    "can-i-deploy",
    "--pacticipant",
    pacticipant,
    "--version",
    version,
    "--to-environment",
    environment,
  ];
}

/**
 * `pact broker record-deployment`: `pacticipant` at `version` now runs in `environment` (it
 * replaces the version deployed there before).
 *
 * @example recordDeploymentArgs("processor", "2ab8589", "production")
 */
export function recordDeploymentArgs(
  pacticipant: string,
  version: string,
  environment: string,
): string[] {
  return [
    "broker",
    "record-deployment",
    "--pacticipant",
    pacticipant,
    "--version",
    version,
    "--environment",
    environment,
  ];
}

/** Runs the Pact CLI against `config`'s broker; `capture` keeps its output instead of printing it. */
export function runPactCli(
  config: BrokerConfig,
  args: string[],
  options: { capture: boolean },
): Promise<ChildResult> {
  return runCommand(pactCliPath(), args, { env: brokerEnvironment(config), ...options });
}
