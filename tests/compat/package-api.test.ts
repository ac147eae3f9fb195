import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "../../package/manifest.json";
import { evaluateGate } from "../../tools/compat/gate";
import { loadPolicy } from "../../tools/compat/load";
import { diffPackageApi, type PackageApi, packageApi } from "../../tools/compat/package-api";
import { schemaSetFromDir } from "../../tools/compat/schema-set";
import { applyBump } from "../../tools/compat/versions";
import { repoRoot } from "../support/paths";

// The package-exports gate: every change of what the package exports is classified, a new export
// as a minor version, a removed or changed one as a major version.

const generated = (path: string) => {
  const file = join(repoRoot, "generated", path);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};
/** The real package's API with some files' text edited. */
const apiWith = (edits: Record<string, (text: string) => string> = {}): PackageApi => {
  const api = packageApi((path) => {
    const text = generated(path);
    return text === undefined ? undefined : (edits[path]?.(text) ?? text);
  });
  if (!api) throw new Error("generated/ holds no package");
  return api;
};
const head = apiWith();

describe("the package's API", () => {
  it("holds the entry points, the schema-made names, and each helper's declaration", () => {
    expect(head.exports.get("entry ./validation")).toBe("");
    expect(head.exports.get("validateOrderMessage")).toBe("");
    expect(head.exports.get("OrderMessage")).toBe("");
    expect(head.exports.get("validate")).toBe(
      "export declare function validate<T>(validator: Validator<T>, data: unknown): ValidationResult<T>;",
    );
    expect(head.exports.get("readFailureTopicRecord")).toContain(
      "options?: ReadTopicRecordOptions<D>",
    );
  });

  it("classifies an added export as minor, a removed or changed one as major", () => {
    const older = apiWith({
      "validation/index.d.ts": (t) => t.replace("readSuccessTopicRecord, ", ""),
      "validation/validate.d.ts": (t) => t.replace("data: unknown", "data: object"),
      "package.json": (t) => t.replace('"./catalog.json"', '"./catalogue.json"'),
    });

    expect(diffPackageApi(older, head)).toEqual([
      { name: "entry ./catalog.json", change: "added", bump: "minor" },
      { name: "entry ./catalogue.json", change: "removed", bump: "major" },
      { name: "readSuccessTopicRecord", change: "added", bump: "minor" },
      { name: "validate", change: "changed", bump: "major" },
    ]);
  });

  it("ignores documentation: a changed comment is no API change", () => {
    const documented = apiWith({
      "validation/validate.d.ts": (t) => t.replace("/**", "/** Reworded. "),
    });

    expect(diffPackageApi(documented, head)).toEqual([]);
  });
});

describe("the evolution gate with the package's API", () => {
  const schemas = schemaSetFromDir(join(repoRoot, "schemas"));
  const gate = (base: PackageApi, version: string) =>
    evaluateGate(
      schemas,
      schemas,
      { name: manifest.name, base: manifest.version, head: version, api: { base, head } },
      loadPolicy(),
    );
  const withoutReader = apiWith({
    "validation/index.d.ts": (t) => t.replace("readSuccessTopicRecord, ", ""),
  });

  it("asks a minor version for a new export", () => {
    const report = gate(withoutReader, manifest.version);

    expect(report.package.required).toBe("minor");
    expect(report.problems[0]).toContain("export readSuccessTopicRecord added");
    expect(gate(withoutReader, applyBump(manifest.version, "minor")).problems).toEqual([]);
  });

  it("asks a major version for a removed export", () => {
    const report = gate(head, applyBump(manifest.version, "minor"));
    const removed = evaluateGate(
      schemas,
      schemas,
      {
        name: manifest.name,
        base: manifest.version,
        head: applyBump(manifest.version, "minor"),
        api: { base: head, head: withoutReader },
      },
      loadPolicy(),
    );

    expect(report.problems).toEqual([]);
    expect(removed.package.required).toBe("major");
    expect(removed.problems[0]).toContain("export readSuccessTopicRecord removed");
  });
});
