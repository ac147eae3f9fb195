import { allowedBy, type Compat, type Mode } from "./compat";
import { type Change, combined, type DiffContext, diffSchemas, jsonEqual } from "./diff";
import { type ApiChange, diffPackageApi, type PackageApi } from "./package-api";
import { parseSchemaPath, RefResolver, type SchemaSet } from "./schema-set";
import { applyBump, type Bump, bumpBetween, maxBump, satisfies } from "./versions";

/** Compatibility mode per schema kind (tools/compat/policy.json). */
export interface CompatPolicy {
  default: Mode;
  kinds: Record<string, { mode: Mode; why: string }>;
}

/** A change with the verdict of its schema's mode. */
export interface JudgedChange extends Change {
  /** False when the schema's mode does not allow the change in place: it is breaking. */
  allowed: boolean;
}

/**
 * How a changed schema looks from a message that embeds it by `$ref` (directly or through other
 * schemas): its changes at the paths where they appear in that message, judged by that message's
 * mode, because that message's consumers are the ones who receive them.
 */
export interface EmbeddingReport {
  /** The embedding message's file below schemas/. */
  file: string;
  kind: string;
  mode: Mode;
  /** The changes as that message's consumers see them: `field` is the path in that message. */
  changes: JudgedChange[];
  compat: Compat;
}

/** What happened to one schema file between the base and the head. */
export interface FileReport {
  /** Path below schemas/ (the head's; the base's for a removed file). */
  file: string;
  status: "changed" | "added" | "removed" | "new-major";
  /** For a new major: the base file it succeeds. */
  predecessor?: string;
  kind: string;
  mode: Mode;
  changes: JudgedChange[];
  /** Class of all changes together. */
  compat: Compat;
  /** The bump the package needs for this file. */
  packageBump: Bump;
  /** Head schemas whose `$ref`s point into this one: they change with it. */
  referencedBy: string[];
  /** For a changed file: every message that embeds it by `$ref` and sees a change. */
  embeddedIn: EmbeddingReport[];
  /** For a changed file: its `version` before and after, and the bump it needs. */
  schemaVersion?: { base: string; head: string; required: Bump };
}

export interface GateReport {
  base: string;
  head: string;
  files: FileReport[];
  /** Changes of the package's API (exports, entry points, helper declarations) since the base. */
  api: ApiChange[];
  package: {
    name: string;
    base?: string;
    head: string;
    required: Bump;
    /** The version a release would get: the head's when it is high enough. */
    suggested?: string;
  };
  /** Each rule broken, with what to do. Empty when the gate passes. */
  problems: string[];
  notes: string[];
}

/** Package versions and name, as package/manifest.json says at the base and at the head. */
export interface PackageVersions {
  name: string;
  base?: string;
  head: string;
  /** The package's API at the base and at the head, when there is a package at both. */
  api?: { base: PackageApi; head: PackageApi };
}

function modeOf(policy: CompatPolicy, kind: string): Mode {
  return policy.kinds[kind]?.mode ?? policy.default;
}

function judge(changes: Change[], mode: Mode): JudgedChange[] {
  return changes.map((c) => ({ ...c, allowed: allowedBy(mode, c.compat) }));
}

/** The bump a compatible set of changes needs: minor when validation changes, patch for docs. */
function compatibleBump(changes: Change[]): Bump {
  if (changes.length === 0) return "none";
  return changes.every((c) => c.docOnly) ? "patch" : "minor";
}

/**
 * Compares every schema of `head` with `base` and checks the versioning rules:
 * a change its schema's mode does not allow (breaking) may only appear in a new major schema file
 * and needs a major package version; compatible changes need a minor (or, for documentation, a
 * patch) bump of the schema's `version` and of the package. Pure: no I/O.
 *
 * @example const report = evaluateGate(baseSet, headSet, { name, base: "1.0.0", head: "1.1.0" }, policy);
 */
