import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RefResolver, type Schema } from "../../tools/compat/schema-set";
import { withDeliveredAttributeForms } from "../../tools/gen/delivered-attributes";
import { createAjv } from "../../tools/gen/generate";
import { mergeAllOf, rebaseRef, withMergedAllOf } from "../../tools/gen/merge-all-of";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { repoRoot } from "../support/paths";
import { validatedKinds, validatorForKind } from "../support/validators";

// The type generator sees the schemas with their allOf members merged (tools/gen/merge-all-of.ts):
// that view must accept exactly what the shipped validators accept, and type each outcome as one
// interface rather than an intersection.

// The catalog gen compiles: the schema files plus the attribute forms it derives from one of them.
const catalog = withDeliveredAttributeForms(loadCatalog(join(repoRoot, "schemas")));
const resolver = new RefResolver({
  label: "schemas",
  files: new Map(catalog.map((e) => [e.file, e.schema])),
});
const resolve = resolver.resolve.bind(resolver);
const ID = "https://s.example/outcome/success.v1.schema.json";
const fields = {
  type: "object",
  required: ["id"],
  properties: { id: { $ref: "#/$defs/Id" } },
};

describe("rebaseRef", () => {
  it.each([
    [
      "#/$defs/X",
      "https://s.example/a/common.json",
      "https://s.example/a/b.json",
      "common.json#/$defs/X",
    ],
    ["#/$defs/X", "https://s.example/a/b.json", "https://s.example/a/b.json", "#/$defs/X"],
    [
      "../o/order.json",
      "https://s.example/a/common.json",
      "https://s.example/a/b.json",
      "../o/order.json",
    ],
    [
      "common.json",
      "https://s.example/a/common.json",
      "https://s.example/z/y/b.json",
      "../../a/common.json",
    ],
    [
      "#/$defs/X",
      "https://t.example/a/c.json",
      "https://s.example/a/b.json",
      "https://t.example/a/c.json#/$defs/X",
    ],
  ])("%s written in %s, seen from %s: %s", (ref, from, to, expected) => {
    expect(rebaseRef(ref, from, to)).toBe(expected);
  });
});

describe("mergeAllOf", () => {
  const docs = new RefResolver({
    label: "test",
    files: new Map([
      [
        "outcome/common.v1.schema.json",
        {
          $id: "https://s.example/outcome/common.v1.schema.json",
          $defs: { Id: { type: "string" }, Fields: fields, Either: { anyOf: [fields] } },
        },
      ],
    ]),
  });
  const find = docs.resolve.bind(docs);
  const using = (member: string, rest: Record<string, unknown> = {}) => ({
    type: "object",
    allOf: [{ $ref: `common.v1.schema.json#/$defs/${member}` }],
    required: ["s"],
    properties: { s: { const: "S" } },
    ...rest,
  });

  it("merges a member's fields before the schema's own, rebasing their $refs", () => {
    expect(mergeAllOf(using("Fields"), ID, find)).toEqual({
      merged: {
        type: "object",
        required: ["id", "s"],
        properties: { id: { $ref: "common.v1.schema.json#/$defs/Id" }, s: { const: "S" } },
      },
    });
  });

  it.each([
    [
      "additionalProperties false beside the allOf",
      using("Fields", { additionalProperties: false }),
    ],
    ["a field declared twice", using("Fields", { properties: { id: {} } })],
    ["a member that is a union", using("Either")],
    ["a member that does not resolve", using("Missing")],
  ])("refuses what it cannot merge exactly: %s", (_why, schema) => {
    expect(mergeAllOf(schema, ID, find)).toHaveProperty("problem");
    expect(() => withMergedAllOf(schema, ID, find)).toThrow(/cannot merge allOf/);
  });
});

describe("the merged schemas, as the type generator sees them", () => {
  const merged = catalog.map((e) => ({ ...e, schema: withMergedAllOf(e.schema, e.id, resolve) }));
  const ajv = createAjv(merged as typeof catalog);
  const cases = (kind: string) =>
    JSON.parse(
      readFileSync(join(repoRoot, "tests", "schemas", "cases", `${kind}.cases.json`), "utf8"),
    ) as { description: string; data: unknown }[];

  it("hold no allOf, and the outcomes held one", () => {
    const allOfIn = (s: unknown) => JSON.stringify(s).includes('"allOf"');
    expect(merged.filter((e) => allOfIn(e.schema)).map((e) => e.file)).toEqual([]);
    expect(catalog.filter((e) => allOfIn(e.schema)).map((e) => e.kind)).toEqual([
      "outcome-failure",
      "outcome-success",
    ]);
  });

  it.each(validatedKinds)("accept exactly what the shipped validator accepts: %s cases", (kind) => {
    const id = catalog.find((e) => e.kind === kind)?.id as string;
    const view = ajv.getSchema(id);
    for (const c of cases(kind))
      expect([c.description, view?.(c.data)]).toEqual([
        c.description,
        validatorForKind(kind)(c.data),
      ]);
  });

  it("type each outcome as one interface holding the shared fields", () => {
    const types = readFileSync(join(repoRoot, "generated", "types.d.ts"), "utf8");
    const common = catalog.find((e) => e.kind === "outcome-common")?.schema as {
      $defs: Record<string, { properties: Record<string, Schema> }>;
    };
    const shared = Object.keys(common.$defs.OutcomeFields?.properties ?? {});
    expect(shared.length).toBeGreaterThan(10);
    for (const title of ["OrderSuccessOutcome", "OrderFailureOutcome"]) {
      const body = new RegExp(`export interface ${title} \\{\\n([\\s\\S]*?)\\n\\}`).exec(
        types,
      )?.[1];
      const members = [...(body ?? "").matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]);
      expect(members, title).toEqual(expect.arrayContaining(shared));
    }
    expect(types).not.toMatch(/export (interface|type) OutcomeFields\b|OutcomeFields &/);
  });
});
