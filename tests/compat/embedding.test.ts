import { describe, expect, it } from "vitest";
import type { Mode } from "../../tools/compat/compat";
import { jsonEqual } from "../../tools/compat/diff";
import { type CompatPolicy, evaluateGate } from "../../tools/compat/gate";
import type { SchemaSet } from "../../tools/compat/schema-set";

// Rule tests for schemas embedded by $ref: a small family shaped like the real one. The order
// (BACKWARD, closed) is embedded one level deep by the outcome and two levels deep by the topic
// message (anyOf of the outcome), both FULL; the common file's $defs are embedded by the outcome.

type Json = Record<string, unknown>;
const ID = (file: string) => `https://schemas.test/${file}`;
const ORDER = "order/order.v1.schema.json";
const OUTCOME = "outcome/outcome.v1.schema.json";
const TOPIC = "topics/topic.v1.schema.json";
const COMMON = "outcome/common.v1.schema.json";
const FEED = "feed/feed.v1.schema.json";

const policy = (modes: Record<string, Mode> = {}): CompatPolicy => ({
  default: "FULL",
  kinds: Object.fromEntries(
    Object.entries({ order: "BACKWARD" as Mode, common: "BACKWARD" as Mode, ...modes }).map(
      ([kind, mode]) => [kind, { mode, why: "test" }],
    ),
  ),
});

function family(): Map<string, Json> {
  const doc = (file: string, title: string, rest: Json): [string, Json] => [
    file,
    { $id: ID(file), title, version: "1.0.0", ...rest },
  ];
  return new Map([
    doc(ORDER, "Order", {
      type: "object",
      additionalProperties: false,
      required: ["order_id"],
      properties: {
        order_id: { type: "string", maxLength: 64 },
        lines: { type: "array", items: { $ref: "#/$defs/Line" } },
      },
      $defs: {
        Line: {
          title: "Line",
          type: "object",
          additionalProperties: false,
          properties: { sku: { type: "string", maxLength: 32 } },
        },
      },
    }),
    doc(COMMON, "Common", {
      $defs: { Code: { title: "Code", type: "string", enum: ["A", "B"] } },
    }),
    doc(OUTCOME, "Outcome", {
      type: "object",
      required: ["order"],
      properties: {
        order: { $ref: "../order/order.v1.schema.json" },
        code: { $ref: "common.v1.schema.json#/$defs/Code" },
      },
    }),
    doc(TOPIC, "Topic", { anyOf: [{ $ref: "../outcome/outcome.v1.schema.json" }] }),
  ]);
}

function gate(
  edit: (files: Map<string, Json>) => void,
  options: { package?: [string, string]; modes?: Record<string, Mode> } = {},
) {
  const before = family();
  const after = family();
  edit(after);
  const [basePkg, headPkg] = options.package ?? ["1.0.0", "1.1.0"];
  return evaluateGate(
    { label: "base", files: before } satisfies SchemaSet,
    { label: "head", files: after },
    { name: "@test/contracts", base: basePkg, head: headPkg },
    policy(options.modes),
  );
}

const get = (files: Map<string, Json>, file: string) => files.get(file) as Json;

/** Moves the outcome's `order` into `Fields` of the common file, which the outcome takes by allOf. */
function shareOrder(files: Map<string, Json>): void {
  const common = get(files, COMMON);
  common.$defs = {
    ...(common.$defs as Json),
    Fields: {
      title: "Fields",
      type: "object",
      required: ["order"],
      properties: { order: { $ref: "../order/order.v1.schema.json" } },
    },
  };
  const outcome = get(files, OUTCOME);
  outcome.allOf = [{ $ref: "common.v1.schema.json#/$defs/Fields" }];
  outcome.required = [];
  delete props(outcome).order;
}
const props = (schema: Json) => schema.properties as Record<string, Json>;

