import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompatPolicy, PackageVersions } from "./gate";
import { fileAtCommit, type SchemaSet, schemaSetFromDir, schemaSetFromGit } from "./schema-set";

/** The compatibility policy kept beside the gate. */
export function loadPolicy(): CompatPolicy {
  return JSON.parse(readFileSync(join(__dirname, "policy.json"), "utf8"));
}

const MANIFEST = "package/manifest.json";

/** Schemas and package versions at `commit` (base) and in the working tree (head). */
export function loadSides(
  repoRoot: string,
  commit: string,
): { base: SchemaSet; head: SchemaSet; pkg: PackageVersions } {
  const headManifestPath = join(repoRoot, MANIFEST);
  if (!existsSync(headManifestPath)) throw new Error(`${MANIFEST} is missing in the working tree`);
  const head = JSON.parse(readFileSync(headManifestPath, "utf8"));
  const baseText = fileAtCommit(repoRoot, commit, MANIFEST);
  const baseManifest = baseText === undefined ? undefined : JSON.parse(baseText);
  return {
    base: schemaSetFromGit(repoRoot, commit),
    head: schemaSetFromDir(join(repoRoot, "schemas")),
    pkg: { name: head.name, head: head.version, base: baseManifest?.version },
  };
}
