import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PACTICIPANTS, VERIFIED_PACT_DIRS } from "../../../contracts/participants";
import {
  checkInteraction,
  checkPactMessages,
  PACT_MESSAGE_SCHEMAS,
  type PactInteraction,
} from "../../../contracts/schema-check/pact-messages";
import { closeSchema, compileClosedSchemas } from "../../../contracts/schema-check/strict-schemas";
import { listPactFiles } from "../../../contracts/verification/pact-files";

const schemas = compileClosedSchemas();
const checks = checkPactMessages(schemas);

describe("every message in every pact, matchers reduced to examples, against its JSON Schema", () => {
  it("covers our pacts and the example consumer team's, every interaction of each", () => {
    const pacts = listPactFiles(VERIFIED_PACT_DIRS);
    expect(pacts.map((p) => `${p.consumer} <- ${p.provider}`).sort()).toEqual([
      "customer-notifications <- processor",
      "failure-alerts <- processor",
      "fulfilment <- processor",
      "processor <- order-producer",
    ]);
    const interactions = pacts.flatMap(
      (p) => (JSON.parse(readFileSync(p.path, "utf8")) as { interactions: unknown[] }).interactions,
    );
    expect(checks).toHaveLength(interactions.length);
  });

  it.each(checks.map((c) => [`${c.pact}: ${c.interaction}`, c] as const))(
    "%s validates and uses only fields its schema defines",
    (_name, check) => {
      expect(check.problems, `${check.interaction} against ${check.schema}`).toEqual([]);
    },
  );
});

describe("the schema check itself", () => {
  const fulfilment = listPactFiles().find((p) => p.consumer === PACTICIPANTS.fulfilment);
  const pact = JSON.parse(readFileSync(fulfilment?.path ?? "", "utf8")) as {
    interactions: PactInteraction[];
  };
  const outcome = pact.interactions.find(
    (i) => i.metadata?.status === "SUCCESS",
  ) as PactInteraction;
  const choose = PACT_MESSAGE_SCHEMAS[PACTICIPANTS.processor];
  const check = (interaction: PactInteraction) =>
    checkInteraction(schemas, "fulfilment-processor.json", choose as never, interaction);

  it("fails an interaction that expects a field its schema does not define, naming the field", () => {
    const content = structuredClone(outcome.contents?.content) as Record<string, unknown>;
    content.priority = "express";
    (content.order as Record<string, unknown>).gift_wrap = true;

    const result = check({ ...outcome, contents: { content } });

    expect(result.problems).toEqual(
      expect.arrayContaining([
        "/priority is a field the schema does not define",
        "/order/gift_wrap is a field the schema does not define",
      ]),
    );
  });

  it("fails an interaction whose example breaks the schema, and metadata that is no outcome attribute", () => {
    const content = structuredClone(outcome.contents?.content) as Record<string, unknown>;
    content.order_total_minor = "3998";

    const result = check({
      ...outcome,
      contents: { content },
      metadata: { ...outcome.metadata, priority: "express" },
    });

    expect(result.problems).toContain("/order_total_minor must be integer");
    expect(result.problems.join("\n")).toMatch(
      /metadata \/priority is a field the schema does not define/,
    );
  });

  it("fails a processor message whose description is no kind of the Pact kit", () => {
    const result = check({ ...outcome, description: "a SUCCESS outcome, renamed" });

    expect(result.problems).toEqual([
      "is no message kind of the processor's Pact kit: use a description of PROCESSOR_MESSAGES (lib/pact/messages.ts)",
    ]);
  });

  it("keeps any-JSON parts open and closes only objects that list their properties", () => {
    expect(closeSchema({ description: "any JSON" })).toEqual({ description: "any JSON" });
    expect(closeSchema({ type: "object", properties: { a: {} } })).toMatchObject({
      unevaluatedProperties: false,
    });
    expect(
      closeSchema({ type: "object", properties: {}, additionalProperties: { type: "string" } }),
    ).not.toHaveProperty("unevaluatedProperties");
  });

  it("leaves open a schema used as an allOf member, closing the schema that uses it", () => {
    const shared = { type: "object", properties: { a: {} } };
    const closed = closeSchema(
      { $defs: { Shared: shared, User: { allOf: [{ $ref: "#/$defs/Shared" }], properties: {} } } },
      new Set(["/$defs/Shared"]),
    );
    expect(closed).toMatchObject({
      $defs: { Shared: shared, User: { unevaluatedProperties: false } },
    });
    expect(closed).not.toHaveProperty(["$defs", "Shared", "unevaluatedProperties"]);
  });
});
