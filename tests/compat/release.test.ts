import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "../../package/manifest.json";
import { evaluateGate } from "../../tools/compat/gate";
import { loadPolicy } from "../../tools/compat/load";
import { type SchemaSet, schemaSetFromDir } from "../../tools/compat/schema-set";
import { planRelease } from "../../tools/release/plan";
import { repoRoot } from "../support/paths";

const base = schemaSetFromDir(join(repoRoot, "schemas"));
const NAME = "@order-events/contracts";
const ORDER = "order/order-message.v1.schema.json";
const SUCCESS = "outcome/outcome-success.v1.schema.json";
const allSchemas = [...base.files].map(([file, s]) => ({ file, version: String(s.version) }));

/** The real schemas with an optional field on the order and a clarified success description. */
function changedHead(): SchemaSet {
  const files = new Map([...base.files].map(([f, s]) => [f, structuredClone(s)]));
  const order = files.get(ORDER) as Record<string, Record<string, unknown>>;
  (order.properties as Record<string, unknown>).gift_note = { type: "string", maxLength: 200 };
  (order as Record<string, unknown>).version = "1.1.0";
  const success = files.get(SUCCESS) as Record<string, unknown>;
  success.description = `${success.description} Clarified.`;
  success.version = "1.0.1";
  return { label: "head", files };
}

function plan(headVersion: string) {
  const report = evaluateGate(
    base,
    changedHead(),
    { name: NAME, base: "1.0.0", head: headVersion },
    loadPolicy(),
  );
  return planRelease(
    report,
    { name: NAME, version: headVersion, previous: { version: "1.0.0", ref: "contracts-v1.0.0" } },
    allSchemas,
  );
}

describe("release:dry", () => {
  it("gives the manifest's version and a changelog grouped by effect", () => {
    const result = plan("1.1.0");
    expect(result.problems).toEqual([]);
    expect(result.version).toBe("1.1.0");
    expect(result.changelog).toContain("## @order-events/contracts 1.1.0");
    expect(result.changelog).toContain("Changes since 1.0.0 (contracts-v1.0.0).");
    expect(result.changelog).toMatch(
      /### Compatible changes\n\n- `order\/order-message`, gift_note: optional property "gift_note" added/,
    );
    expect(result.changelog).toMatch(
      /### Documentation\n\n- `outcome\/outcome-success`, \(root\): description changed/,
    );
    expect(result.changelog).not.toContain("### Breaking changes");
  });

  it("refuses a version below what the changes need, naming the right one", () => {
    expect(plan("1.0.1").problems).toContain(
      "package/manifest.json says 1.0.1, but the changes since 1.0.0 need a minor bump (1.1.0).",
    );
    expect(plan("1.0.0").problems).toContain(
      "1.0.0 is already released (contracts-v1.0.0): bump package/manifest.json.",
    );
  });

  it("lists every schema for a first release", () => {
    const first = planRelease(undefined, { name: NAME, version: "1.0.0" }, allSchemas);
    expect(first.changelog).toContain("First release. Schemas:");
    expect(first.changelog).toContain(
      "- `order/order-message` 1.0.0 (schemas/order/order-message.v1.schema.json)",
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
