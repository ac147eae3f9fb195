import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "../../package/manifest.json";
import { evaluateGate } from "../../tools/compat/gate";
import { loadPolicy } from "../../tools/compat/load";
import { type SchemaSet, schemaSetFromDir } from "../../tools/compat/schema-set";
import { applyBump } from "../../tools/compat/versions";
import { planRelease } from "../../tools/release/plan";
import { repoRoot } from "../support/paths";

const base = schemaSetFromDir(join(repoRoot, "schemas"));
const NAME = manifest.name;
const FAILURE = "outcome/outcome-failure.v1.schema.json";
const SUCCESS = "outcome/outcome-success.v1.schema.json";
const ORDER = "order/order-message.v1.schema.json";
const allSchemas = [...base.files].map(([file, s]) => ({ file, version: String(s.version) }));
// The last release is taken to be the manifest's version: a release that bumps it needs no edits.
const PREVIOUS = manifest.version;
const TAG = `contracts-v${PREVIOUS}`;

/** The real schemas with an optional field on the FAILURE outcome and a clarified success description. */
function changedHead(): SchemaSet {
  const files = new Map([...base.files].map(([f, s]) => [f, structuredClone(s)]));
  const failure = files.get(FAILURE) as Record<string, unknown>;
  (failure.properties as Record<string, unknown>).retry_after_seconds = { type: "integer" };
  failure.version = applyBump(String(failure.version), "minor");
  const success = files.get(SUCCESS) as Record<string, unknown>;
  success.description = `${success.description} Clarified.`;
  success.version = applyBump(String(success.version), "patch");
  return { label: "head", files };
}

function plan(headVersion: string) {
  const report = evaluateGate(
    base,
    changedHead(),
    { name: NAME, base: PREVIOUS, head: headVersion },
    loadPolicy(),
  );
  return planRelease(
    report,
    { name: NAME, version: headVersion, previous: { version: PREVIOUS, ref: TAG } },
    allSchemas,
  );
}

describe("release:dry", () => {
  it("gives the manifest's version and a changelog grouped by effect", () => {
    const next = applyBump(PREVIOUS, "minor");
    const result = plan(next);
    expect(result.problems).toEqual([]);
    expect(result.version).toBe(next);
    expect(result.changelog).toContain(`## ${NAME} ${next}`);
    expect(result.changelog).toContain(`Changes since ${PREVIOUS} (${TAG}).`);
    expect(result.changelog).toMatch(
      /### Compatible changes\n\n- `outcome\/outcome-failure`, retry_after_seconds: optional property "retry_after_seconds" added/,
    );
    expect(result.changelog).toMatch(
      /### Documentation\n\n- `outcome\/outcome-success`, \(root\): description changed/,
    );
    expect(result.changelog).not.toContain("### Breaking changes");
  });

  it("refuses a version below what the changes need, naming the right one", () => {
    const patch = applyBump(PREVIOUS, "patch");
    expect(plan(patch).problems).toContain(
      `package/manifest.json says ${patch}, but the changes since ${PREVIOUS} need a minor bump (${applyBump(PREVIOUS, "minor")}).`,
    );
    expect(plan(PREVIOUS).problems).toContain(
      `${PREVIOUS} is already released (${TAG}): bump package/manifest.json.`,
    );
  });

  it("lists every schema for a first release", () => {
    const first = planRelease(undefined, { name: NAME, version: manifest.version }, allSchemas);
    expect(first.changelog).toContain("First release. Schemas:");
    expect(first.changelog).toContain(
      `- \`order/order-message\` ${base.files.get(ORDER)?.version} (schemas/${ORDER})`,
    );
  });

  it("runs from npm, prints the version and publishes nothing", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
        join(repoRoot, "tools", "release", "main.ts"),
      ],
      { cwd: repoRoot, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stdout).toContain(`release:dry: ${NAME} ${manifest.version}`);
    expect(r.stdout).toContain("Dry run: nothing was tagged or published.");
    expect(r.status).toBe(0);
  }, 30_000);
});