/** Each change to the order, with the verdict each embedding message must get. */
const cases: {
  name: string;
  edit: (files: Map<string, Json>) => void;
  own: "ok" | "BREAKING";
  embedded: { file: string; field: string; pointer: string; allowed: boolean }[];
}[] = [
  {
    name: "an optional field added to the closed order",
    edit: (files) => {
      props(get(files, ORDER)).gift_note = { type: "string" };
    },
    own: "ok",
    embedded: [
      {
        file: OUTCOME,
        field: "order.gift_note",
        pointer: "/properties/order/$ref/properties/gift_note",
        allowed: false,
      },
      {
        file: TOPIC,
        field: "order.gift_note",
        pointer: "/anyOf/0/$ref/properties/order/$ref/properties/gift_note",
        allowed: false,
      },
    ],
  },
  {
    name: "the order's order_id maxLength raised",
    edit: (files) => {
      props(get(files, ORDER)).order_id = { type: "string", maxLength: 128 };
    },
    own: "ok",
    embedded: [
      {
        file: OUTCOME,
        field: "order.order_id",
        pointer: "/properties/order/$ref/properties/order_id/maxLength",
        allowed: false,
      },
      {
        file: TOPIC,
        field: "order.order_id",
        pointer: "/anyOf/0/$ref/properties/order/$ref/properties/order_id/maxLength",
        allowed: false,
      },
    ],
  },
  {
    name: "a $defs entry of the order, reached through the order's own $ref, loosened",
    edit: (files) => {
      const line = (get(files, ORDER).$defs as Record<string, Json>).Line as Json;
      props(line).sku = { type: "string", maxLength: 64 };
    },
    own: "ok",
    embedded: [
      {
        file: OUTCOME,
        field: "order.lines[].sku",
        pointer: "/properties/order/$ref/properties/lines/items/$ref/properties/sku/maxLength",
        allowed: false,
      },
      {
        file: TOPIC,
        field: "order.lines[].sku",
        pointer:
          "/anyOf/0/$ref/properties/order/$ref/properties/lines/items/$ref/properties/sku/maxLength",
        allowed: false,
      },
    ],
  },
  {
    name: "a value added to an enum of a shared $defs file",
    edit: (files) => {
      ((get(files, COMMON).$defs as Record<string, Json>).Code as Json).enum = ["A", "B", "C"];
    },
    own: "ok",
    embedded: [
      {
        file: OUTCOME,
        field: "code",
        pointer: "/properties/code/$ref/enum",
        allowed: false,
      },
      {
        file: TOPIC,
        field: "code",
        pointer: "/anyOf/0/$ref/properties/code/$ref/enum",
        allowed: false,
      },
    ],
  },
  {
    name: "the order's order_id maxLength lowered (breaking for the order itself too)",
    edit: (files) => {
      props(get(files, ORDER)).order_id = { type: "string", maxLength: 32 };
    },
    own: "BREAKING",
    embedded: [
      {
        file: OUTCOME,
        field: "order.order_id",
        pointer: "/properties/order/$ref/properties/order_id/maxLength",
        allowed: false,
      },
      {
        file: TOPIC,
        field: "order.order_id",
        pointer: "/anyOf/0/$ref/properties/order/$ref/properties/order_id/maxLength",
        allowed: false,
      },
    ],
  },
];

