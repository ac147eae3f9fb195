import { describe, expect, it } from "vitest";
import { consumeFulfilmentBatch } from "../../functions/fulfilment/consume";
import type {
  OrderFailureOutcome,
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
  SnsConfirmation,
  SqsRecord,
} from "../../generated/types";
import { SchemaValidationError } from "../../lib/validation";
import { schemaExample } from "./support/examples";
import { RecordingLogger } from "./support/recording-logger";
import { rawDelivery, snsEnvelope, sqsEvent, sqsRecord } from "./support/sqs-delivery";

const outcome = () =>
  schemaExample<OrderSuccessOutcome>("outcome-success", "an accepted order from SQS");
const record = () =>
  schemaExample<OrderSuccessDestinationRecord>(
    "order-success-destination-record",
    "the processor's OnSuccess record",
  );
const successAttributes = {
  message_type: { DataType: "String", StringValue: "order.outcome" },
  schema_version: { DataType: "String", StringValue: "1" },
  status: { DataType: "String", StringValue: "SUCCESS" },
} as const;

function consume(first: SqsRecord, ...rest: SqsRecord[]) {
  const logger = new RecordingLogger();
  return { ...consumeFulfilmentBatch(sqsEvent(first, ...rest), logger), logger };
}

describe("fulfilment consumer", () => {
  it("turns a SUCCESS outcome delivered raw, with its attributes, into a fulfilment request", () => {
    const { response, records, logger } = consume(rawDelivery(outcome(), successAttributes, "m1"));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(records[0]).toMatchObject({
      status: "done",
      result: {
        fulfilment_id: "5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6d",
        order_id: "ORD-1001",
        customer_id: "CUST-42",
        currency: "EUR",
        order_total_minor: 4498,
        lines: [
          { sku: "SKU-RED-1", quantity: 2 },
          { sku: "SKU-BLUE-2", quantity: 1 },
        ],
        total_units: 3,
        accepted_via: "sqs",
        correlation_id: "req-7f3a9c",
      },
    });
    const handled = logger.lines.find((l) => l.message === "fulfilment handled a message");
    expect(handled?.fields).toMatchObject({
      messageId: "m1",
      fulfilment_request: { order_id: "ORD-1001" },
    });
  });

  it("turns an OnSuccess destination record into a fulfilment request from its responsePayload", () => {
    const { response, records } = consume(rawDelivery(record()));

    expect(response.batchItemFailures).toEqual([]);
    expect(records[0]).toMatchObject({
      status: "done",
      dedupeKey: "request:c6af9ac6-7b61-11e6-9a41-93e812345678",
      result: { order_id: "ORD-1001", accepted_via: "async_invocation", total_units: 3 },
    });
  });

  it("accepts fields added by a newer producer at every level it does not own", () => {
    const newer = { ...outcome(), priority: "express", source: { ...outcome().source, shard: 3 } };
    const newerRecord = record();
    Object.assign(newerRecord.requestContext, { tenant: "eu" });
    Object.assign(newerRecord, { recordSchemaHint: "2.0" });

    const { response } = consume(rawDelivery(newer), rawDelivery(newerRecord));

    expect(response.batchItemFailures).toEqual([]);
  });

  it("skips a second delivery of the same outcome_id and of the same requestId within a batch", () => {
    const { response, records, logger } = consume(
      rawDelivery(outcome(), {}, "a"),
      rawDelivery(record(), {}, "b"),
      rawDelivery(outcome(), {}, "c"),
      rawDelivery(record(), {}, "d"),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(records.map((r) => r.status)).toEqual(["done", "done", "duplicate", "duplicate"]);
    expect(records[2]).toMatchObject({ firstMessageId: "a" });
    expect(records[3]).toMatchObject({ firstMessageId: "b" });
    expect(logger.lines.filter((l) => l.message === "fulfilment handled a message")).toHaveLength(
      2,
    );
  });

  it("reports only the unusable records, each with a reason a person can act on", () => {
    const notJson = rawDelivery("{not json", {}, "bad-json");
    const failure = rawDelivery(
      schemaExample<OrderFailureOutcome>("outcome-failure", "a rule rejection with details"),
      {},
      "wrong-topic",
    );
    const enveloped = sqsRecord({ body: JSON.stringify(snsEnvelope(outcome())), messageId: "env" });
    const lying = rawDelivery(
      outcome(),
      { ...successAttributes, status: { DataType: "String", StringValue: "FAILURE" } },
      "lying",
    );
    const noOrder = { ...outcome(), order: undefined };

    const { response, records, logger } = consume(
      rawDelivery(outcome(), {}, "good"),
      notJson,
      failure,
      enveloped,
      lying,
      rawDelivery(noOrder, {}, "no-order"),
    );

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([
      "bad-json",
      "wrong-topic",
      "env",
      "lying",
      "no-order",
    ]);
    const reasons = records.flatMap((r) => (r.status === "rejected" ? [r.rejection] : []));
    expect(reasons.map((r) => r.reason)).toEqual([
      "INVALID_JSON",
      "WRONG_TOPIC",
      "WRONG_DELIVERY_MODE",
      "ATTRIBUTE_MISMATCH",
      "SCHEMA_VIOLATION",
    ]);
    expect(reasons[1]?.message).toContain('/status must be "SUCCESS"');
    expect(reasons[2]?.message).toContain("RawMessageDelivery=true");
    expect(reasons[3]?.message).toContain('message attribute status is "FAILURE"');
    expect(reasons[4]?.message).toContain("/order is required");
    for (const line of logger.at("error")) {
      expect(line.fields.hint).toContain("batchItemFailures");
    }
  });

  it("rejects a duplicate of a rejected record too, so neither copy is lost", () => {
    const broken = { ...outcome(), order_total_minor: -1 };
    // Same outcome_id: the second copy is only recognised as a duplicate once it validates.
    const { response } = consume(rawDelivery(broken, {}, "x"), rawDelivery(broken, {}, "y"));

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(["x", "y"]);
  });

  it("acknowledges an SNS SubscriptionConfirmation without acting on it, and logs a warning", () => {
    const confirmation = schemaExample<SnsConfirmation>(
      "sns-confirmation",
      "a SubscriptionConfirmation",
    );

    const { response, records, logger } = consume(rawDelivery(confirmation, {}, "conf"));

    expect(response.batchItemFailures).toEqual([]);
    expect(records[0]?.status).toBe("confirmation-acknowledged");
    expect(logger.at("warn")[0]?.fields).toMatchObject({
      sns_type: "SubscriptionConfirmation",
      topic_arn: "arn:aws:sns:us-west-2:123456789012:MyTopic",
    });
  });

  it("refuses an event that is not an SQS event with a readable error", () => {
    expect(() =>
      consumeFulfilmentBatch({ Records: [] } as never, new RecordingLogger()),
    ).toThrowError(SchemaValidationError);
    expect(() => consumeFulfilmentBatch({ Records: [] } as never, new RecordingLogger())).toThrow(
      /fulfilment SQS event is invalid: \/Records/,
    );
  });
});