export function evaluateGate(
  base: SchemaSet,
  head: SchemaSet,
  pkg: PackageVersions,
  policy: CompatPolicy,
): GateReport {
  const files: FileReport[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const resolvers = { old: new RefResolver(base), new: new RefResolver(head) };
  const diff = (oldFile: string, newFile: string) => {
    const oldSchema = base.files.get(oldFile) as Record<string, unknown>;
    const newSchema = head.files.get(newFile) as Record<string, unknown>;
    return diffSchemas(oldSchema, newSchema, {
      old: { resolver: resolvers.old, docId: String(oldSchema.$id) },
      new: { resolver: resolvers.new, docId: String(newSchema.$id) },
    });
  };
  const predecessorOf = (kind: string, major: number) =>
    [...base.files.keys()]
      .map((f) => ({ f, p: parseSchemaPath(f) }))
      .filter(({ p }) => p?.kind === kind && p.major < major)
      .sort((a, b) => (b.p?.major ?? 0) - (a.p?.major ?? 0))[0]?.f;

  const referencedBy = referrers(head);
  for (const [file, schema] of head.files) {
    const parsed = parseSchemaPath(file);
    if (!parsed) {
      problems.push(`schemas/${file}: the file name must be <kind>.v<major>.schema.json.`);
      continue;
    }
    const mode = modeOf(policy, parsed.kind);
    const baseSchema = base.files.get(file);
    if (baseSchema) {
      if (jsonEqual(baseSchema, schema)) continue;
      const changes = judge(diff(file, file), mode);
      files.push({
        file,
        status: "changed",
        kind: parsed.kind,
        mode,
        changes,
        compat: combined(changes),
        packageBump: "none",
        referencedBy: referencedBy.get(file) ?? [],
        embeddedIn: [],
        schemaVersion: {
          base: String(baseSchema.version),
          head: String(schema.version),
          required: "none",
        },
      });
      continue;
    }
    const predecessor = predecessorOf(parsed.kind, parsed.major);
    if (predecessor) {
      const changes = judge(diff(predecessor, file), mode);
      const breaking = changes.some((c) => !c.allowed);
      // The predecessor's embedders would have judged an in-place change by their modes too.
      const embedderModes = transitiveReferrers(base, predecessor).map((f) =>
        modeOf(policy, parseSchemaPath(f)?.kind ?? f),
      );
      const minorWouldDo =
        !breaking && changes.every((c) => embedderModes.every((m) => allowedBy(m, c.compat)));
      files.push({
        file,
        status: "new-major",
        predecessor,
        kind: parsed.kind,
        mode,
        changes,
        compat: combined(changes),
        packageBump: breaking ? "major" : "minor",
        referencedBy: referencedBy.get(file) ?? [],
        embeddedIn: [],
      });
      if (minorWouldDo)
        notes.push(
          `schemas/${file} is compatible with schemas/${predecessor} under ${mode}: a minor version of the old major would have done.`,
        );
      continue;
    }
    files.push({
      file,
      status: "added",
      kind: parsed.kind,
      mode,
      changes: [],
      compat: "FULL",
      packageBump: "minor",
      referencedBy: referencedBy.get(file) ?? [],
      embeddedIn: [],
    });
  }

  const changed = files.filter((f) => f.status === "changed");
  addEmbeddings(changed, base, head, policy, resolvers);
  for (const f of changed) problems.push(...judgeChangedFile(f, pkg));

  for (const file of base.files.keys()) {
    if (head.files.has(file)) continue;
    const parsed = parseSchemaPath(file);
    const kind = parsed?.kind ?? file;
    files.push({
      file,
      status: "removed",
      kind,
      mode: modeOf(policy, kind),
      changes: [],
      compat: "NONE",
      packageBump: "major",
      referencedBy: [],
      embeddedIn: [],
    });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));

  const api = pkg.api ? diffPackageApi(pkg.api.base, pkg.api.head) : [];
  const required = [...files.map((f) => f.packageBump), ...api.map((c) => c.bump)].reduce<Bump>(
    maxBump,
    "none",
  );
  const packageReport: GateReport["package"] = { name: pkg.name, head: pkg.head, required };
  if (pkg.base === undefined) {
    notes.push(
      "package/manifest.json does not exist at the base: no package version to compare with.",
    );
  } else {
    packageReport.base = pkg.base;
    const actual = bumpBetween(pkg.base, pkg.head);
    const wanted = applyBump(pkg.base, required);
    packageReport.suggested =
      actual !== "decreased" && satisfies(actual, required) ? pkg.head : wanted;
    if (actual === "decreased")
      problems.push(`package/manifest.json: version went down (${pkg.base} -> ${pkg.head}).`);
    else if (!satisfies(actual, required)) {
      const why = [
        ...files
          .filter((f) => f.packageBump === required)
          .map((f) => `schemas/${f.file} ${f.status}`),
        ...api.filter((c) => c.bump === required).map((c) => `export ${c.name} ${c.change}`),
      ];
      problems.push(
        `package/manifest.json: version ${pkg.base} -> ${pkg.head} is ${actual === "none" ? "not a bump" : `a ${actual} bump`}; ` +
          `these changes need a ${required} bump (to ${wanted}): ${why.join(", ")}. Run \`npm run gen\` after changing it.`,
      );
    }
  }
  return {
    base: base.label,
    head: head.label,
    files,
    api,
    package: packageReport,
    problems,
    notes,
  };
}

