import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompatPolicy, PackageVersions } from "./gate";
import { packageApi } from "./package-api";
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
  // The package as generated/ holds it (gen:check keeps it in step with its sources).
  const apiBase = packageApi((path) => fileAtCommit(repoRoot, commit, `generated/${path}`));
  const apiHead = packageApi((path) => {
    const file = join(repoRoot, "generated", path);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  });
  return {
    base: schemaSetFromGit(repoRoot, commit),
    head: schemaSetFromDir(join(repoRoot, "schemas")),
    pkg: {
      name: head.name,
      head: head.version,
      base: baseManifest?.version,
      ...(apiBase && apiHead ? { api: { base: apiBase, head: apiHead } } : {}),
    },
  };
}
