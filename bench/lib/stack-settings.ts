import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseStackConfig } from "../../infra/config";
import type { TopologySettings } from "../../topology";

/** A stack's settings as the Pulumi program would read them, and its Region. */
export interface StackSettingsRead {
  stack: string;
  region: string;
  topology: TopologySettings;
}

/** A YAML config value as the Pulumi CLI hands it to the program: text, JSON for lists. */
function asConfigText(value: unknown): string {
  return typeof value === "string"
    ? value
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
}

/**
 * Reads Pulumi.<stack>.yaml (and the project's name from Pulumi.yaml) and parses it as the Pulumi
 * program does (infra/config.ts parseStackConfig: defaults for unset keys, every problem named).
 * Throws when the stack file is missing or sets no `aws:region`.
 *
 * @example readStackSettings(repoRoot, "prod").topology.processor.memorySizeMb // 1024
 */
export function readStackSettings(repoRoot: string, stack: string): StackSettingsRead {
  const project = (parse(readFileSync(join(repoRoot, "Pulumi.yaml"), "utf8")) as { name: string })
    .name;
  const file = join(repoRoot, `Pulumi.${stack}.yaml`);
  const config =
    (parse(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null)?.config ??
    {};
  const region = config["aws:region"];
  if (typeof region !== "string" || region === "") {
    throw new Error(`${file} sets no aws:region: the capacity depends on the Region's quotas`);
  }
  const read = (key: string) => {
    const value = config[`${project}:${key}`];
    return value === undefined ? undefined : asConfigText(value);
  };
  return {
    stack,
    region,
    topology: parseStackConfig(project, read, Object.keys(config)).topology,
  };
}
