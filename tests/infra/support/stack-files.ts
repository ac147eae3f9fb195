// Reads Pulumi.yaml and Pulumi.<stack>.yaml as the CLI would hand them to the program.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../../support/paths";
import { PROJECT } from "./program";

/** One `config:` entry of Pulumi.yaml. */
export interface DeclaredConfigKey {
  type?: string;
  description?: string;
  default?: unknown;
  value?: unknown;
  items?: { type?: string };
}

/** Pulumi.yaml, parsed. */
export function projectFile(): {
  name: string;
  runtime: { name: string; options?: Record<string, unknown> };
  config: Record<string, DeclaredConfigKey>;
} {
  return parse(readFileSync(join(repoRoot, "Pulumi.yaml"), "utf8"));
}

/** The raw `config:` map of Pulumi.<stack>.yaml (fully qualified keys, YAML values). */
export function stackFile(stack: string): Record<string, unknown> {
  const parsed = parse(readFileSync(join(repoRoot, `Pulumi.${stack}.yaml`), "utf8")) as {
    config?: Record<string, unknown>;
  };
  return parsed.config ?? {};
}

/** A config value as the CLI passes it to the program: text, and JSON for lists and objects. */
export function asConfigText(value: unknown): string {
  return typeof value === "string"
    ? value
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
}

/** The project-namespace keys of a stack file, unqualified, as text: runProgram's `config`. */
export function stackConfig(stack: string): Record<string, string> {
  const prefix = `${PROJECT}:`;
  return Object.fromEntries(
    Object.entries(stackFile(stack))
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), asConfigText(value)]),
  );
}
