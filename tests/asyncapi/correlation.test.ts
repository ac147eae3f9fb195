// Each message's correlationId names a field its payload declares, and the ids really correlate:
// the processor's handler, run on the document's own examples, carries them from an order to its
// outcome and from an asynchronous invocation to its destination record.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import { invokeAsyncWithDestinations } from "../../local/destinations";
import { ASYNCAPI_FILE, buildAsyncApiDocument, repositorySources } from "../../tools/gen/asyncapi";
import { declaresLocation } from "../../tools/gen/asyncapi-correlation";
import { SCHEMAS_POINTER } from "../../tools/gen/asyncapi-schemas";
import {
  NOW,
  recordingLogger,
  recordingMetrics,
  sqsEvent,
  TEST_CONFIG,
} from "../processor/support/fixtures";
import { repoRoot } from "../support/paths";

type Json = Record<string, unknown>;
interface Message {
  correlationId: { $ref: string };
  payload: { $ref: string };
  examples: { payload: unknown }[];
}
const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as {
  components: {
    messages: Record<string, Message>;
    schemas: Record<string, Json>;
    correlationIds: Record<string, { location: string }>;
  };
};
const { messages, schemas, correlationIds } = doc.components;

/** The location (`$message.payload#/…`) of a message's correlation id. */
function locationOf(name: string): string {
  const reference = messages[name]?.correlationId.$ref ?? "";
  const correlation = correlationIds[reference.replace("#/components/correlationIds/", "")];
  if (!correlation) throw new Error(`message ${name}: ${reference} names no correlation id`);
  return correlation.location;
}

/** The value at a `$message.payload#/…` location of a payload. */
function at(payload: unknown, location: string): unknown {
  const path = location.replace("$message.payload#/", "").split("/");
  return path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], payload);
}

const exampleOf = (name: string) => messages[name]?.examples[0]?.payload;
const FUNCTION_ARN = "arn:aws:lambda:us-east-2:123456789012:function:processor";
const REQUEST_ID = "2a3b6b0c-7a53-4ddc-9d35-4a4d7c1d2b10";

function processor() {
  const publisher = createInMemoryOutcomePublisher();
  const handler = createProcessorHandler({
    config: TEST_CONFIG,
    publisher,
    metrics: recordingMetrics(),
    logger: recordingLogger(),
    now: () => NOW,
  });
  return { handler, publisher };
}

/** The document's message an outcome is, by its status. */
function outcomeMessageFor(outcome: Json): string {
  return outcome.status === "SUCCESS" ? "OrderSuccessOutcome" : "OrderFailureOutcome";
}

describe("each message's correlation id", () => {
  it.each(Object.keys(messages))(
    "%s: a field its payload declares, a string in its example",
    (name) => {
      const location = locationOf(name);
      const payload = schemas[(messages[name]?.payload.$ref ?? "").slice(SCHEMAS_POINTER.length)];

      expect(declaresLocation(location, payload ?? {}, schemas)).toBe(true);
      const value = at(exampleOf(name), location);
      if (value !== undefined) expect(typeof value).toBe("string");
    },
  );

  it("ties an order to the outcome the processor publishes for it", async () => {
    const order = exampleOf("OrderMessage");
    const { handler, publisher } = processor();

    await handler(sqsEvent([JSON.stringify(order)]), {} as never);

    const [published] = publisher.published;
    const outcome = JSON.parse(published?.entry.message ?? "null") as Json;
    const id = at(order, locationOf("OrderMessage"));
    expect(id).toEqual(expect.any(String));
    expect(at(outcome, locationOf(outcomeMessageFor(outcome)))).toBe(id);
  });

  it.each([
    ["OrderSuccessDestinationRecord", {}],
    ["OrderFailureDestinationRecord", { currency: "JPY" }],
  ])("ties %s to its invocation, and to the outcome in it", async (name, change) => {
    const order = {
      ...(exampleOf("OrderMessage") as Json),
      ...change,
      submitted_at: NOW.toISOString(),
    };
    const { handler } = processor();

    const { record } = await invokeAsyncWithDestinations(handler, JSON.stringify(order), {
      functionArn: FUNCTION_ARN,
      requestId: REQUEST_ID,
      maximumRetryAttempts: 0,
    });

    expect(record.requestContext.condition === "Success").toBe(
      name === "OrderSuccessDestinationRecord",
    );
    expect(at(record, locationOf(name))).toBe(REQUEST_ID);
    if (name === "OrderSuccessDestinationRecord")
      expect(at(record, "$message.payload#/responsePayload/source/request_id")).toBe(REQUEST_ID);
  });
});

describe("the generator", () => {
  it("refuses a correlation id that names no field of the payload, saying where to change it", () => {
    const sources = repositorySources(repoRoot);
    // correlation_id is one of the fields both outcomes take from outcome-common's OutcomeFields.
    const catalog = sources.catalog.map((e) => {
      if (e.kind !== "outcome-common") return e;
      const defs = e.schema.$defs as Record<string, Json>;
      const fields = defs.OutcomeFields as Json;
      const { correlation_id: _dropped, ...properties } = fields.properties as Json;
      const OutcomeFields = { ...fields, properties };
      return { ...e, schema: { ...e.schema, $defs: { ...defs, OutcomeFields } } };
    });

    expect(() => buildAsyncApiDocument({ ...sources, catalog })).toThrow(
      "asyncapi: message OrderSuccessOutcome's correlation id $message.payload#/correlation_id names no property of schemas/outcome/outcome-success.v1.schema.json: change CORRELATION_IDS in tools/gen/asyncapi-correlation.ts",
    );
  });
});