/** For each file, the other files of `set` with a `$ref` into it. */
function referrers(set: SchemaSet): Map<string, string[]> {
  const byId = new Map([...set.files].map(([file, schema]) => [String(schema.$id), file]));
  const result = new Map<string, string[]>();
  for (const [file, schema] of set.files) {
    const refs: string[] = [];
    JSON.stringify(schema, (key, value) => {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      return value;
    });
    for (const ref of refs) {
      let target: string | undefined;
      try {
        const url = new URL(ref, String(schema.$id));
        url.hash = "";
        target = byId.get(url.href);
      } catch {
        target = undefined;
      }
      if (target && target !== file && !result.get(target)?.includes(file))
        result.set(target, [...(result.get(target) ?? []), file]);
    }
  }
  return result;
}

function compatibleChangeWord(changes: Change[]): string {
  return changes.every((c) => c.docOnly) ? "documentation" : "compatible";
}

/** The next major's file name of a schema file: `order/order-message.v2.schema.json`. */
function nextMajorFile(file: string): string {
  const parsed = parseSchemaPath(file);
  if (!parsed) return file;
  return `${parsed.area ? `${parsed.area}/` : ""}${parsed.kind}.v${parsed.major + 1}.schema.json`;
}

/**
 * Fills `embeddedIn` of each changed file: every head schema that also exists at the base is
 * compared again following its unchanged `$ref`s, and each change found inside a changed file is
 * judged by the embedding schema's mode, with the path it has in that schema's messages.
 */
function addEmbeddings(
  changed: FileReport[],
  base: SchemaSet,
  head: SchemaSet,
  policy: CompatPolicy,
  resolvers: { old: RefResolver; new: RefResolver },
): void {
  const byId = new Map(changed.map((f) => [String(head.files.get(f.file)?.$id), f]));
  if (byId.size === 0) return;
  for (const [file, schema] of head.files) {
    const baseSchema = base.files.get(file);
    const parsed = parseSchemaPath(file);
    if (!baseSchema || !parsed) continue;
    const id = String(schema.$id);
    const ctx: DiffContext = {
      old: { resolver: resolvers.old, docId: String(baseSchema.$id) },
      new: { resolver: resolvers.new, docId: id },
      followRefs: true,
    };
    const seen = new Map<FileReport, Change[]>();
    for (const c of diffSchemas(baseSchema, schema, ctx)) {
      const target = c.inDoc === undefined || c.inDoc === id ? undefined : byId.get(c.inDoc);
      if (!target || c.docOnly) continue;
      seen.set(target, [...(seen.get(target) ?? []), c]);
    }
    const mode = modeOf(policy, parsed.kind);
    for (const [target, changes] of seen)
      target.embeddedIn.push({
        file,
        kind: parsed.kind,
        mode,
        changes: judge(changes, mode),
        compat: combined(changes),
      });
  }
  for (const f of changed) f.embeddedIn.sort((a, b) => a.file.localeCompare(b.file));
}

