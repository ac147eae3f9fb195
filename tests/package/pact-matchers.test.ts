import { MatchersV3 } from "@pact-foundation/pact";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { reify } from "../../lib/pact/reify";
import type { ResolveRef } from "../../tools/gen/merge-all-of";
import {
  arrayLike,
  type DeriveContext,
  deriveMatchers,
  equal,
  FORMAT_PATTERNS,
  integer,
  like,
  nullValue,
  number,
  regex,
} from "../../tools/gen/pact-matchers";

// How gen derives the Pact kit's matchers from a schema (tools/gen/pact-matchers.ts): the JSON it
// writes is what @pact-foundation/pact's MatchersV3 builds, so the package needs no Pact.

describe("the kit's matcher JSON is MatchersV3's", () => {
  const template = { sku: MatchersV3.like("SKU-1") };

  it.each([
    ["like", like("ORD-1"), MatchersV3.like("ORD-1")],
    ["boolean", like(false), MatchersV3.boolean(false)],
    ["equal", equal("order.outcome"), MatchersV3.equal("order.outcome")],
    ["integer", integer(3998), MatchersV3.integer(3998)],
    ["number", number(12.5), MatchersV3.number(12.5)],
    ["regex", regex("^[A-Z]{3}$", "EUR"), MatchersV3.regex("^[A-Z]{3}$", "EUR")],
    ["null", nullValue(), MatchersV3.nullValue()],
    ["eachLike", arrayLike(template, 1), MatchersV3.eachLike(template, 1)],
    ["atLeastLike 0", arrayLike(template, 0), MatchersV3.atLeastLike(template, 0, 1)],
    [
      "constrainedArrayLike",
      arrayLike(template, 1, 20),
      MatchersV3.constrainedArrayLike(template, 1, 20, 1),
    ],
  ])("%s", (_name, ours, pacts) => {
    expect(ours).toEqual(pacts);
  });

  it("reifies a tree as MatchersV3.reify does", () => {
    const tree = {
      a: like({ b: integer(1), c: arrayLike({ d: regex("^x$", "x") }, 0, 3) }),
      e: [equal(null), "plain"],
    };
    expect(reify(tree)).toEqual(MatchersV3.reify(tree as never));
  });
});

