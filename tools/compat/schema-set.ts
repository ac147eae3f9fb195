import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A JSON Schema document or sub-schema, as parsed. */
export type Schema = boolean | { [keyword: string]: unknown };

/** Every schema file of `schemas/` at one point in history, by path relative to `schemas/`. */
export interface SchemaSet {
  /** Where the set was read: "working tree" or a commit. */
  label: string;
  files: Map<string, Record<string, unknown>>;
}

const FILE = /^(?:(?<area>.+)\/)?(?<kind>[a-z0-9-]+)\.v(?<major>[1-9][0-9]*)\.schema\.json$/;

/** The kind and major a schema file name carries: `order/order-message.v1.schema.json`. */
export function parseSchemaPath(
  file: string,
): { area: string; kind: string; major: number } | undefined {
  const match = FILE.exec(file);
  if (!match?.groups) return undefined;
  return {
    area: match.groups.area ?? "",
    kind: match.groups.kind as string,
    major: Number(match.groups.major),
  };
}

function parse(text: string, where: string): Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads `schemas/**.schema.json` from the working tree. */
export function schemaSetFromDir(schemasDir: string): SchemaSet {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(dir, e.name))
        : e.name.endsWith(".schema.json")
          ? [relative(schemasDir, join(dir, e.name)).split(sep).join("/")]
          : [],
    );
  const files = new Map(
    walk(schemasDir)
      .sort()
      .map((f) => [f, parse(readFileSync(join(schemasDir, f), "utf8"), `schemas/${f}`)] as const),
  );
  return { label: "working tree", files };
}

function git(repoRoot: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The commit `ref` names, or undefined when it does not exist (first commit, shallow clone). */
export function resolveRef(repoRoot: string, ref: string): string | undefined {
  try {
    return git(repoRoot, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    return undefined;
  }
}

/** Reads `schemas/**.schema.json` as committed at `commit`. */
export function schemaSetFromGit(repoRoot: string, commit: string): SchemaSet {
  const names = git(repoRoot, ["ls-tree", "-r", "--name-only", commit, "--", "schemas/"])
    .split("\n")
    .filter((f) => f.endsWith(".schema.json"))
    .sort();
  const files = new Map(
    names.map((name) => {
      const text = git(repoRoot, ["show", `${commit}:${name}`]);
      return [
        name.replace(/^schemas\//, ""),
        parse(text, `${name} at ${commit.slice(0, 7)}`),
      ] as const;
    }),
  );
  return { label: commit.slice(0, 12), files };
}

/** A file's text at `commit`, or undefined when the file does not exist there. */
export function fileAtCommit(repoRoot: string, commit: string, path: string): string | undefined {
  try {
    return git(repoRoot, ["show", `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Resolves `$ref`s of a schema set by `$id`, as ajv does (relative refs against the document's `$id`). */
export class RefResolver {
  private readonly byId = new Map<string, Record<string, unknown>>();

  constructor(set: SchemaSet) {
    for (const schema of set.files.values())
      if (typeof schema.$id === "string") this.byId.set(schema.$id, schema);
  }

  /** The schema `ref` points at from document `docId`, with the `$id` of its document. */
  resolve(ref: string, docId: string): { schema: Schema; docId: string } | undefined {
    let url: URL;
    try {
      url = new URL(ref, docId);
    } catch {
      return undefined;
    }
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
    url.hash = "";
    const doc = this.byId.get(url.href);
    if (!doc) return undefined;
    let node: unknown = doc;
    for (const token of fragment.split("/").slice(1)) {
      const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
      if (node === null || typeof node !== "object" || !(key in node)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node !== "boolean" && (node === null || typeof node !== "object")) return undefined;
    return { schema: node as Schema, docId: url.href };
  }
}
