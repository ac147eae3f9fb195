import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CompatPolicy, evaluateGate } from "../../tools/compat/gate";
import { loadPolicy } from "../../tools/compat/load";
import { type SchemaSet, schemaSetFromDir } from "../../tools/compat/schema-set";
import { repoRoot } from "../support/paths";

const policy: CompatPolicy = loadPolicy();
const NAME = "@order-events/contracts";
const base = schemaSetFromDir(join(repoRoot, "schemas"));

type Json = Record<string, unknown>;

/** A copy of the real schemas with `edit` applied to some of them (files by path). */
function headWith(edit: (files: Map<string, Json>) => void): SchemaSet {
  const files = new Map([...base.files].map(([f, s]) => [f, structuredClone(s)]));
  edit(files);
  return { label: "head", files };
}

const ORDER = "order/order-message.v1.schema.json";
const COMMON = "outcome/outcome-common.v1.schema.json";
const get = (files: Map<string, Json>, file: string) => files.get(file) as Json;
const props = (schema: Json) => schema.properties as Json;

/** Adds an optional field to the order message (compatible for its BACKWARD mode). */
const addGiftNote = (version: string) => (files: Map<string, Json>) => {
  const order = get(files, ORDER);
  props(order).gift_note = { type: "string", maxLength: 200 };
  order.version = version;
};

/** Adds an error code (breaking for a FULL schema: old consumers reject it). */
const addErrorCode = (files: Map<string, Json>) => {
  const defs = get(files, COMMON).$defs as Record<string, Json>;
  (defs.ErrorCode as Json).enum = [
    ...((defs.ErrorCode as Json).enum as string[]),
    "PAYMENT_DECLINED",
  ];
};

