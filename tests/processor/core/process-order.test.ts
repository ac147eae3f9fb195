import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  defaultRulesConfig,
  type OrderInput,
  processOrderBody,
  processOrderPayload,
  type RulesConfig,
} from "../../../functions/processor/core";
import type { OrderFailureOutcome, OrderOutcome, OutcomeSource } from "../../../generated/types";
import {
  validateOrderFailureOutcome,
  validateOrderSuccessOutcome,
} from "../../../generated/validators.cjs";
import { lines, NOW, validOrder } from "../support/fixtures";

const QUEUE_ARN = "arn:aws:sqs:us-east-2:123456789012:my-queue";
const sqsSource = (receive_count = 1): OutcomeSource => ({
  kind: "sqs",
  queue_arn: QUEUE_ARN,
  receive_count,
});
const input = (overrides: Partial<OrderInput> = {}): OrderInput => ({
  messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
  source: sqsSource(),
  now: NOW,
  ...overrides,
});
const run = (body: string, rules: RulesConfig = defaultRulesConfig) =>
  processOrderBody(body, input(), rules);

function expectFailure(outcome: OrderOutcome): OrderFailureOutcome {
  if (outcome.status !== "FAILURE") throw new Error(`expected FAILURE, got ${outcome.status}`);
  expect(
    validateOrderFailureOutcome(outcome),
    JSON.stringify(validateOrderFailureOutcome.errors),
  ).toBe(true);
  return outcome;
}

describe("processOrderBody: SUCCESS", () => {
  it("builds a schema-valid SUCCESS outcome with the order, its total and the seed's fields", () => {
    const order = validOrder();
    const body = JSON.stringify(order);
    const outcome = run(body);
    expect(validateOrderSuccessOutcome(outcome)).toBe(true);
    expect(outcome).toMatchObject({
      schema_version: "1",
      message_type: "order.outcome",
      message_id: "059f36b4-87a3-44ab-83d2-661975830a7d",
      status: "SUCCESS",
      body,
      order,
      order_total_minor: 3490,
      order_id: "ORD-1001",
      correlation_id: "req-7f3a",
      processed_at: "2026-03-01T12:00:00.000Z",
      source: sqsSource(),
    });
    expect(outcome).not.toHaveProperty("body_truncated");
  });

  it("writes the outcome's fields in one order whatever its shape (the published text)", () => {
    const envelopeKeys = ["schema_version", "message_type", "outcome_id", "message_id"];
    const head = [...envelopeKeys, "processed_at", "source", "status", "body"];
    const tail = ["order", "order_total_minor"];
    const withId = run(JSON.stringify(validOrder({ correlation_id: "req-1" })));
    expect(Object.keys(withId)).toEqual([...head, "order_id", "correlation_id", ...tail]);
    const { correlation_id: _none, ...plain } = validOrder();
    expect(Object.keys(run(JSON.stringify(plain)))).toEqual([...head, "order_id", ...tail]);
    const truncated = processOrderBody(
      JSON.stringify(validOrder({ correlation_id: "req-1" })),
      input(),
      {
        ...defaultRulesConfig,
        maxEchoBodyBytes: 10,
      },
    );
    expect(Object.keys(truncated)).toEqual([
      ...head,
      "body_truncated",
      "body_bytes",
      "body_sha256",
      "order_id",
      "correlation_id",
      ...tail,
    ]);
  });

  it("omits correlation_id when the order has none", () => {
    const { correlation_id: _, ...order } = validOrder();
    expect(run(JSON.stringify(order))).not.toHaveProperty("correlation_id");
  });
});