/** A context over a few schema documents, validating union branches with ajv as gen does. */
function contextFor(docs: Record<string, unknown>[], pinned: string[] = []): DeriveContext {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv, ["date-time", "uuid"]);
  for (const doc of docs) ajv.addSchema(doc);
  const byId = new Map(docs.map((d) => [d.$id as string, d]));
  const resolve: ResolveRef = (ref, docId) => {
    const url = new URL(ref, docId);
    const doc = byId.get(url.href.replace(/#.*$/, ""));
    if (!doc) return undefined;
    let node: unknown = doc;
    for (const token of url.hash.replace(/^#\/?/, "").split("/").filter(Boolean))
      node = (node as Record<string, unknown>)[token];
    return { schema: node as Record<string, unknown>, docId: url.href.replace(/#.*$/, "") };
  };
  return {
    resolve,
    validates: (uri, value) => ajv.validate({ $ref: uri }, value) === true,
    pinned: new Set(pinned),
  };
}

const ID = "https://schemas.test/a.json";
const derive = (schema: Record<string, unknown>, value: unknown, pinned: string[] = []) =>
  deriveMatchers(schema, ID, value, "", contextFor([{ $id: ID, ...schema }], pinned));

describe("deriving matchers from a schema and its example", () => {
  it("matches each leaf as the schema says: const, pattern, format, enum, numbers, booleans, null", () => {
    const schema = {
      type: "object",
      properties: {
        version: { const: "1" },
        currency: { type: "string", pattern: "^[A-Z]{3}$" },
        id: { type: "string", format: "uuid" },
        at: { type: "string", format: "date-time" },
        code: { type: "string", enum: ["A.B", "C"] },
        name: { type: "string" },
        count: { type: "integer" },
        ratio: { type: "number" },
        whole: { type: "number" },
        flag: { type: "boolean" },
        nothing: { type: "null" },
      },
    };
    const value = {
      version: "1",
      currency: "EUR",
      id: "5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6d",
      at: "2026-11-26T10:15:01.123Z",
      code: "C",
      name: "n",
      count: 2,
      ratio: 0.5,
      whole: 3,
      flag: true,
      nothing: null,
    };

    expect(derive(schema, value)).toEqual({
      version: equal("1"),
      currency: regex("^[A-Z]{3}$", "EUR"),
      id: regex(FORMAT_PATTERNS.uuid as string, value.id),
      at: regex(FORMAT_PATTERNS["date-time"] as string, value.at),
      code: regex("^(?:A\\.B|C)$", "C"),
      name: like("n"),
      count: integer(2),
      ratio: number(0.5),
      whole: number(3),
      flag: like(true),
      nothing: nullValue(),
    });
  });

  it("pins the given pointers, takes an array's first item as the template of all, with its bounds", () => {
    const schema = {
      type: "object",
      properties: {
        status: { type: "string" },
        lines: { type: "array", minItems: 1, maxItems: 20, items: { type: "integer" } },
        tags: { type: "array", items: { type: "string" } },
      },
    };

    expect(derive(schema, { status: "X", lines: [1, 2], tags: ["a"] }, ["/status"])).toEqual({
      status: equal("X"),
      lines: arrayLike(integer(1), 1, 20),
      tags: arrayLike(like("a"), 0),
    });
  });

  it("follows $refs, merges allOf, picks the oneOf branch the example is valid against", () => {
    const common = {
      $id: "https://schemas.test/common.json",
      $defs: {
        Fields: { type: "object", properties: { id: { type: "string", pattern: "^x" } } },
        Sqs: { type: "object", required: ["kind"], properties: { kind: { const: "sqs" } } },
        Async: {
          type: "object",
          required: ["kind"],
          properties: { kind: { const: "async" }, request: { type: "string" } },
        },
      },
    };
    const doc = {
      $id: ID,
      type: "object",
      allOf: [{ $ref: "common.json#/$defs/Fields" }],
      properties: {
        source: {
          oneOf: [{ $ref: "common.json#/$defs/Sqs" }, { $ref: "common.json#/$defs/Async" }],
        },
      },
    };
    const value = { id: "x1", source: { kind: "async", request: "r" } };

    expect(deriveMatchers(doc, ID, value, "", contextFor([common, doc]))).toEqual({
      id: regex("^x", "x1"),
      source: { kind: equal("async"), request: like("r") },
    });
  });

  it("matches a part that allows any JSON by the example's own types", () => {
    expect(
      derive({ type: "object", properties: { payload: {} } }, { payload: { a: [1], b: "s" } }),
    ).toEqual({
      payload: { a: arrayLike(integer(1), 0), b: like("s") },
    });
  });

  it.each([
    [
      "a field the schema does not define",
      { type: "object", properties: {}, additionalProperties: false },
      { extra: 1 },
      "/extra is a field the schema does not define",
    ],
    [
      "an empty array",
      { type: "object", properties: { lines: { type: "array", items: {} } } },
      { lines: [] },
      "/lines: the example's array is empty",
    ],
    [
      "a format without a pattern",
      { type: "object", properties: { mail: { type: "string", format: "email" } } },
      { mail: "a@b.c" },
      '/mail: no Pact pattern for format "email"',
    ],
    [
      "an inline union branch",
      { type: "object", properties: { s: { oneOf: [{ type: "string" }] } } },
      { s: "x" },
      "/s: a oneOf/anyOf branch without a $ref",
    ],
  ])("refuses %s, saying where", (_what, schema, value, message) => {
    expect(() => derive(schema, value)).toThrow(message);
  });
});

describe("FORMAT_PATTERNS", () => {
  // ajv-formats validates the schemas' formats; a pattern accepts the same shapes.
  const ajv = new Ajv2020();
  addFormats(ajv, ["date-time", "uuid"]);
  const samples: Record<string, string[]> = {
    uuid: [
      "5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6d",
      "5B7C2A3E-4F1D-5A9B-8C7D-1E2F3A4B5C6D",
      "urn:uuid:5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6d",
      "5b7c2a3e4f1d5a9b8c7d1e2f3a4b5c6d",
      "5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6",
    ],
    "date-time": [
      "2026-11-26T10:15:01.123Z",
      "2026-11-26T10:15:01Z",
      "2026-11-26t10:15:01.5+01:00",
      "2026-11-26 10:15:01-0130",
      "2026-11-26T10:15:01",
      "2026-11-26",
      "1732489628000",
    ],
  };

  it.each(Object.entries(samples))(
    "%s: accepts what ajv-formats accepts, refuses what it refuses",
    (format, values) => {
      const validate = ajv.compile({ type: "string", format });
      const pattern = new RegExp(FORMAT_PATTERNS[format] as string);
      expect(values.map((v) => [v, pattern.test(v)])).toEqual(values.map((v) => [v, validate(v)]));
    },
  );
});