describe("the gate judges a schema embedded by $ref as its embedding messages' consumers see it", () => {
  it.each(cases)("$name", (c) => {
    const report = gate((files) => {
      c.edit(files);
      const before = family();
      for (const [file, s] of files) if (!jsonEqual(s, before.get(file))) s.version = "1.1.0";
    });
    const changed = report.files.find((f) => f.file === ORDER || f.file === COMMON);
    expect(changed?.changes.every((ch) => ch.allowed)).toBe(c.own === "ok");
    expect(
      changed?.embeddedIn.flatMap((e) =>
        e.changes.map((ch) => ({
          file: e.file,
          field: ch.field,
          pointer: ch.pointer,
          allowed: ch.allowed,
        })),
      ),
    ).toEqual(c.embedded);
    expect(changed?.packageBump).toBe("major");
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it("fails a change that suits the order but breaks the outcome and the topic, naming them, the paths and the major bump", () => {
    const report = gate((files) => {
      props(get(files, ORDER)).gift_note = { type: "string" };
      get(files, ORDER).version = "1.1.0";
    });
    expect(report.problems).toHaveLength(2);
    const [problem, packageProblem] = report.problems;
    expect(problem).toContain(`schemas/${ORDER}: its changes suit its own BACKWARD mode`);
    expect(problem).toContain(`schemas/${OUTCOME} (FULL) at order.gift_note`);
    expect(problem).toContain(`schemas/${TOPIC} (FULL) at order.gift_note`);
    expect(problem).toContain("schemas/order/order.v2.schema.json");
    expect(problem).toContain(
      "new majors of the embedding messages that should carry it (schemas/outcome/outcome.v2.schema.json, schemas/topics/topic.v2.schema.json)",
    );
    expect(problem).toContain("bump the package major (1.0.0 -> 2.0.0)");
    expect(packageProblem).toContain("need a major bump (to 2.0.0)");
  });

  it("passes the same change when every embedding message's mode allows it", () => {
    const report = gate(
      (files) => {
        props(get(files, ORDER)).gift_note = { type: "string" };
        get(files, ORDER).version = "1.1.0";
      },
      { modes: { outcome: "BACKWARD", topic: "BACKWARD" } },
    );
    expect(report.problems).toEqual([]);
    expect(report.files[0]?.embeddedIn.map((e) => [e.file, e.compat])).toEqual([
      [OUTCOME, "BACKWARD"],
      [TOPIC, "BACKWARD"],
    ]);
  });

  it("passes a change that is FULL everywhere with minor bumps (adding a field to an open object)", () => {
    const report = gate((files) => {
      const outcome = get(files, OUTCOME);
      props(outcome).note = { type: "string" };
      outcome.version = "1.1.0";
    });
    expect(report.problems).toEqual([]);
    const outcome = report.files.find((f) => f.file === OUTCOME);
    expect(outcome?.embeddedIn).toEqual([expect.objectContaining({ file: TOPIC, compat: "FULL" })]);
    expect(report.package.required).toBe("minor");
  });

  it("leaves documentation-only changes of an embedded schema out of the embedding messages", () => {
    const report = gate((files) => {
      get(files, ORDER).description = "clarified";
      get(files, ORDER).version = "1.0.1";
    });
    expect(report.problems).toEqual([]);
    expect(report.files[0]?.embeddedIn).toEqual([]);
    expect(report.package.required).toBe("patch");
  });

  it("accepts the major release it asks for: new majors of the order and of the messages that embed it", () => {
    const report = gate(
      (files) => {
        const v2 = (file: string) => {
          const copy = structuredClone(get(files, file));
          const next = file.replace(".v1.", ".v2.");
          copy.$id = ID(next);
          copy.version = "2.0.0";
          files.set(next, copy);
          return copy;
        };
        props(v2(ORDER)).gift_note = { type: "string" };
        props(v2(OUTCOME)).order = { $ref: "../order/order.v2.schema.json" };
        v2(TOPIC).anyOf = [{ $ref: "../outcome/outcome.v2.schema.json" }];
      },
      { package: ["1.0.0", "2.0.0"] },
    );
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.file, f.status, f.packageBump])).toEqual([
      ["order/order.v2.schema.json", "new-major", "minor"],
      ["outcome/outcome.v2.schema.json", "new-major", "major"],
      ["topics/topic.v2.schema.json", "new-major", "major"],
    ]);
    // The order's own mode allows the change, but its embedders' do not: no "a minor would do".
    expect(report.notes.filter((n) => n.includes("order.v2"))).toEqual([]);
  });

  it("passes moving the outcome's order into a shared allOf member of the common file: nothing changes for the topic", () => {
    const report = gate((files) => {
      shareOrder(files);
      get(files, COMMON).version = "1.1.0";
      get(files, OUTCOME).version = "1.0.1";
    });
    expect(report.problems).toEqual([]);
    const outcome = report.files.find((f) => f.file === OUTCOME);
    expect(outcome?.changes.map((c) => [c.rule, c.compat, c.docOnly])).toEqual([
      ["all-of-merged", "FULL", true],
    ]);
    expect(report.files.flatMap((f) => f.embeddedIn)).toEqual([]);
    expect(report.package.required).toBe("minor"); // the common file gained a definition
  });

  it("judges a change inside a shared allOf member by the messages that take its fields", () => {
    const before = family();
    shareOrder(before);
    const after = structuredClone(before);
    const fields = (get(after, COMMON).$defs as Record<string, Json>).Fields as Json;
    fields.required = []; // order optional: BACKWARD, which the common file's mode allows
    get(after, COMMON).version = "1.1.0";
    const report = evaluateGate(
      { label: "base", files: before },
      { label: "head", files: after },
      { name: "@test/contracts", base: "1.0.0", head: "1.1.0" },
      policy(),
    );
    const common = report.files.find((f) => f.file === COMMON);
    expect(common?.changes.every((c) => c.allowed)).toBe(true);
    expect(
      common?.embeddedIn.flatMap((e) => e.changes.map((c) => [e.file, c.field, c.allowed])),
    ).toEqual([
      [OUTCOME, "order", false],
      [TOPIC, "order", false],
    ]);
    expect(report.problems[0]).toContain(`schemas/${OUTCOME} (FULL) at order`);
  });

  it("does not judge a change by a new message kind that embeds it (no consumer has the old one)", () => {
    const report = gate((files) => {
      files.set(FEED, {
        $id: ID(FEED),
        title: "Feed",
        version: "1.0.0",
        type: "object",
        properties: { order: { $ref: "../order/order.v1.schema.json" } },
      });
      props(get(files, ORDER)).gift_note = { type: "string" };
      get(files, ORDER).version = "1.1.0";
    });
    // The new kind embeds the order, but it has no consumers of the old order yet.
    const order = report.files.find((f) => f.file === ORDER);
    expect(order?.embeddedIn.map((e) => e.file)).toEqual([OUTCOME, TOPIC]);
  });
});
