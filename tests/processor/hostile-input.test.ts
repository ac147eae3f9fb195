import { describe, expect, it } from "vitest";
import { defaultRulesConfig, prepareOutcome } from "../../functions/processor/core";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { ErrorCode, OrderFailureOutcome } from "../../generated/types";
import { validateFailureTopicMessage } from "../../generated/validators.cjs";
import { lines, NOW, sqsEvent, TEST_CONFIG, validOrder } from "./support/fixtures";

const order = validOrder();
const json = (value: unknown) => JSON.stringify(value);
const withOrder = (patch: Record<string, unknown>) => json({ ...order, ...patch });
const withLine = (patch: Record<string, unknown>) =>
  json({ ...order, line_items: [{ ...order.line_items[0], ...patch }] });
const without = (field: string) => {
  const copy: Record<string, unknown> = { ...order };
  delete copy[field];
  return json(copy);
};
const MiB = 1024 * 1024;

/** [what, body, the error code it must get]. Each is a distinct way a body can be hostile or wrong. */
const HOSTILE: [string, string, ErrorCode][] = [
  // Not JSON at all
  ["empty body", "", "INVALID_JSON"],
  ["only whitespace", " \t\r\n ", "INVALID_JSON"],
  ["only a byte order mark", "\uFEFF", "INVALID_JSON"],
  ["plain text", "Test message.", "INVALID_JSON"],
  ["truncated object", '{"order_id":"A1",', "INVALID_JSON"],
  ["single-quoted keys", "{'order_id': 'A1'}", "INVALID_JSON"],
  ["trailing comma", '{"order_id":"A1",}', "INVALID_JSON"],
  ["NaN literal", "NaN", "INVALID_JSON"],
  ["Infinity literal", "Infinity", "INVALID_JSON"],
  ["NUL bytes", "\u0000\u0000\u0000", "INVALID_JSON"],
  ["raw control character inside a string", '{"order_id":"A\u0001B"}', "INVALID_JSON"],
  ["raw lone surrogate outside any string", "\ud800", "INVALID_JSON"],
  ["XML instead of JSON", "<order><id>1</id></order>", "INVALID_JSON"],
  ["two JSON documents", `${json(order)}${json(order)}`, "INVALID_JSON"],
  // JSON, but not an object
  ["JSON null", "null", "SCHEMA_VIOLATION"],
  ["JSON true", "true", "SCHEMA_VIOLATION"],
  ["JSON number", "42", "SCHEMA_VIOLATION"],
  ["negative zero", "-0", "SCHEMA_VIOLATION"],
  ["JSON string", '"an order"', "SCHEMA_VIOLATION"],
  ["escaped lone surrogate string", '"\\ud800"', "SCHEMA_VIOLATION"],
  ["empty array", "[]", "SCHEMA_VIOLATION"],
  ["the order wrapped in an array", `[${json(order)}]`, "SCHEMA_VIOLATION"],
  ["empty object", "{}", "SCHEMA_VIOLATION"],
  // Size and depth
  [
    "arrays nested 100,000 deep",
    `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    "SCHEMA_VIOLATION",
  ],
  [
    "objects nested 40,000 deep",
    `${'{"a":'.repeat(40_000)}1${"}".repeat(40_000)}`,
    "SCHEMA_VIOLATION",
  ],
  ["unbalanced brackets 100,000 deep", "[".repeat(100_000), "SCHEMA_VIOLATION"],
  ["deep nesting inside a valid field", withOrder({ order_id: [[[["x"]]]] }), "SCHEMA_VIOLATION"],
  ["a 1 MiB body", `{"pad":"${"x".repeat(MiB)}"}`, "BODY_TOO_LARGE"],
  ["a 1 MiB body that is not JSON", "x".repeat(MiB), "BODY_TOO_LARGE"],
  ["just over MAX_BODY_BYTES in multi-byte characters", "é".repeat(131_073), "BODY_TOO_LARGE"],
  [
    "10,000 unexpected fields",
    json(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
    "SCHEMA_VIOLATION",
  ],
  ["a 200,000-character field name", withOrder({ ["k".repeat(200_000)]: 1 }), "SCHEMA_VIOLATION"],
  // Numbers
  [
    "quantity 1e400 (Infinity once parsed)",
    withLine({ quantity: "__N__" }).replace('"__N__"', "1e400"),
    "SCHEMA_VIOLATION",
  ],
  [
    "quantity beyond 2^64",
    withLine({ quantity: "__N__" }).replace('"__N__"', "99999999999999999999999"),
    "SCHEMA_VIOLATION",
  ],
  ["fractional price", withLine({ unit_price_minor: 12.5 }), "SCHEMA_VIOLATION"],
  ["negative quantity", withLine({ quantity: -1 }), "SCHEMA_VIOLATION"],
  ["zero quantity", withLine({ quantity: 0 }), "SCHEMA_VIOLATION"],
  [
    "price over the schema maximum",
    withLine({ unit_price_minor: 100_000_001 }),
    "SCHEMA_VIOLATION",
  ],
  // Prototype pollution
  [
    "__proto__ at the top",
    `{"__proto__":{"polluted":true},${json(order).slice(1)}`,
    "SCHEMA_VIOLATION",
  ],
  [
    "__proto__ inside a line",
    withLine({}).replace('{"sku"', '{"__proto__":{"polluted":true},"sku"'),
    "SCHEMA_VIOLATION",
  ],
  [
    "escaped \\u005f\\u005fproto\\u005f\\u005f key",
    '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}',
    "SCHEMA_VIOLATION",
  ],
  [
    "constructor.prototype",
    withOrder({ constructor: { prototype: { polluted: true } } }),
    "SCHEMA_VIOLATION",
  ],
  ["plain constructor key", withOrder({ constructor: 1 }), "SCHEMA_VIOLATION"],
  // Strings with hostile characters
  ["lone high surrogate in order_id", withOrder({ order_id: "A\ud800" }), "SCHEMA_VIOLATION"],
  ["escaped NUL in customer_id", withOrder({ customer_id: "C\u0000" }), "SCHEMA_VIOLATION"],
  ["U+FFFF in customer_id", withOrder({ customer_id: "C\uffff" }), "SCHEMA_VIOLATION"],
  ["right-to-left override in order_id", withOrder({ order_id: "A\u202eB" }), "SCHEMA_VIOLATION"],
  ["emoji in sku", withLine({ sku: "SKU-\u{1F4A3}" }), "SCHEMA_VIOLATION"],
  [
    "100,000-character order_id (regex probe)",
    withOrder({ order_id: `${"a".repeat(100_000)}!` }),
    "SCHEMA_VIOLATION",
  ],
  ["markup in order_id", withOrder({ order_id: "<script>alert(1)</script>" }), "SCHEMA_VIOLATION"],
  [
    "SQL in customer_id",
    withOrder({ customer_id: "1'; DROP TABLE orders;--" }),
    "SCHEMA_VIOLATION",
  ],
  [
    "SQL with spaces in correlation_id",
    withOrder({ correlation_id: "' OR 1=1 --" }),
    "SCHEMA_VIOLATION",
  ],
  ["shell injection in sku", withLine({ sku: "$(rm -rf /)" }), "SCHEMA_VIOLATION"],
  // Each field of the wrong type
  ["order_id a number", withOrder({ order_id: 1001 }), "SCHEMA_VIOLATION"],
  ["customer_id null", withOrder({ customer_id: null }), "SCHEMA_VIOLATION"],
  ["currency an array", withOrder({ currency: ["EUR"] }), "SCHEMA_VIOLATION"],
  [
    "line_items an object",
    withOrder({ line_items: { 0: order.line_items[0] } }),
    "SCHEMA_VIOLATION",
  ],
  ["submitted_at a number", withOrder({ submitted_at: 1_767_225_600 }), "SCHEMA_VIOLATION"],
  ["correlation_id an object", withOrder({ correlation_id: {} }), "SCHEMA_VIOLATION"],
  ["schema_version a number", withOrder({ schema_version: 1 }), "SCHEMA_VIOLATION"],
  ["sku a number", withLine({ sku: 123 }), "SCHEMA_VIOLATION"],
  ["quantity a string", withLine({ quantity: "2" }), "SCHEMA_VIOLATION"],
  ["unit_price_minor a boolean", withLine({ unit_price_minor: true }), "SCHEMA_VIOLATION"],
  ["a line that is a string", withOrder({ line_items: ["SKU-1"] }), "SCHEMA_VIOLATION"],
  // Missing, unexpected and malformed fields
  ["order_id missing", without("order_id"), "SCHEMA_VIOLATION"],
  ["line_items empty", withOrder({ line_items: [] }), "SCHEMA_VIOLATION"],
  ["101 lines (over the schema's 100)", withOrder({ line_items: lines(101) }), "SCHEMA_VIOLATION"],
  ["unexpected top-level field", withOrder({ discount_percent: 100 }), "SCHEMA_VIOLATION"],
  ["unexpected field in a line", withLine({ discount: 1 }), "SCHEMA_VIOLATION"],
  ["lower-case currency", withOrder({ currency: "eur" }), "SCHEMA_VIOLATION"],
  ["schema_version 2", withOrder({ schema_version: "2" }), "SCHEMA_VIOLATION"],
  ["impossible date", withOrder({ submitted_at: "2026-02-30T00:00:00Z" }), "SCHEMA_VIOLATION"],
  [
    "date without time zone",
    withOrder({ submitted_at: "2026-03-01T11:00:00" }),
    "SCHEMA_VIOLATION",
  ],
  [
    "an SNS envelope instead of an order",
    json({ Type: "Notification", MessageId: "x", Message: json(order) }),
    "SCHEMA_VIOLATION",
  ],
  // Valid shape, refused by a business rule
  ["unsupported currency", withOrder({ currency: "XXX" }), "UNSUPPORTED_CURRENCY"],
  ["51 lines", withOrder({ line_items: lines(51) }), "TOO_MANY_ITEMS"],
  [
    "the same SKU twice",
    withOrder({ line_items: [order.line_items[0], order.line_items[0]] }),
    "DUPLICATE_SKU",
  ],
  ["10,000 units on one line", withLine({ quantity: 10_000 }), "QUANTITY_LIMIT_EXCEEDED"],
  [
    "a total of 10^11 minor units",
    withLine({ quantity: 1000, unit_price_minor: 100_000_000 }),
    "ORDER_TOTAL_LIMIT_EXCEEDED",
  ],
  [
    "submitted in the year 9999",
    withOrder({ submitted_at: "9999-12-31T23:59:59Z" }),
    "SUBMITTED_IN_FUTURE",
  ],
];

describe("hostile input: every body gets a FAILURE with a precise code, and nothing throws", () => {
  it("has at least 40 distinct cases", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE.map(([, body]) => body)).size).toBe(HOSTILE.length);
    expect(new Set(HOSTILE.map(([what]) => what)).size).toBe(HOSTILE.length);
  });

  it.each(HOSTILE.map(([what, body, code]) => ({ what, body, code })))(
    "$what → $code, alone in a batch",
    async ({ body, code }) => {
      const publisher = createInMemoryOutcomePublisher();
      const handler = createProcessorHandler({ config: TEST_CONFIG, publisher, now: () => NOW });
      await expect(handler(sqsEvent([body]))).resolves.toEqual({ batchItemFailures: [] });
      expect(publisher.messagesOn(TEST_CONFIG.failureTopicArn)).toMatchObject([
        { status: "FAILURE", error_code: code, message_id: "msg-0" },
      ]);
    },
  );

  it("publishes one schema-valid FAILURE per body through the handler, in one batch, retrying none", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const handler = createProcessorHandler({ config: TEST_CONFIG, publisher, now: () => NOW });
    const event = sqsEvent(HOSTILE.map(([, body]) => body));

    const response = await handler(event);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.messagesOn(TEST_CONFIG.successTopicArn)).toEqual([]);
    const byMessageId = new Map(
      publisher
        .messagesOn(TEST_CONFIG.failureTopicArn)
        .map((m) => [(m as OrderFailureOutcome).message_id, m as OrderFailureOutcome]),
    );
    const got = HOSTILE.map(([what], i) => [what, byMessageId.get(`msg-${i}`)?.error_code]);
    expect(got).toEqual(HOSTILE.map(([what, , code]) => [what, code]));
    for (const outcome of byMessageId.values()) {
      expect(validateFailureTopicMessage(outcome), outcome.message_id).toBe(true);
      expect(outcome.retryable).toBe(false);
    }
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    for (const call of publisher.calls) expect(call.bytes).toBeLessThanOrEqual(262_144);
  });

  it("decides every body quickly: no catastrophic regex or parse (loose bound; speed belongs to benchmarks)", () => {
    const input = (i: number) => ({
      messageId: `msg-${i}`,
      source: {
        kind: "sqs" as const,
        queue_arn: "arn:aws:sqs:us-east-1:000000000000:orders",
        receive_count: 1,
      },
      now: NOW,
    });
    prepareOutcome(json(order), input(-1), defaultRulesConfig); // warm up
    // CPU time of this thread, not wall time: other processes on a loaded machine do not move it,
    // while a catastrophic regex or parse would take seconds of it.
    const cpuMs = () => {
      const { user, system } = process.threadCpuUsage();
      return (user + system) / 1000;
    };
    const timings = HOSTILE.map(([what, body], i) => {
      const started = cpuMs();
      const { outcome } = prepareOutcome(body, input(i), defaultRulesConfig);
      const ms = cpuMs() - started;
      expect(outcome.status, what).toBe("FAILURE");
      return { what, ms };
    });
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    expect(total, `slowest: ${slowest.what} ${slowest.ms.toFixed(1)} ms`).toBeLessThan(1000);
    expect(slowest.ms, slowest.what).toBeLessThan(100);
  });
});