describe("the evolution gate", () => {
  it("passes when no schema changed", () => {
    const report = evaluateGate(
      base,
      headWith(() => {}),
      { name: NAME, base: "1.0.0", head: "1.0.0" },
      policy,
    );
    expect(report.files).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it("passes a compatible change with minor bumps of the schema and the package", () => {
    const head = headWith(addGiftNote("1.1.0"));
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy);
    expect(report.problems).toEqual([]);
    expect(report.files).toMatchObject([
      {
        file: ORDER,
        status: "changed",
        mode: "BACKWARD",
        compat: "BACKWARD",
        packageBump: "minor",
      },
    ]);
    expect(report.package.suggested).toBe("1.1.0");
  });

  it("fails a compatible change whose schema version was not bumped, saying which bump", () => {
    const head = headWith(addGiftNote("1.0.0"));
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy);
    expect(report.problems).toEqual([
      `schemas/${ORDER}: its "version" must get a minor bump for these compatible changes (1.0.0 -> 1.1.0), not 1.0.0 -> 1.0.0.`,
    ]);
  });

  it("fails a compatible change without a package bump, naming the version to use", () => {
    const head = headWith(addGiftNote("1.1.0"));
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.0.1" }, policy);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain("version 1.0.0 -> 1.0.1 is a patch bump");
    expect(report.problems[0]).toContain("need a minor bump (to 1.1.0)");
  });

  it("accepts a patch bump for a documentation-only change", () => {
    const head = headWith((files) => {
      const order = get(files, ORDER);
      order.description = `${order.description} Clarified.`;
      order.version = "1.0.1";
    });
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.0.1" }, policy);
    expect(report.problems).toEqual([]);
    expect(report.package.required).toBe("patch");
  });

  it("fails a breaking change made in place, even with a major package bump", () => {
    const head = headWith(addErrorCode);
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "2.0.0" }, policy);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(
      `schemas/${COMMON}: 1 breaking change for a FULL schema, made in place`,
    );
    expect(report.problems[0]).toContain("schemas/outcome/outcome-common.v2.schema.json");
    const [file] = report.files;
    expect(file?.changes).toMatchObject([
      { rule: "enum-values-added", compat: "BACKWARD", allowed: false },
    ]);
    expect(file?.referencedBy).toContain("outcome/outcome-failure.v1.schema.json");
  });

  it("accepts a breaking change as a new major schema file with a major package bump", () => {
    const head = headWith((files) => {
      const v2 = structuredClone(get(files, COMMON));
      v2.$id = String(v2.$id).replace(".v1.", ".v2.");
      v2.version = "2.0.0";
      files.set("outcome/outcome-common.v2.schema.json", v2);
      addErrorCode(new Map([[COMMON, v2]]));
    });
    const ok = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "2.0.0" }, policy);
    expect(ok.problems).toEqual([]);
    expect(ok.files).toMatchObject([
      { status: "new-major", predecessor: COMMON, packageBump: "major" },
    ]);
    const minorOnly = evaluateGate(
      base,
      head,
      { name: NAME, base: "1.0.0", head: "1.1.0" },
      policy,
    );
    expect(minorOnly.problems[0]).toContain("need a major bump (to 2.0.0)");
  });

  it("notes a new major that is compatible with the previous one", () => {
    const head = headWith((files) => {
      const v2 = structuredClone(get(files, ORDER));
      v2.$id = String(v2.$id).replace(".v1.", ".v2.");
      v2.version = "2.0.0";
      files.set("order/order-message.v2.schema.json", v2);
    });
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy);
    expect(report.problems).toEqual([]);
    expect(report.notes[0]).toContain("a minor version of the old major would have done");
  });

  it("needs a minor bump for a new kind and a major one for a removed schema", () => {
    const added = headWith((files) => {
      files.set("order/order-cancelled.v1.schema.json", {
        $id: "https://schemas.order-events.example/order/order-cancelled.v1.schema.json",
        title: "OrderCancelled",
        type: "object",
      });
    });
    expect(
      evaluateGate(base, added, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy).problems,
    ).toEqual([]);
    const removed = headWith((files) => {
      files.delete("aws/sns-confirmation.v1.schema.json");
    });
    const report = evaluateGate(
      base,
      removed,
      { name: NAME, base: "1.0.0", head: "1.1.0" },
      policy,
    );
    expect(report.problems[0]).toContain(
      "need a major bump (to 2.0.0): schemas/aws/sns-confirmation.v1.schema.json removed",
    );
  });

  it("fails a package version that goes down", () => {
    const report = evaluateGate(
      base,
      headWith(() => {}),
      { name: NAME, base: "1.2.0", head: "1.1.0" },
      policy,
    );
    expect(report.problems).toEqual(["package/manifest.json: version went down (1.2.0 -> 1.1.0)."]);
  });

  it("checks only the schemas when the base has no package manifest", () => {
    const report = evaluateGate(
      base,
      headWith(addGiftNote("1.1.0")),
      { name: NAME, head: "1.0.0" },
      policy,
    );
    expect(report.problems).toEqual([]);
    expect(report.notes).toContain(
      "package/manifest.json does not exist at the base: no package version to compare with.",
    );
  });

  it("judges a change by the kind's mode: the same narrowing is fine FORWARD, breaking BACKWARD", () => {
    const batch = "aws/sqs-batch-response.v1.schema.json";
    const head = headWith((files) => {
      get(files, batch).maxProperties = 1; // narrowing: FORWARD
      get(files, batch).version = "1.1.0";
    });
    const report = evaluateGate(base, head, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy);
    expect(report.files[0]).toMatchObject({ mode: "FORWARD", compat: "FORWARD" });
    expect(report.problems).toEqual([]);
    const order = headWith((files) => {
      get(files, ORDER).maxProperties = 6;
      get(files, ORDER).version = "1.1.0";
    });
    const strict = evaluateGate(base, order, { name: NAME, base: "1.0.0", head: "1.1.0" }, policy);
    expect(strict.files[0]).toMatchObject({ mode: "BACKWARD", compat: "FORWARD" });
    expect(strict.problems[0]).toContain("breaking change for a BACKWARD schema");
  });
});
