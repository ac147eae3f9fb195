import { join } from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "../../package/manifest.json";
import { type CompatPolicy, evaluateGate } from "../../tools/compat/gate";
import { loadPolicy } from "../../tools/compat/load";
import { type SchemaSet, schemaSetFromDir } from "../../tools/compat/schema-set";
import { applyBump } from "../../tools/compat/versions";
import { repoRoot } from "../support/paths";

const policy: CompatPolicy = loadPolicy();
const NAME = manifest.name;
const base = schemaSetFromDir(join(repoRoot, "schemas"));

// Versions come from the schemas and the manifest: a release that bumps them needs no test edits.
const PKG = manifest.version;
const pkgBump = (bump: "patch" | "minor" | "major") => applyBump(PKG, bump);
const versionOf = (file: string) => String(base.files.get(file)?.version);
const schemaBump = (file: string, bump: "patch" | "minor" | "major") =>
  applyBump(versionOf(file), bump);

type Json = Record<string, unknown>;

/** A copy of the real schemas with `edit` applied to some of them (files by path). */
function headWith(edit: (files: Map<string, Json>) => void): SchemaSet {
  const files = new Map([...base.files].map(([f, s]) => [f, structuredClone(s)]));
  edit(files);
  return { label: "head", files };
}

const ORDER = "order/order-message.v1.schema.json";
const COMMON = "outcome/outcome-common.v1.schema.json";
const FAILURE = "outcome/outcome-failure.v1.schema.json";
const get = (files: Map<string, Json>, file: string) => files.get(file) as Json;
const props = (schema: Json) => schema.properties as Json;

/** Adds an optional field to the FAILURE outcome, an open object: compatible (FULL). */
const addRetryAfter = (version: string) => (files: Map<string, Json>) => {
  const failure = get(files, FAILURE);
  props(failure).retry_after_seconds = { type: "integer", minimum: 0 };
  failure.version = version;
};

