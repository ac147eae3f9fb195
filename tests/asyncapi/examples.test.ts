import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import {
  type ExampleSources,
  loadExampleSources,
  pickExample,
} from "../../tools/gen/asyncapi-examples";
import { SCHEMAS_POINTER } from "../../tools/gen/asyncapi-schemas";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { repoRoot } from "../support/paths";
import { validatorForKind } from "../support/validators";

interface Example {
  name: string;
  summary: string;
  headers?: unknown;
  payload: unknown;
}
interface DeclaredMessage {
  payload: { $ref: string };
  headers?: { $ref: string };
  examples: Example[];
}

const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8"));
const messages = Object.entries(doc.components.messages as Record<string, DeclaredMessage>);
const catalog = loadCatalog(join(repoRoot, "schemas"));
const sources = loadExampleSources(repoRoot);

/** The schema kind of the schema file a `#/components/schemas/<Title>` reference copies. */
function kindOf(reference: string): string {
  const entry = catalog.find((e) => `${SCHEMAS_POINTER}${e.title}` === reference);
  if (!entry) throw new Error(`${reference} is not a copy of a schema of schemas/`);
  return entry.kind;
}

describe("each message of generated/asyncapi.yaml has one example, valid and traceable", () => {
  it.each(messages)("%s", (_name, message) => {
    expect(message.examples).toHaveLength(1);
    const [example] = message.examples as [Example];

    const payloadValid = validatorForKind(kindOf(message.payload.$ref));
    expect(payloadValid(example.payload), JSON.stringify(payloadValid.errors)).toBe(true);
    if (message.headers) {
      const headersValid = validatorForKind(kindOf(message.headers.$ref));
      expect(headersValid(example.headers), JSON.stringify(headersValid.errors)).toBe(true);
    } else {
      expect(example.headers).toBeUndefined();
    }
    // The example is a pact's message or a schema case, unchanged.
    const fromPact = sources.pactMessages.find(
      (p) => example.summary === `${p.description} (${p.file})`,
    );
    const fromCase = Object.entries(sources.casesByKind)
      .flatMap(([kind, cases]) =>
        cases.map((c) => ({ ...c, file: `tests/schemas/cases/${kind}.cases.json` })),
      )
      .find((c) => example.summary === `${c.description} (${c.file})`);
    expect(fromPact?.content ?? fromCase?.data).toEqual(example.payload);
  });
});

describe("pickExample", () => {
  const isOrder = (data: unknown) => (data as { kind?: string }).kind === "order";
  const sourcesWith = (partial: Partial<ExampleSources>): ExampleSources => ({
    pactMessages: [],
    casesByKind: {},
    ...partial,
  });
  const pact = (description: string, content: unknown, metadata = {}) => ({
    file: "contracts/pacts/a.json",
    description,
    content,
    metadata,
  });

  it("takes the first pact message that is a valid payload, before any schema case", () => {
    const example = pickExample(
      { message: "Order", kind: "order", isPayload: isOrder },
      sourcesWith({
        pactMessages: [pact("not an order", { kind: "x" }), pact("An order!", { kind: "order" })],
        casesByKind: { order: [{ description: "case", valid: true, data: { kind: "order" } }] },
      }),
    );

    expect(example).toEqual({
      name: "an-order",
      summary: "An order! (contracts/pacts/a.json)",
      payload: { kind: "order" },
    });
  });

  it("gives headers from the pact's metadata in the SDK's attribute shape, and skips invalid ones", () => {
    const headers = {
      names: ["status"],
      isHeaders: (h: unknown) =>
        (h as { status?: { StringValue?: string } }).status?.StringValue === "OK",
    };

    const example = pickExample(
      { message: "Order", kind: "order", isPayload: isOrder, headers },
      sourcesWith({
        pactMessages: [
          pact("no metadata", { kind: "order" }),
          pact("with metadata", { kind: "order" }, { status: "OK", other: "dropped" }),
        ],
      }),
    );

    expect(example.summary).toBe("with metadata (contracts/pacts/a.json)");
    expect(example.headers).toEqual({ status: { DataType: "String", StringValue: "OK" } });
  });

  it("falls back to the first valid schema case", () => {
    const example = pickExample(
      { message: "Order", kind: "order", isPayload: isOrder },
      sourcesWith({
        casesByKind: {
          order: [
            { description: "invalid", valid: false, data: { kind: "order" } },
            { description: "valid one", valid: true, data: { kind: "order", n: 1 } },
          ],
        },
      }),
    );

    expect(example).toEqual({
      name: "valid-one",
      summary: "valid one (tests/schemas/cases/order.cases.json)",
      payload: { kind: "order", n: 1 },
    });
  });

  it("refuses to invent one, saying what to add", () => {
    expect(() =>
      pickExample({ message: "Order", kind: "order", isPayload: isOrder }, sourcesWith({})),
    ).toThrow(
      "asyncapi: no example for message Order: add a consumer pact interaction that receives it (contracts/pacts) or a valid case to tests/schemas/cases/order.cases.json",
    );
  });
});