/** Sets the bumps a changed file needs and returns what is wrong with it (nothing when it passes). */
function judgeChangedFile(f: FileReport, pkg: PackageVersions): string[] {
  const versions = f.schemaVersion as NonNullable<FileReport["schemaVersion"]>;
  const breaking = f.changes.filter((c) => !c.allowed);
  const brokenEmbedders = f.embeddedIn.filter((e) => e.changes.some((c) => !c.allowed));
  const parsed = parseSchemaPath(f.file);
  const major = parsed?.major ?? 1;
  const next = nextMajorFile(f.file);
  const packageMajor =
    pkg.base === undefined
      ? "bump the package major"
      : `bump the package major (${pkg.base} -> ${applyBump(pkg.base, "major")})`;
  if (breaking.length > 0 || brokenEmbedders.length > 0) {
    versions.required = "major";
    f.packageBump = "major";
  } else {
    versions.required = compatibleBump(f.changes);
    f.packageBump = versions.required;
  }
  if (breaking.length > 0)
    return [
      `schemas/${f.file}: ${breaking.length} breaking change${breaking.length === 1 ? "" : "s"} for a ${f.mode} schema, made in place. ` +
        `Keep v${major} as it was and make the change in a new major schema, schemas/${next} ` +
        `($id ending in ${next}, version ${major + 1}.0.0), then ${packageMajor}.`,
    ];
  if (brokenEmbedders.length > 0) {
    const where = brokenEmbedders.map((e) => {
      const fields = [...new Set(e.changes.filter((c) => !c.allowed).map((c) => c.field))];
      return `schemas/${e.file} (${e.mode}) at ${fields.join(", ")}`;
    });
    const successors = brokenEmbedders.map((e) => `schemas/${nextMajorFile(e.file)}`);
    return [
      `schemas/${f.file}: its changes suit its own ${f.mode} mode, but it is embedded by $ref in messages whose consumers ` +
        `they break (consumers on the previous package validate those messages with the old schema): ${where.join("; ")}. ` +
        `Make it a major release: keep v${major} as it was, put the change in schemas/${next} ($id ending in ${next}, version ${major + 1}.0.0) ` +
        `and in new majors of the embedding messages that should carry it (${successors.join(", ")}), each pointing at the new one, then ${packageMajor}.`,
    ];
  }
  if (versions.required === "none") return [];
  const actual = bumpBetween(versions.base, versions.head);
  if (actual === "decreased" || !satisfies(actual, versions.required) || actual === "major")
    return [
      `schemas/${f.file}: its "version" must get a ${versions.required} bump for these ${compatibleChangeWord(f.changes)} changes ` +
        `(${versions.base} -> ${applyBump(versions.base, versions.required)}), not ${versions.base} -> ${versions.head}.`,
    ];
  return [];
}

/** The files of `set` that reach `file` through `$ref`s, directly or through other files. */
function transitiveReferrers(set: SchemaSet, file: string): string[] {
  const direct = referrers(set);
  const found = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    for (const r of direct.get(queue.pop() as string) ?? [])
      if (r !== file && !found.has(r)) {
        found.add(r);
        queue.push(r);
      }
  }
  return [...found].sort();
}