/** Adds an optional field to the order message: compatible for the order's BACKWARD mode only. */
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
  const pkg = (head: string, from: string | undefined = PKG) => ({ name: NAME, base: from, head });

  it("passes when no schema changed", () => {
    const report = evaluateGate(
      base,
      headWith(() => {}),
      pkg(PKG),
      policy,
    );
    expect(report.files).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it("passes a compatible change with minor bumps of the schema and the package", () => {
    const head = headWith(addRetryAfter(schemaBump(FAILURE, "minor")));
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    expect(report.problems).toEqual([]);
    expect(report.files).toMatchObject([
      { file: FAILURE, status: "changed", mode: "FULL", compat: "FULL", packageBump: "minor" },
    ]);
    expect(report.package.suggested).toBe(pkgBump("minor"));
  });

  it("fails a compatible change whose schema version was not bumped, saying which bump", () => {
    const head = headWith(addRetryAfter(versionOf(FAILURE)));
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    expect(report.problems).toEqual([
      `schemas/${FAILURE}: its "version" must get a minor bump for these compatible changes (${versionOf(FAILURE)} -> ${schemaBump(FAILURE, "minor")}), not ${versionOf(FAILURE)} -> ${versionOf(FAILURE)}.`,
    ]);
  });

  it("fails a compatible change without a package bump, naming the version to use", () => {
    const head = headWith(addRetryAfter(schemaBump(FAILURE, "minor")));
    const report = evaluateGate(base, head, pkg(pkgBump("patch")), policy);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(`version ${PKG} -> ${pkgBump("patch")} is a patch bump`);
    expect(report.problems[0]).toContain(`need a minor bump (to ${pkgBump("minor")})`);
  });

  it("accepts a patch bump for a documentation-only change", () => {
    const head = headWith((files) => {
      const order = get(files, ORDER);
      order.description = `${order.description} Clarified.`;
      order.version = schemaBump(ORDER, "patch");
    });
    const report = evaluateGate(base, head, pkg(pkgBump("patch")), policy);
    expect(report.problems).toEqual([]);
    expect(report.package.required).toBe("patch");
  });

  it("fails an optional field added to the order: fine for the order, breaking for the outcomes, records and topic messages that embed it", () => {
    const head = headWith(addGiftNote(schemaBump(ORDER, "minor")));
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    const [order] = report.files;
    expect(order).toMatchObject({ file: ORDER, mode: "BACKWARD", packageBump: "major" });
    expect(order?.changes).toMatchObject([{ rule: "property-added-optional", allowed: true }]);
    const broken = (order?.embeddedIn ?? []).map((e) => [e.file, e.changes.map((c) => c.field)]);
    expect(broken).toEqual([
      [
        "destination/order-success-destination-record.v1.schema.json",
        ["requestPayload.gift_note", "responsePayload.order.gift_note"],
      ],
      ["outcome/order-outcome.v1.schema.json", ["order.gift_note"]],
      ["outcome/outcome-success.v1.schema.json", ["order.gift_note"]],
      [
        "topics/success-topic-message.v1.schema.json",
        ["order.gift_note", "requestPayload.gift_note", "responsePayload.order.gift_note"],
      ],
    ]);
    expect(report.problems[0]).toContain(
      `schemas/${ORDER}: its changes suit its own BACKWARD mode, but it is embedded by $ref in messages whose consumers they break`,
    );
    expect(report.problems[0]).toContain(
      "schemas/outcome/outcome-success.v1.schema.json (FULL) at order.gift_note",
    );
    expect(report.problems[0]).toContain(`bump the package major (${PKG} -> ${pkgBump("major")})`);
    expect(report.problems[1]).toContain(`need a major bump (to ${pkgBump("major")})`);
  });

  it("fails raising the order's order_id maxLength, naming the embedding messages and paths", () => {
    const head = headWith((files) => {
      const order = get(files, ORDER);
      (props(order).order_id as Json).maxLength = 128;
      order.version = schemaBump(ORDER, "minor");
    });
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    expect(report.problems[0]).toContain(
      "schemas/destination/order-success-destination-record.v1.schema.json (FULL) at requestPayload.order_id, responsePayload.order.order_id",
    );
    expect(report.problems[0]).toContain(
      "schemas/topics/success-topic-message.v1.schema.json (FULL) at order.order_id, requestPayload.order_id, responsePayload.order.order_id",
    );
    expect(report.problems[0]).toContain("schemas/order/order-message.v2.schema.json");
    expect(report.files[0]?.embeddedIn[0]?.changes[0]?.pointer).toBe(
      "/properties/requestPayload/$ref/properties/order_id/maxLength",
    );
  });

  it("fails a loosened $defs entry of the AWS destination record that the order failure record embeds", () => {
    const lambda = "aws/lambda-destination-record.v1.schema.json";
    const head = headWith((files) => {
      const schema = get(files, lambda);
      const payload = (schema.$defs as Record<string, Json>).LambdaErrorPayload as Json;
      payload.required = []; // errorMessage optional: BACKWARD, which lambda-destination-record allows
      schema.version = applyBump(String(schema.version), "minor");
    });
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    const [file] = report.files;
    expect(file?.changes.every((c) => c.allowed)).toBe(true);
    expect(file?.embeddedIn.map((e) => [e.file, e.changes[0]?.field])).toEqual([
      [
        "destination/order-failure-destination-record.v1.schema.json",
        "responsePayload.errorMessage",
      ],
      ["topics/failure-topic-message.v1.schema.json", "responsePayload.errorMessage"],
    ]);
    expect(report.problems[0]).toContain("its changes suit its own BACKWARD mode");
  });

  it("fails a breaking change made in place, even with a major package bump", () => {
    const head = headWith(addErrorCode);
    const report = evaluateGate(base, head, pkg(pkgBump("major")), policy);
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
    const ok = evaluateGate(base, head, pkg(pkgBump("major")), policy);
    expect(ok.problems).toEqual([]);
    expect(ok.files).toMatchObject([
      { status: "new-major", predecessor: COMMON, packageBump: "major" },
    ]);
    const minorOnly = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    expect(minorOnly.problems[0]).toContain(`need a major bump (to ${pkgBump("major")})`);
  });

  it("notes a new major that is compatible with the previous one", () => {
    const head = headWith((files) => {
      const v2 = structuredClone(get(files, ORDER));
      v2.$id = String(v2.$id).replace(".v1.", ".v2.");
      v2.version = "2.0.0";
      files.set("order/order-message.v2.schema.json", v2);
    });
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
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
    expect(evaluateGate(base, added, pkg(pkgBump("minor")), policy).problems).toEqual([]);
    const removed = headWith((files) => {
      files.delete("aws/sns-confirmation.v1.schema.json");
    });
    const report = evaluateGate(base, removed, pkg(pkgBump("minor")), policy);
    expect(report.problems[0]).toContain(
      `need a major bump (to ${pkgBump("major")}): schemas/aws/sns-confirmation.v1.schema.json removed`,
    );
  });

  it("fails a package version that goes down", () => {
    const report = evaluateGate(
      base,
      headWith(() => {}),
      pkg(PKG, pkgBump("minor")),
      policy,
    );
    expect(report.problems).toEqual([
      `package/manifest.json: version went down (${pkgBump("minor")} -> ${PKG}).`,
    ]);
  });

  it("checks only the schemas when the base has no package manifest", () => {
    const report = evaluateGate(
      base,
      headWith(addRetryAfter(schemaBump(FAILURE, "minor"))),
      { name: NAME, head: PKG },
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
      get(files, batch).version = schemaBump(batch, "minor");
    });
    const report = evaluateGate(base, head, pkg(pkgBump("minor")), policy);
    expect(report.files[0]).toMatchObject({ mode: "FORWARD", compat: "FORWARD" });
    expect(report.problems).toEqual([]);
    const order = headWith((files) => {
      get(files, ORDER).maxProperties = 6;
      get(files, ORDER).version = schemaBump(ORDER, "minor");
    });
    const strict = evaluateGate(base, order, pkg(pkgBump("minor")), policy);
    expect(strict.files[0]).toMatchObject({ mode: "BACKWARD", compat: "FORWARD" });
    expect(strict.problems[0]).toContain("breaking change for a BACKWARD schema");
  });
});