describe("processOrderBody: FAILURE, one precise code per cause", () => {
  it("INVALID_JSON for text that is not JSON, quoting the parser", () => {
    const outcome = expectFailure(run("Test message."));
    expect(outcome).toMatchObject({
      error_code: "INVALID_JSON",
      retryable: false,
      body: "Test message.",
      error: expect.stringMatching(
        /^body is not valid JSON: .*; send the order as one JSON object/,
      ),
    });
    expect(outcome).not.toHaveProperty("validation_errors");
  });

  it("INVALID_JSON for an empty body, saying so", () => {
    expect(expectFailure(run("")).error).toMatch(/^body is empty or only whitespace/);
  });

  it("BODY_TOO_LARGE above MAX_BODY_BYTES, counting UTF-8 bytes, without parsing", () => {
    const rules = { ...defaultRulesConfig, maxBodyBytes: 100 };
    const atLimit = `"${"é".repeat(49)}"`; // 2 + 98 bytes: parsed (a string, so not an order)
    expect(expectFailure(run(atLimit, rules)).error_code).toBe("SCHEMA_VIOLATION");
    const over = `"${"é".repeat(49)}x"`; // 101 bytes, 52 UTF-16 units
    expect(expectFailure(run(over, rules))).toMatchObject({
      error_code: "BODY_TOO_LARGE",
      error: "body is 101 bytes, more than the 100 allowed; it was not parsed; send smaller orders",
    });
  });

  it("SCHEMA_VIOLATION with the offending field, and the ids when they are well-formed", () => {
    const body = JSON.stringify({ ...validOrder(), currency: "eur" });
    expect(expectFailure(run(body))).toMatchObject({
      error_code: "SCHEMA_VIOLATION",
      validation_errors: [{ pointer: "/currency", message: "must match the pattern ^[A-Z]{3}$" }],
      order_id: "ORD-1001",
      correlation_id: "req-7f3a",
      error:
        "body is not an order: /currency must match the pattern ^[A-Z]{3}$; fix the order to match schema order/order-message.v1 and send it again",
    });
  });

  it("does not repeat an order_id or correlation_id that is malformed", () => {
    const body = JSON.stringify({ ...validOrder(), order_id: "<b>x</b>", correlation_id: "a b" });
    const outcome = expectFailure(run(body));
    expect(outcome).not.toHaveProperty("order_id");
    expect(outcome).not.toHaveProperty("correlation_id");
  });

  it("SCHEMA_VIOLATION for a __proto__ key, which is refused before it can pollute anything", () => {
    const outcome = expectFailure(run('{"__proto__":{"isAdmin":true}}'));
    expect(outcome.error_code).toBe("SCHEMA_VIOLATION");
    expect(outcome.error).toMatch(/__proto__ or constructor\.prototype key/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("SCHEMA_VIOLATION without parsing for nesting deeper than an order's", () => {
    const outcome = expectFailure(run(`{"order_id":[[[["x"]]]]}`));
    expect(outcome.error).toMatch(/nests arrays or objects more than 3 deep/);
    expect(expectFailure(run('{"line_items":[{"sku":"[[[[{{{{"}]}')).error_code).toBe(
      "SCHEMA_VIOLATION",
    );
  });

  it("finds nesting deeper than an order's before any other verdict, for small and large bodies", () => {
    const deep = /nests arrays or objects more than 3 deep/;
    const pad = (text: string) => `${text}${" ".repeat(5000)}`; // past the parse-first size
    for (const body of [
      "[[[[1]]]]", // valid JSON
      "[[[[", // not JSON either
      '{"__proto__":[[[[1]]]]}', // a forbidden key too
      '{"order_id":"A1","line_items":[{"sku":[["X"]]}]}', // deep inside the order
      pad("[[[[1]]]]"),
      pad("[[[["),
      pad('{"__proto__":[[[[1]]]]}'),
    ]) {
      const outcome = expectFailure(run(body));
      expect([outcome.error_code, outcome.error], body.slice(0, 40)).toEqual([
        "SCHEMA_VIOLATION",
        expect.stringMatching(deep),
      ]);
    }
    expect(run(pad(JSON.stringify(validOrder()))).status).toBe("SUCCESS");
    expect(expectFailure(run(pad("[[[1]]]"))).error).toMatch(/not an order/);
  });

  it.each([
    ["UNSUPPORTED_CURRENCY", validOrder({ currency: "JPY" }), "/currency"],
    ["TOO_MANY_ITEMS", validOrder({ line_items: lines(51) }), "/line_items"],
    [
      "DUPLICATE_SKU",
      validOrder({
        line_items: [
          { sku: "X", quantity: 1, unit_price_minor: 1 },
          { sku: "X", quantity: 1, unit_price_minor: 1 },
        ],
      }),
      "/line_items/1/sku",
    ],
    ["QUANTITY_LIMIT_EXCEEDED", validOrder({ line_items: lines(2, 501) }), "/line_items"],
    [
      "ORDER_TOTAL_LIMIT_EXCEEDED",
      validOrder({ line_items: lines(1, 2, 5_000_001) }),
      "/line_items",
    ],
    ["SUBMITTED_IN_FUTURE", validOrder({ submitted_at: "2026-03-01T12:10:00Z" }), "/submitted_at"],
  ])("%s for an order breaking that rule, with the rule's pointer", (code, order, pointer) => {
    const outcome = expectFailure(run(JSON.stringify(order)));
    expect(outcome.error_code).toBe(code);
    expect(outcome.retryable).toBe(false);
    expect(outcome.order_id).toBe("ORD-1001");
    expect(outcome.validation_errors?.[0]?.pointer).toBe(pointer);
  });

  it("lists every rule violation and says how many more there are", () => {
    const order = validOrder({ currency: "CHF", submitted_at: "2030-01-01T00:00:00Z" });
    const outcome = expectFailure(run(JSON.stringify(order)));
    expect(outcome.error_code).toBe("UNSUPPORTED_CURRENCY");
    expect(outcome.error).toMatch(/\(and 1 more rule violations\)$/);
    expect(outcome.validation_errors?.map((v) => v.pointer)).toEqual([
      "/currency",
      "/submitted_at",
    ]);
  });

  it("bounds validation messages that quote hostile input (a 100,000-character field name)", () => {
    const body = JSON.stringify({ ...validOrder(), ["k".repeat(100_000)]: 1 });
    const outcome = expectFailure(run(body));
    const [issue] = outcome.validation_errors ?? [];
    expect(issue?.pointer.length).toBeLessThanOrEqual(256);
    expect(issue?.pointer.endsWith("…")).toBe(true);
    expect(outcome.error.length).toBeLessThanOrEqual(1024);
  });

  it("INTERNAL_ERROR, retryable, instead of throwing when something inside fails", () => {
    const broken = {
      ...defaultRulesConfig,
      get acceptedCurrencies(): readonly string[] {
        throw new TypeError("configuration store unavailable");
      },
    };
    const outcome = expectFailure(run(JSON.stringify(validOrder()), broken));
    expect(outcome).toMatchObject({
      error_code: "INTERNAL_ERROR",
      retryable: true,
      error: expect.stringContaining("TypeError: configuration store unavailable"),
    });
  });
});

describe("processOrderBody: deterministic outcomes", () => {
  const body = JSON.stringify(validOrder());

  it("returns deep-equal outcomes for the same inputs", () => {
    expect(processOrderBody(body, input(), defaultRulesConfig)).toEqual(
      processOrderBody(body, input(), defaultRulesConfig),
    );
  });

  it("keeps outcome_id across redeliveries: other receive count, later clock", () => {
    const first = processOrderBody(body, input(), defaultRulesConfig);
    const redelivered = processOrderBody(
      body,
      input({ source: sqsSource(4), now: new Date("2026-03-01T12:03:00Z") }),
      defaultRulesConfig,
    );
    expect(redelivered.outcome_id).toBe(first.outcome_id);
    const { processed_at: _a, source: _b, ...rest } = first;
    expect(redelivered).toMatchObject(rest);
  });

  it("derives outcome_id as a UUID v5 of the queue ARN and message id", () => {
    const a = processOrderBody(body, input(), defaultRulesConfig).outcome_id;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const otherMessage = processOrderBody(body, input({ messageId: "other" }), defaultRulesConfig);
    const otherQueue = processOrderBody(
      body,
      input({ source: { kind: "sqs", queue_arn: `${QUEUE_ARN}-2`, receive_count: 1 } }),
      defaultRulesConfig,
    );
    expect(new Set([a, otherMessage.outcome_id, otherQueue.outcome_id]).size).toBe(3);
  });

  it("gives the same outcome_id to a FAILURE and its later SUCCESS only for the same message", () => {
    const failure = processOrderBody("nope", input(), defaultRulesConfig);
    const success = processOrderBody(body, input(), defaultRulesConfig);
    expect(failure.outcome_id).toBe(success.outcome_id); // the id names the input, not the verdict
  });
});

describe("processOrderPayload (asynchronous invocations)", () => {
  const asyncInput = input({
    messageId: "c0ffee00-0000-4000-8000-000000000001",
    source: { kind: "async_invocation", request_id: "c0ffee00-0000-4000-8000-000000000001" },
  });

  it("processes a parsed order like its JSON text", () => {
    const order = validOrder();
    const outcome = processOrderPayload(order, asyncInput, defaultRulesConfig);
    expect(validateOrderSuccessOutcome(outcome)).toBe(true);
    expect(outcome).toMatchObject({ status: "SUCCESS", body: JSON.stringify(order), order });
  });

  it("rejects a payload too deeply nested to serialize as SCHEMA_VIOLATION", () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const outcome = expectFailure(processOrderPayload(deep, asyncInput, defaultRulesConfig));
    expect(outcome.error_code).toBe("SCHEMA_VIOLATION");
    expect(outcome.error).toMatch(/payload cannot be serialized/);
  });

  it("treats a missing payload as an empty body", () => {
    expect(
      expectFailure(processOrderPayload(undefined, asyncInput, defaultRulesConfig)).error_code,
    ).toBe("INVALID_JSON");
  });
});

describe("body echo", () => {
  it("echoes bodies up to MAX_ECHO_BODY_BYTES and describes larger ones by length and SHA-256", () => {
    const rules = { ...defaultRulesConfig, maxEchoBodyBytes: 64 };
    const small = "x".repeat(64);
    expect(expectFailure(run(small, rules))).toMatchObject({ body: small });
    const large = "é".repeat(33); // 66 bytes
    expect(expectFailure(run(large, rules))).toMatchObject({
      body: "",
      body_truncated: true,
      body_bytes: 66,
      body_sha256: createHash("sha256").update(large, "utf8").digest("hex"),
    });
  });
});
