import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Compat } from "../../tools/compat/compat";
import { combined, RULES, type RuleId } from "../../tools/compat/diff";
import type { Schema } from "../../tools/compat/schema-set";
import { repoRoot } from "../support/paths";
import { classify } from "./classify";

interface RuleCase {
  name: string;
  before: Schema;
  after: Schema;
  /** Each expected change: rule and class (and, when given, the field it concerns). */
  expect: { rule: RuleId; compat: Compat; field?: string }[];
  extra?: { before?: Record<string, Schema>; after?: Record<string, Schema> };
}

const open = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: "object",
  required,
  properties,
});
const closed = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: "object",
  additionalProperties: false,
  required,
  properties,
});
const str: Schema = { type: "string" };
/** A record whose `context.tag` has the given schema (the shape of a destination record's condition). */
const tagged = (tag: Schema): Schema =>
  open({ id: str, context: open({ tag }, ["tag"]) }, ["id", "context"]);

/** A file of shared fields: `Fields` holds `id` (a local $ref) and `a` (of schema `a`). */
const COMMON = "area/common.v1.schema.json";
const shared = (a: Schema): Schema => ({
  $defs: {
    Id: { type: "string", format: "uuid" },
    Fields: open({ id: { $ref: "#/$defs/Id" }, a }, ["id"]),
  },
});
/** An open object taking the shared fields by allOf, plus its own. */
const sharing = (properties: Record<string, Schema>, required: string[]): Schema => ({
  type: "object",
  allOf: [{ $ref: "common.v1.schema.json#/$defs/Fields" }],
  required,
  properties,
});

