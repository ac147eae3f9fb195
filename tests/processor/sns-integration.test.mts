// The processor against the embedded fauxqs emulator, through the real @aws-sdk/client-sns: what
// consumers' queues receive, raw and enveloped, checked against the topic schemas.
import type { Message } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProcessorConfig } from "../../functions/processor/config.js";
import { defaultRulesConfig } from "../../functions/processor/core/index.js";
import { createProcessorHandler } from "../../functions/processor/create-handler.js";
import { createSnsOutcomePublisher } from "../../functions/processor/sns-publisher.js";
import type { OrderFailureOutcome, OrderOutcome } from "../../generated/types.js";
import {
  validateFailureTopicMessage,
  validateSnsNotification,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { type DeclaredTopology, startTestEmulator, type TestEmulator } from "../support/fauxqs.mjs";
import { lines, NOW, sqsEvent, validOrder } from "./support/fixtures.js";

let emulator: TestEmulator;
let declared: DeclaredTopology;
let config: ProcessorConfig;

beforeAll(async () => {
  emulator = await startTestEmulator();
  declared = emulator.declare({
    topics: ["order-success", "order-failure"],
    queues: ["fulfilment", "success-audit", "failure-alerts", "failure-raw", "invalid-json-only"],
    subscriptions: [
      { topic: "order-success", queue: "fulfilment", raw: true },
      { topic: "order-success", queue: "success-audit" },
      { topic: "order-failure", queue: "failure-alerts" },
      { topic: "order-failure", queue: "failure-raw", raw: true },
      {
        topic: "order-failure",
        queue: "invalid-json-only",
        raw: true,
        filterPolicy: { error_code: ["INVALID_JSON"] },
      },
    ],
  });
  config = {
    successTopicArn: declared.topics["order-success"] ?? "",
    failureTopicArn: declared.topics["order-failure"] ?? "",
    rules: defaultRulesConfig,
  };
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

function handlerWithRealSns() {
  const sns = emulator.snsClient();
  return createProcessorHandler({
    config,
    publisher: createSnsOutcomePublisher(sns),
    now: () => NOW,
  });
}

const rawOutcome = (m: Message) => JSON.parse(m.Body ?? "") as OrderOutcome;
const byMessageId = <T extends { message_id: string }>(items: T[]) =>
  Object.fromEntries(items.map((i) => [i.message_id, i]));

/** A mixed batch: valid, rejected, malformed JSON, schema-invalid, oversized. */
const MIXED: [string, string][] = [
  ["valid-1", JSON.stringify(validOrder({ order_id: "ORD-1" }))],
  ["valid-2", JSON.stringify(validOrder({ order_id: "ORD-2", currency: "GBP" }))],
  ["rejected", JSON.stringify(validOrder({ order_id: "ORD-3", line_items: lines(51) }))],
  ["malformed", '{"order_id": "ORD-4",'],
  ["schema-invalid", JSON.stringify({ ...validOrder({ order_id: "ORD-5" }), quantity: 3 })],
  ["oversized", JSON.stringify({ ...validOrder({ order_id: "ORD-6" }), pad: "x".repeat(300_000) })],
];
const EXPECTED_FAILURES = {
  rejected: "TOO_MANY_ITEMS",
  malformed: "INVALID_JSON",
  "schema-invalid": "SCHEMA_VIOLATION",
  oversized: "BODY_TOO_LARGE",
};

describe("a mixed batch through real SNS PublishBatch on fauxqs", () => {
  it("delivers exactly the expected outcomes to every subscribed queue, valid against the topic schemas", async () => {
    const event = sqsEvent(
      MIXED.map(([, body]) => body),
      { messageIds: MIXED.map(([id]) => id) },
    );

    const response = await handlerWithRealSns()(event);

    expect(response).toEqual({ batchItemFailures: [] });

    // Raw delivery: the body is the outcome, the SNS attributes are SQS message attributes.
    const fulfilment = await emulator.drain("fulfilment");
    const successes = fulfilment.map(rawOutcome);
    expect(successes.map((o) => o.message_id).sort()).toEqual(["valid-1", "valid-2"]);
    for (const outcome of successes) expect(validateSuccessTopicMessage(outcome)).toBe(true);
    for (const m of fulfilment) {
      expect(m.MessageAttributes).toEqual({
        message_type: { DataType: "String", StringValue: "order.outcome" },
        schema_version: { DataType: "String", StringValue: "1" },
        status: { DataType: "String", StringValue: "SUCCESS" },
      });
    }

    // Raw delivery off: the body is the SNS envelope, attributes inside it as {Type, Value}.
    const audit = await emulator.drain("success-audit");
    expect(audit).toHaveLength(2);
    for (const m of audit) {
      const envelope = JSON.parse(m.Body ?? "");
      expect(validateSnsNotification(envelope)).toBe(true);
      expect(envelope.TopicArn).toBe(config.successTopicArn);
      expect(validateSuccessTopicMessage(JSON.parse(envelope.Message))).toBe(true);
      expect(envelope.MessageAttributes).toEqual({
        message_type: { Type: "String", Value: "order.outcome" },
        schema_version: { Type: "String", Value: "1" },
        status: { Type: "String", Value: "SUCCESS" },
      });
      expect(m.MessageAttributes ?? {}).toEqual({});
    }

    const alerts = (await emulator.drain("failure-alerts")).map((m) => {
      const envelope = JSON.parse(m.Body ?? "");
      expect(validateSnsNotification(envelope)).toBe(true);
      const outcome = JSON.parse(envelope.Message) as OrderFailureOutcome;
      expect(validateFailureTopicMessage(outcome)).toBe(true);
      expect(envelope.MessageAttributes.error_code).toEqual({
        Type: "String",
        Value: outcome.error_code,
      });
      expect(envelope.MessageAttributes.status).toEqual({ Type: "String", Value: "FAILURE" });
      return outcome;
    });
    const alertCodes = Object.fromEntries(alerts.map((o) => [o.message_id, o.error_code]));
    expect(alertCodes).toEqual(EXPECTED_FAILURES);

    const failureRaw = await emulator.drain("failure-raw");
    const rawFailures = byMessageId(failureRaw.map(rawOutcome) as OrderFailureOutcome[]);
    expect(Object.keys(rawFailures).sort()).toEqual(Object.keys(EXPECTED_FAILURES).sort());
    for (const m of failureRaw) {
      const outcome = rawOutcome(m) as OrderFailureOutcome;
      expect(validateFailureTopicMessage(outcome)).toBe(true);
      expect(m.MessageAttributes?.error_code).toEqual({
        DataType: "String",
        StringValue: outcome.error_code,
      });
    }

    // The oversized body is described, not echoed, and still published.
    expect(rawFailures.oversized).toMatchObject({
      body: "",
      body_truncated: true,
      body_bytes: Buffer.byteLength(MIXED[5]?.[1] ?? ""),
      body_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // A filter policy on the error_code attribute selects by code.
    const invalidJsonOnly = (await emulator.drain("invalid-json-only")).map(rawOutcome);
    expect(invalidJsonOnly.map((o) => o.message_id)).toEqual(["malformed"]);
  });

  it("spreads a large batch over several PublishBatch calls and loses nothing", async () => {
    const bodies = Array.from({ length: 47 }, (_, i) =>
      i % 5 === 0 ? `not json ${i}` : JSON.stringify(validOrder({ order_id: `BULK-${i}` })),
    );
    const response = await handlerWithRealSns()(sqsEvent(bodies));
    expect(response).toEqual({ batchItemFailures: [] });
    const delivered = [
      ...(await emulator.drain("fulfilment")),
      ...(await emulator.drain("failure-raw")),
    ].map((m) => rawOutcome(m).message_id);
    expect(delivered.sort()).toEqual(bodies.map((_, i) => `msg-${i}`).sort());
    const audit = emulator.server.inspectQueue("success-audit");
    expect(audit?.messages.ready).toHaveLength(37);
  });
});

describe("at-least-once: the same message delivered twice", () => {
  it("publishes identical outcomes (same bytes, same outcome_id) for a duplicate delivery", async () => {
    const event = sqsEvent([JSON.stringify(validOrder()), "nope"], {
      messageIds: ["dup-ok", "dup-bad"],
    });
    const handler = handlerWithRealSns();

    await handler(event);
    await handler(event);

    const fulfilment = await emulator.drain("fulfilment");
    const failures = await emulator.drain("failure-raw");
    expect(fulfilment).toHaveLength(2);
    expect(failures).toHaveLength(2);
    expect(fulfilment[0]?.Body).toBe(fulfilment[1]?.Body);
    expect(failures[0]?.Body).toBe(failures[1]?.Body);
  });

  it("keeps outcome_id and the verdict on a later redelivery; only delivery facts differ", async () => {
    const body = JSON.stringify(validOrder());
    const first = createProcessorHandler({
      config,
      publisher: createSnsOutcomePublisher(emulator.snsClient()),
      now: () => NOW,
    });
    const later = createProcessorHandler({
      config,
      publisher: createSnsOutcomePublisher(emulator.snsClient()),
      now: () => new Date(NOW.getTime() + 90_000),
    });
    await first(sqsEvent([body], { messageIds: ["redelivered"], receiveCount: 1 }));
    await later(sqsEvent([body], { messageIds: ["redelivered"], receiveCount: 2 }));

    const [a, b] = (await emulator.drain("fulfilment")).map(rawOutcome);
    expect(a?.outcome_id).toBe(b?.outcome_id);
    const { processed_at: pa, source: sa, ...restA } = a as OrderOutcome;
    const { processed_at: pb, source: sb, ...restB } = b as OrderOutcome;
    expect(restB).toEqual(restA);
    expect([sa, sb].map((s) => (s.kind === "sqs" ? s.receive_count : 0))).toEqual([1, 2]);
    expect(pb > pa).toBe(true);
  });
});
