import { PublishCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeFailureAlertBatch } from "../../functions/failure-alerts/consume.js";
import { consumeFulfilmentBatch, fulfilmentSteps } from "../../functions/fulfilment/consume.js";
import {
  defaultRulesConfig,
  outcomeAttributes,
  processOrderBody,
} from "../../functions/processor/core/index.js";
import { createProcessorHandler } from "../../functions/processor/create-handler.js";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher.js";
import { consumeBatchOnce, powertoolsOnce } from "../../lib/consumers/index.js";
import { invokeAsyncWithDestinations } from "../../local/destinations/index.js";
import { type LocalDynamoDb, startLocalDynamoDb } from "../../local/dynamodb/local-dynamodb.js";
import { buildOrderMessage, type OrderVariant } from "../../local/producer/index.js";
import { startTestEmulator, type TestEmulator } from "../support/fauxqs.mjs";
import { contextWithDeadline, freshStore } from "./support/idempotency-store.js";
import { RecordingLogger } from "./support/recording-logger.js";
import { lambdaRecordOf } from "./support/sqs-delivery.js";

// Real SNS -> SQS delivery (fauxqs): raw delivery for fulfilment, the SNS envelope for
// failure-alerts, outcomes with their attributes, destination records without.
const now = new Date("2026-11-26T10:15:01.123Z");
let emulator: TestEmulator;
let dynamo: LocalDynamoDb;
let topics: Record<string, string>;
let queues: Record<string, { url: string; arn: string }>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  dynamo = await startLocalDynamoDb();
  ({ topics, queues } = emulator.declare({
    topics: ["order-success", "order-failure"],
    queues: ["fulfilment", "failure-alerts"],
    subscriptions: [
      { topic: "order-success", queue: "fulfilment", raw: true },
      { topic: "order-failure", queue: "failure-alerts" },
    ],
  }));
});
afterAll(async () => {
  await emulator.stop();
  await dynamo.stop();
});

const outcomeOf = (variant: OrderVariant, messageId: string) =>
  processOrderBody(
    buildOrderMessage(variant, { seed: 9, now }).body,
    {
      messageId,
      source: {
        kind: "sqs",
        queue_arn: "arn:aws:sqs:us-east-1:000000000000:orders",
        receive_count: 1,
      },
      now,
    },
    defaultRulesConfig,
  );

async function publish(topic: string, message: string, attributes = {}) {
  await emulator.snsClient().send(
    new PublishCommand({
      TopicArn: topics[topic],
      Message: message,
      MessageAttributes: attributes,
    }),
  );
}

async function eventFrom(queue: string) {
  const messages = await emulator.drain(queue);
  const records = messages.map((m) => lambdaRecordOf(m, queues[queue]?.arn ?? ""));
  const [first, ...rest] = records;
  if (!first) throw new Error(`nothing arrived on ${queue}`);
  return { Records: [first, ...rest] as [typeof first, ...typeof rest] };
}

describe("consumers on messages delivered by SNS to SQS (fauxqs)", () => {
  it("fulfilment handles raw outcomes with SQS attributes, raw records, and skips a redelivery", async () => {
    const accepted = outcomeOf("valid", "m-1");
    const asyncResult = await invokeAsyncWithDestinations(
      createProcessorHandler({
        config: {
          successTopicArn: topics["order-success"] ?? "",
          failureTopicArn: topics["order-failure"] ?? "",
          rules: defaultRulesConfig,
        },
        publisher: createInMemoryOutcomePublisher(),
        now: () => now,
      }),
      buildOrderMessage("valid", { seed: 10, now }).body,
      { functionArn: "arn:aws:lambda:us-east-1:000000000000:function:processor", requestId: "r-1" },
    );
    await publish("order-success", JSON.stringify(accepted), outcomeAttributes(accepted));
    await publish("order-success", JSON.stringify(accepted), outcomeAttributes(accepted));
    await publish("order-success", asyncResult.json);

    const event = await eventFrom("fulfilment");
    const { response, records } = consumeFulfilmentBatch(event, new RecordingLogger());

    expect(event.Records[0]?.messageAttributes.status?.stringValue).toBe("SUCCESS");
    expect(response.batchItemFailures).toEqual([]);
    expect(records.map((r: { status: string }) => r.status).sort()).toEqual([
      "done",
      "done",
      "duplicate",
    ]);
  });

  it("failure-alerts handles outcomes inside the SNS envelope, with envelope attributes, and records", async () => {
    const rejected = outcomeOf("duplicate-sku", "m-2");
    const broken = outcomeOf("invalid-json", "m-3");
    await publish("order-failure", JSON.stringify(rejected), outcomeAttributes(rejected));
    await publish("order-failure", JSON.stringify(broken), outcomeAttributes(broken));

    const event = await eventFrom("failure-alerts");
    const envelope = JSON.parse(event.Records[0]?.body ?? "{}");
    const { response, records } = consumeFailureAlertBatch(event, new RecordingLogger());

    expect(envelope).toMatchObject({
      Type: "Notification",
      MessageAttributes: { status: { Type: "String", Value: "FAILURE" } },
    });
    expect(response.batchItemFailures).toEqual([]);
    expect(
      records
        .map((r) => (r.status === "done" ? [r.result.error_code, r.result.severity] : r.status))
        .sort(),
    ).toEqual([
      ["DUPLICATE_SKU", "low"],
      ["INVALID_JSON", "high"],
    ]);
  });

  it("fulfilment skips an outcome SNS delivers again after an earlier invocation consumed it", async () => {
    const accepted = outcomeOf("valid", "m-4");
    const store = await freshStore(dynamo, "fulfilment");
    const consume = async () => {
      const logger = new RecordingLogger();
      const once = powertoolsOnce(store.settings, contextWithDeadline(30_000));
      const event = await eventFrom("fulfilment");
      return { event, ...(await consumeBatchOnce(event, fulfilmentSteps, logger, once)) };
    };

    await publish("order-success", JSON.stringify(accepted), outcomeAttributes(accepted));
    const first = await consume();
    await publish("order-success", JSON.stringify(accepted), outcomeAttributes(accepted));
    const again = await consume();

    expect(again.event.Records[0]?.messageId).not.toBe(first.event.Records[0]?.messageId);
    expect(first.records.map((r) => r.status)).toEqual(["done"]);
    expect(again.response.batchItemFailures).toEqual([]);
    expect(again.records[0]).toMatchObject({
      status: "duplicate",
      dedupeKey: `outcome:${accepted.outcome_id}`,
      firstMessageId: first.event.Records[0]?.messageId,
    });
  });
});