const cases: RuleCase[] = [
  // Documentation and names
  {
    name: "a description changes",
    before: { type: "string", description: "a" },
    after: { type: "string", description: "b" },
    expect: [{ rule: "annotation-changed", compat: "FULL" }],
  },
  {
    name: "examples change",
    before: { type: "string", examples: ["a"] },
    after: { type: "string", examples: ["b"] },
    expect: [{ rule: "annotation-changed", compat: "FULL" }],
  },
  {
    name: "a nested title changes",
    before: open({ a: { title: "A", type: "string" } }),
    after: open({ a: { title: "B", type: "string" } }),
    expect: [{ rule: "annotation-changed", compat: "FULL", field: "a" }],
  },
  {
    name: "the document's title (its type name) changes",
    before: { title: "Order", type: "object" },
    after: { title: "Purchase", type: "object" },
    expect: [{ rule: "type-renamed", compat: "NONE" }],
  },
  {
    name: "a $defs title (its type name) changes",
    before: { $defs: { A: { title: "A", type: "string" } } },
    after: { $defs: { A: { title: "B", type: "string" } } },
    expect: [{ rule: "type-renamed", compat: "NONE", field: "$defs A" }],
  },
  // Properties
  {
    name: "optional property added to an open object",
    before: open({ a: str }),
    after: open({ a: str, b: str }),
    expect: [{ rule: "property-added-optional", compat: "FULL", field: "b" }],
  },
  {
    name: "optional property added to a closed object",
    before: closed({ a: str }),
    after: closed({ a: str, b: str }),
    expect: [{ rule: "property-added-optional", compat: "BACKWARD", field: "b" }],
  },
  {
    name: "optional property that fits additionalProperties' schema",
    before: { type: "object", additionalProperties: str },
    after: {
      type: "object",
      additionalProperties: str,
      properties: { b: { type: "string", maxLength: 3 } },
    },
    expect: [{ rule: "property-added-optional", compat: "FULL" }],
  },
  {
    name: "optional property that does not fit additionalProperties' schema",
    before: { type: "object", additionalProperties: str },
    after: { type: "object", additionalProperties: str, properties: { b: { type: "integer" } } },
    expect: [{ rule: "property-added-optional", compat: "BACKWARD" }],
  },
  {
    name: "required property added to an open object",
    before: open({ a: str }, ["a"]),
    after: open({ a: str, b: str }, ["a", "b"]),
    expect: [{ rule: "property-added-required", compat: "FORWARD", field: "b" }],
  },
  {
    name: "required property added to a closed object",
    before: closed({ a: str }, ["a"]),
    after: closed({ a: str, b: str }, ["a", "b"]),
    expect: [{ rule: "property-added-required", compat: "NONE", field: "b" }],
  },
  {
    name: "optional property removed from an open object",
    before: open({ a: str, b: str }),
    after: open({ a: str }),
    expect: [{ rule: "property-removed", compat: "BACKWARD", field: "b" }],
  },
  {
    name: "optional property removed from a closed object",
    before: closed({ a: str, b: str }),
    after: closed({ a: str }),
    expect: [{ rule: "property-removed", compat: "FORWARD", field: "b" }],
  },
  {
    name: "required property removed from an open object",
    before: open({ a: str, b: str }, ["b"]),
    after: open({ a: str }),
    expect: [{ rule: "property-removed", compat: "BACKWARD", field: "b" }],
  },
  {
    name: "required property removed from a closed object",
    before: closed({ a: str, b: str }, ["b"]),
    after: closed({ a: str }),
    expect: [{ rule: "property-removed", compat: "NONE", field: "b" }],
  },
  {
    name: "an optional property becomes required",
    before: open({ a: str }),
    after: open({ a: str }, ["a"]),
    expect: [{ rule: "property-made-required", compat: "FORWARD", field: "a" }],
  },
  {
    name: "a required property becomes optional",
    before: open({ a: str }, ["a"]),
    after: open({ a: str }),
    expect: [{ rule: "property-made-optional", compat: "BACKWARD", field: "a" }],
  },
  {
    name: "a property's type narrows, deep inside an array",
    before: open({ items: { type: "array", items: open({ q: { type: "number" } }) } }),
    after: open({ items: { type: "array", items: open({ q: { type: "integer" } }) } }),
    expect: [{ rule: "type-narrowed", compat: "FORWARD", field: "items[].q" }],
  },
  // additionalProperties
  {
    name: "an open object is closed",
    before: open({ a: str }),
    after: closed({ a: str }),
    expect: [{ rule: "additional-properties-closed", compat: "FORWARD" }],
  },
  {
    name: "an open object gets an additionalProperties schema",
    before: { type: "object" },
    after: { type: "object", additionalProperties: str },
    expect: [{ rule: "additional-properties-closed", compat: "FORWARD" }],
  },
  {
    name: "a closed object is opened",
    before: closed({ a: str }),
    after: open({ a: str }),
    expect: [{ rule: "additional-properties-opened", compat: "BACKWARD" }],
  },
  {
    name: "additionalProperties false becomes a schema",
    before: { type: "object", additionalProperties: false },
    after: { type: "object", additionalProperties: str },
    expect: [{ rule: "additional-properties-opened", compat: "BACKWARD" }],
  },
  {
    name: "the additionalProperties schema widens",
    before: { type: "object", additionalProperties: str },
    after: { type: "object", additionalProperties: { type: ["string", "null"] } },
    expect: [{ rule: "type-widened", compat: "BACKWARD", field: "*" }],
  },
  // type
  {
    name: "type narrowed (null no longer allowed)",
    before: { type: ["string", "null"] },
    after: { type: "string" },
    expect: [{ rule: "type-narrowed", compat: "FORWARD" }],
  },
  {
    name: "type narrowed (number to integer)",
    before: { type: "number" },
    after: { type: "integer" },
    expect: [{ rule: "type-narrowed", compat: "FORWARD" }],
  },
  {
    name: "type added where there was none",
    before: {},
    after: { type: "string" },
    expect: [{ rule: "type-narrowed", compat: "FORWARD" }],
  },
  {
    name: "type widened (null allowed)",
    before: { type: "string" },
    after: { type: ["string", "null"] },
    expect: [{ rule: "type-widened", compat: "BACKWARD" }],
  },
  {
    name: "type widened (integer to number)",
    before: { type: "integer" },
    after: { type: "number" },
    expect: [{ rule: "type-widened", compat: "BACKWARD" }],
  },
  {
    name: "type changed to an unrelated one",
    before: { type: "string" },
    after: { type: "integer" },
    expect: [{ rule: "type-changed", compat: "NONE" }],
  },
  {
    name: "the same types in another order",
    before: { type: ["string", "null"] },
    after: { type: ["null", "string"] },
    expect: [],
  },
  // enum and const
  {
    name: "an enum value added",
    before: { enum: ["A", "B"] },
    after: { enum: ["A", "B", "C"] },
    expect: [{ rule: "enum-values-added", compat: "BACKWARD" }],
  },
  {
    name: "an enum value removed",
    before: { enum: ["A", "B"] },
    after: { enum: ["A"] },
    expect: [{ rule: "enum-values-removed", compat: "FORWARD" }],
  },
  {
    name: "an enum value renamed (added and removed)",
    before: { enum: ["A", "B"] },
    after: { enum: ["A", "C"] },
    expect: [
      { rule: "enum-values-added", compat: "BACKWARD" },
      { rule: "enum-values-removed", compat: "FORWARD" },
    ],
  },
  {
    name: "a const becomes an enum holding it",
    before: { const: "A" },
    after: { enum: ["A", "B"] },
    expect: [{ rule: "enum-values-added", compat: "BACKWARD" }],
  },
  {
    name: "an enum is added",
    before: { type: "string" },
    after: { type: "string", enum: ["A"] },
    expect: [{ rule: "enum-added", compat: "FORWARD" }],
  },
  {
    name: "a const is added",
    before: { type: "string" },
    after: { type: "string", const: "1" },
    expect: [{ rule: "enum-added", compat: "FORWARD" }],
  },
  {
    name: "an enum is removed",
    before: { type: "string", enum: ["A"] },
    after: { type: "string" },
    expect: [{ rule: "enum-removed", compat: "BACKWARD" }],
  },
  {
    name: "a const changes",
    before: { const: "1" },
    after: { const: "2" },
    expect: [{ rule: "const-changed", compat: "NONE" }],
  },
  // constraints
  {
    name: "maxLength lowered",
    before: { type: "string", maxLength: 64 },
    after: { type: "string", maxLength: 32 },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  {
    name: "maxLength raised",
    before: { type: "string", maxLength: 64 },
    after: { type: "string", maxLength: 128 },
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "minimum added",
    before: { type: "integer" },
    after: { type: "integer", minimum: 1 },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  {
    name: "maximum removed",
    before: { type: "integer", maximum: 10 },
    after: { type: "integer" },
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "minItems lowered",
    before: { type: "array", minItems: 1 },
    after: { type: "array", minItems: 0 },
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "exclusiveMinimum raised",
    before: { type: "number", exclusiveMinimum: 0 },
    after: { type: "number", exclusiveMinimum: 1 },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  {
    name: "pattern added",
    before: str,
    after: { type: "string", pattern: "^[A-Z]+$" },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  {
    name: "format removed",
    before: { type: "string", format: "uuid" },
    after: str,
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "pattern replaced",
    before: { type: "string", pattern: "^[A-Z]+$" },
    after: { type: "string", pattern: "^[a-z]+$" },
    expect: [{ rule: "constraint-changed", compat: "NONE" }],
  },
  {
    name: "multipleOf made a multiple",
    before: { type: "integer", multipleOf: 2 },
    after: { type: "integer", multipleOf: 4 },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  {
    name: "multipleOf made a divisor",
    before: { type: "integer", multipleOf: 4 },
    after: { type: "integer", multipleOf: 2 },
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "multipleOf changed to an unrelated one",
    before: { type: "integer", multipleOf: 2 },
    after: { type: "integer", multipleOf: 3 },
    expect: [{ rule: "constraint-changed", compat: "NONE" }],
  },
  {
    name: "uniqueItems turned on",
    before: { type: "array" },
    after: { type: "array", uniqueItems: true },
    expect: [{ rule: "constraint-tightened", compat: "FORWARD" }],
  },
  // $ref
  {
    name: "$ref retargeted to an equivalent schema",
    before: open({ a: { $ref: "#/$defs/Old" } }),
    after: open({ a: { $ref: "#/$defs/New" } }),
    extra: {},
    expect: [{ rule: "ref-changed", compat: "FULL", field: "a" }],
  },
  {
    name: "$ref retargeted to a narrower schema in another file",
    before: open({ code: { $ref: "common.v1.schema.json#/$defs/Code" } }),
    after: open({ code: { $ref: "common.v2.schema.json#/$defs/Code" } }),
    extra: {
      before: { "area/common.v1.schema.json": { $defs: { Code: { enum: ["A", "B"] } } } },
      after: { "area/common.v2.schema.json": { $defs: { Code: { enum: ["A"] } } } },
    },
    expect: [
      { rule: "ref-changed", compat: "FORWARD", field: "code" },
      { rule: "enum-values-removed", compat: "FORWARD", field: "code" },
    ],
  },
  {
    name: "$ref retargeted to a schema that does not exist",
    before: open({ a: { $ref: "#/$defs/A" } }),
    after: open({ a: { $ref: "missing.v1.schema.json" } }),
    expect: [{ rule: "ref-changed", compat: "NONE", field: "a" }],
  },
  // combinators
  {
    name: "anyOf gains a variant",
    before: { anyOf: [{ $ref: "#/$defs/A" }] },
    after: { anyOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }] },
    expect: [{ rule: "variant-added", compat: "BACKWARD" }],
  },
  {
    name: "oneOf loses a variant",
    before: { oneOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }] },
    after: { oneOf: [{ $ref: "#/$defs/A" }] },
    expect: [{ rule: "variant-removed", compat: "FORWARD" }],
  },
  {
    name: "a oneOf variant changes inside",
    before: { oneOf: [{ title: "A", type: "string", maxLength: 3 }] },
    after: { oneOf: [{ title: "A", type: "string", maxLength: 5 }] },
    expect: [{ rule: "constraint-loosened", compat: "BACKWARD" }],
  },
  {
    name: "allOf gains a member",
    before: { allOf: [{ $ref: "#/$defs/A" }] },
    after: { allOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }] },
    expect: [{ rule: "all-of-added", compat: "FORWARD" }],
  },
  {
    name: "allOf loses a member",
    before: { allOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }] },
    after: { allOf: [{ $ref: "#/$defs/A" }] },
    expect: [{ rule: "all-of-removed", compat: "BACKWARD" }],
  },
  {
    name: "fields moved into a shared allOf member of another file, unchanged",
    before: open({ id: { $ref: "common.v1.schema.json#/$defs/Id" }, a: str, s: str }, ["id", "s"]),
    after: sharing({ s: str }, ["s"]),
    extra: { before: { [COMMON]: shared(str) }, after: { [COMMON]: shared(str) } },
    expect: [{ rule: "all-of-merged", compat: "FULL", field: "(root)" }],
  },
  {
    name: "fields moved out of a shared allOf member, unchanged",
    before: sharing({ s: str }, ["s"]),
    after: open({ id: { $ref: "common.v1.schema.json#/$defs/Id" }, a: str, s: str }, ["id", "s"]),
    extra: { before: { [COMMON]: shared(str) }, after: { [COMMON]: shared(str) } },
    expect: [{ rule: "all-of-merged", compat: "FULL" }],
  },
  {
    name: "a field that changes as it moves into a shared allOf member",
    before: open({ id: { $ref: "common.v1.schema.json#/$defs/Id" }, a: str, s: str }, ["id", "s"]),
    after: sharing({ s: str }, ["s"]),
    extra: { before: { [COMMON]: shared(str) }, after: { [COMMON]: shared({ type: "integer" }) } },
    expect: [
      { rule: "all-of-merged", compat: "FULL" },
      { rule: "type-changed", compat: "NONE", field: "a" },
    ],
  },
  {
    name: "a shared allOf member under additionalProperties false is not merged (it would widen)",
    before: closed({ id: { $ref: "common.v1.schema.json#/$defs/Id" }, a: str, s: str }, [
      "id",
      "s",
    ]),
    after: { ...(sharing({ s: str }, ["s"]) as object), additionalProperties: false },
    extra: { before: { [COMMON]: shared(str) }, after: { [COMMON]: shared(str) } },
    expect: [
      { rule: "property-removed", compat: "NONE", field: "id" },
      { rule: "property-removed", compat: "FORWARD", field: "a" },
      { rule: "all-of-added", compat: "FORWARD" },
    ],
  },
  {
    name: "an anyOf variant retargeted in place to a wider schema",
    before: { anyOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/Old" }] },
    after: { anyOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/Wide" }] },
    expect: [
      { rule: "ref-changed", compat: "BACKWARD" },
      { rule: "constraint-loosened", compat: "BACKWARD" },
    ],
  },
  // $defs
  {
    name: "a definition added",
    before: { $defs: { A: str } },
    after: { $defs: { A: str, B: str } },
    expect: [{ rule: "definition-added", compat: "FULL", field: "$defs B" }],
  },
  {
    name: "a definition removed",
    before: { $defs: { A: str, B: str } },
    after: { $defs: { A: str } },
    expect: [{ rule: "definition-removed", compat: "NONE", field: "$defs B" }],
  },
  // what the gate cannot analyse
  {
    name: "a not changes",
    before: { type: "string", not: { const: "A" } },
    after: { type: "string", not: { const: "B" } },
    expect: [{ rule: "keyword-changed", compat: "NONE" }],
  },
  {
    name: "a discriminator changes",
    before: { discriminator: { propertyName: "a" } },
    after: { discriminator: { propertyName: "b" } },
    expect: [{ rule: "keyword-changed", compat: "NONE" }],
  },
  {
    name: "a record split into oneOf variants by a tag: one value, and any other value",
    before: tagged({ type: "string" }),
    after: {
      oneOf: [
        tagged({ type: "string", const: "S" }),
        tagged({ type: "string", not: { const: "S" } }),
      ],
    },
    expect: [{ rule: "variants-split", compat: "FULL", field: "(root)" }],
  },
  {
    name: "a split into anyOf variants whose sets overlap still accepts everything",
    before: tagged({ type: "string" }),
    after: {
      anyOf: [
        tagged({ type: "string", enum: ["S", "T"] }),
        tagged({ type: "string", not: { const: "S" } }),
      ],
    },
    expect: [{ rule: "variants-split", compat: "FULL" }],
  },
  {
    name: "a split that leaves values out is not a split (the gate cannot prove it)",
    before: tagged({ type: "string" }),
    after: {
      oneOf: [tagged({ type: "string", const: "S" }), tagged({ type: "string", const: "F" })],
    },
    // Read as a rewrite of the root: its type and properties gone, a oneOf added.
    expect: [
      { rule: "type-widened", compat: "BACKWARD" },
      { rule: "property-removed", compat: "BACKWARD" },
      { rule: "property-removed", compat: "BACKWARD" },
      { rule: "keyword-changed", compat: "NONE" },
    ],
  },
  {
    name: "a oneOf split whose variants overlap is not a split (oneOf rejects the overlap)",
    before: tagged({ type: "string" }),
    after: {
      oneOf: [
        tagged({ type: "string", enum: ["S", "T"] }),
        tagged({ type: "string", not: { const: "S" } }),
      ],
    },
    // Read as a rewrite of the root: its type and properties gone, a oneOf added.
    expect: [
      { rule: "type-widened", compat: "BACKWARD" },
      { rule: "property-removed", compat: "BACKWARD" },
      { rule: "property-removed", compat: "BACKWARD" },
      { rule: "keyword-changed", compat: "NONE" },
    ],
  },
  {
    name: "anyOf added as a whole",
    before: str,
    after: { ...str, anyOf: [{ maxLength: 1 }] },
    expect: [{ rule: "keyword-changed", compat: "NONE" }],
  },
];

// The definitions the local $ref cases point at, identical on both sides.
const localDefs = {
  A: str,
  B: { type: "integer" },
  Old: { type: "string", maxLength: 3 },
  New: { type: "string", maxLength: 3 },
  Wide: { type: "string", maxLength: 9 },
};
for (const c of cases) {
  if (!JSON.stringify([c.before, c.after]).includes("#/$defs/")) continue;
  c.before = { ...(c.before as object), $defs: localDefs };
  c.after = { ...(c.after as object), $defs: localDefs };
}

describe("schema evolution rules (before -> after)", () => {
  it.each(cases)("$name", (c) => {
    const changes = classify(c.before, c.after, c.extra);
    expect(changes.map(({ rule, compat }) => ({ rule, compat }))).toEqual(
      c.expect.map(({ rule, compat }) => ({ rule, compat })),
    );
    c.expect.forEach((e, i) => {
      if (e.field !== undefined) expect(changes[i]?.field).toBe(e.field);
    });
  });

  it("has a before/after case for every rule, and RULES.md documents each", () => {
    const covered = new Set(cases.flatMap((c) => c.expect.map((e) => e.rule)));
    const rules = Object.keys(RULES);
    expect(rules.filter((r) => !covered.has(r as RuleId))).toEqual([]);
    const doc = readFileSync(join(repoRoot, "tools", "compat", "RULES.md"), "utf8");
    expect(rules.filter((r) => !doc.includes(`\`${r}\``))).toEqual([]);
  });

  it("marks documentation changes as such (a patch suffices) and nothing else", () => {
    const doc = classify(
      { type: "string", description: "a" },
      { type: "string", description: "b" },
    );
    expect(doc.every((c) => c.docOnly)).toBe(true);
    const field = classify(open({ a: str }), open({ a: str, b: str }));
    expect(field.some((c) => c.docOnly)).toBe(false);
  });

  it("combines classes: FULL with X is X, BACKWARD with FORWARD is NONE", () => {
    expect(combined([])).toBe("FULL");
    const renamedValue = classify({ enum: ["A", "B"] }, { enum: ["A", "C"] });
    expect(combined(renamedValue)).toBe("NONE");
    const widened = classify(
      { type: "string", description: "a", maxLength: 3 },
      { type: "string", description: "b", maxLength: 4 },
    );
    expect(combined(widened)).toBe("BACKWARD");
  });

  it("finds no change between a schema and a reformatted copy of itself", () => {
    const file = join(repoRoot, "schemas", "order", "order-message.v1.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8"));
    const reordered = Object.fromEntries(Object.entries(schema).reverse());
    expect(classify(schema, reordered)).toEqual([]);
  });
});
