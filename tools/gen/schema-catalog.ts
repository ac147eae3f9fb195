import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One schema file of `schemas/`, with the names the generator derives from it. */
export interface CatalogEntry {
  /** Path relative to `schemas/`, with forward slashes: `order/order-message.v1.schema.json`. */
  file: string;
  /** The schema's `$id`. */
  id: string;
  /** The schema's `title`: the name of its generated TypeScript type. */
  title: string;
  /** The schema's `version` annotation (semver). */
  version: string;
  /** The short name used by the CLI and the catalog: the file name without `.vN.schema.json`. */
  kind: string;
  /** Major version, from the file name (`.v1.`). */
  major: number;
  /** The exported validator's name (`validateOrderMessage`), or null for a schema of shared `$defs` only. */
  validator: string | null;
  schema: Record<string, unknown>;
}

export const ID_BASE = "https://schemas.order-events.example/";
const FILE_PATTERN = /^(?<kind>[a-z0-9-]+)\.v(?<major>[1-9][0-9]*)\.schema\.json$/;

function listSchemaFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSchemaFiles(path, root);
    return entry.name.endsWith(".schema.json") ? [relative(root, path).split(sep).join("/")] : [];
  });
}

/** Reads every schema below `schemasDir`, sorted by path (sorting keeps the output deterministic). */
export function loadCatalog(schemasDir: string): CatalogEntry[] {
  const entries = readEntries(schemasDir);
  // A title names a type and a validator: two files with one title (say v1 and v2 of a kind)
  // would export the same names twice.
  const byTitle = new Map<string, string>();
  for (const e of entries) {
    const other = byTitle.get(e.title);
    if (other)
      throw new Error(
        `schemas/${e.file}: title "${e.title}" is also the title of schemas/${other}; each schema's title names its type and validator, so give a new major its own (e.g. "${e.title}V${e.major}")`,
      );
    byTitle.set(e.title, e.file);
  }
  return entries;
}

function readEntries(schemasDir: string): CatalogEntry[] {
  return listSchemaFiles(schemasDir)
    .sort()
    .map((file) => {
      const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf8"));
      const name = file.split("/").pop() ?? file;
      const match = FILE_PATTERN.exec(name);
      const fail = (why: string) => {
        throw new Error(`schemas/${file}: ${why}`);
      };
      if (!match?.groups) fail("file name must look like <kind>.v<major>.schema.json");
      const { kind, major } = match?.groups ?? {};
      if (schema.$id !== ID_BASE + file)
        fail(`$id must be "${ID_BASE + file}" (it mirrors the path)`);
      if (typeof schema.title !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(schema.title))
        fail("title must be a PascalCase type name");
      if (typeof schema.description !== "string") fail("description is required");
      if (typeof schema.version !== "string" || !/^\d+\.\d+\.\d+$/.test(schema.version))
        fail('version must be a semver string such as "1.0.0"');
      if (!schema.version.startsWith(`${major}.`))
        fail(`version ${schema.version} must start with the file's major ${major}`);
      const definesOnly = Object.keys(schema).every((k) =>
        ["$schema", "$id", "title", "description", "version", "$defs"].includes(k),
      );
      return {
        file,
        id: schema.$id,
        title: schema.title,
        version: schema.version,
        kind: kind as string,
        major: Number(major),
        validator: definesOnly ? null : `validate${schema.title}`,
        schema,
      };
    });
}
