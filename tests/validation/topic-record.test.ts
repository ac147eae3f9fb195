import { describe, expect, it } from "vitest";
import { outcomeAttributes } from "../../functions/processor/core";
import type {
  OrderFailureDestinationRecord,
  OrderSuccessDestinationRecord,
  SnsConfirmation,
  SqsEvent,
} from "../../generated/types";
import {
  readFailureTopicRecord,
  readSuccessTopicRecord,
  type TopicRecordRead,
} from "../../lib/validation";
import { schemaExample } from "../consumers/support/examples";
import {
  envelopeDelivery,
  rawDelivery,
  snsEnvelope,
  sqsRecord,
} from "../consumers/support/sqs-delivery";
import { readAwsSample } from "../support/aws-samples";
import { EXAMPLE_ORDER, processorOutcome } from "../support/processor-outcomes";

// The readers every consumer of the topics uses (our own consumers included), on outcomes from
// the processor's real core delivered in both forms SNS uses, and on real AWS payloads.

const accepted = processorOutcome(JSON.stringify(EXAMPLE_ORDER));
const rejected = processorOutcome(
  JSON.stringify({ ...EXAMPLE_ORDER, currency: "JPY" }),
  "059f36b4-87a3-44ab-83d2-661975830a7e",
);
const successRecord = () =>
  schemaExample<OrderSuccessDestinationRecord>(
    "order-success-destination-record",
    "the processor's OnSuccess record",
  );
const failureRecord = () =>
  schemaExample<OrderFailureDestinationRecord>(
    "order-failure-destination-record",
    "RetriesExhausted after 3 attempts",
  );

/** The error of a rejected read, or a failure naming what was read instead. */
function errorOf<M>(read: TopicRecordRead<M>) {
  if (read.kind !== "rejected") throw new Error(`expected a rejection, got ${read.kind}`);
  return read.error;
}

describe("readSuccessTopicRecord / readFailureTopicRecord", () => {
  it("reads a raw outcome with its attributes as the SQS record spells them", () => {
    const read = readSuccessTopicRecord(rawDelivery(accepted, outcomeAttributes(accepted)));

    expect(read).toMatchObject({
      kind: "message",
      delivery: "raw",
      message: accepted,
      dedupeKey: `outcome:${accepted.outcome_id}`,
      attributes: { status: { dataType: "String", stringValue: "SUCCESS" } },
    });
  });

  it("reads the same outcome from the SNS envelope, detected, with the envelope's attributes", () => {
    const read = readFailureTopicRecord(envelopeDelivery(rejected, outcomeAttributes(rejected)));

    if (read.kind !== "message" || read.delivery !== "sns-envelope") throw new Error(read.kind);
    expect(read.message).toEqual(rejected);
    expect(read.dedupeKey).toBe(`outcome:${rejected.outcome_id}`);
    expect(read.attributes?.error_code).toEqual({ Type: "String", Value: "UNSUPPORTED_CURRENCY" });
    expect(read.envelope.TopicArn).toBe("arn:aws:sns:us-east-2:111122223333:order-failures");
  });

  it.each([
    ["raw", rawDelivery],
    ["sns-envelope", envelopeDelivery],
  ] as const)(
    "reads destination records delivered %s, keyed by request id, without attributes",
    (delivery, deliver) => {
      const success = readSuccessTopicRecord(deliver(successRecord()), { delivery });
      const failure = readFailureTopicRecord(deliver(failureRecord()), { delivery });

      expect(success).toMatchObject({
        kind: "message",
        delivery,
        attributes: undefined,
        dedupeKey: "request:c6af9ac6-7b61-11e6-9a41-93e812345678",
      });
      expect(failure).toMatchObject({ kind: "message", delivery, attributes: undefined });
    },
  );

  it("refuses the other delivery form than the one declared, saying which setting to change", () => {
    const enveloped = errorOf(
      readSuccessTopicRecord(envelopeDelivery(accepted), { delivery: "raw" }),
    );
    const raw = errorOf(
      readFailureTopicRecord(rawDelivery(rejected), { delivery: "sns-envelope" }),
    );

    expect(enveloped.code).toBe("WRONG_DELIVERY_MODE");
    expect(enveloped.message).toContain("RawMessageDelivery=true");
    expect(raw.code).toBe("WRONG_DELIVERY_MODE");
    expect(raw.message).toContain("RawMessageDelivery=false");
  });

  it("says WRONG_TOPIC, with a pointer into the envelope's Message, for the other topic's outcome", () => {
    const error = errorOf(readSuccessTopicRecord(envelopeDelivery(rejected)));

    expect(error).toMatchObject({
      code: "WRONG_TOPIC",
      where: "body",
      issues: [{ pointer: "/Message/status", message: 'must be "SUCCESS"' }],
    });
  });

  it("points into the record body at what breaks the schema, in both forms", () => {
    const broken = { ...accepted, order_total_minor: -1 };

    const raw = errorOf(readSuccessTopicRecord(rawDelivery(broken)));
    const enveloped = errorOf(readSuccessTopicRecord(envelopeDelivery(broken)));

    expect(raw.code).toBe("SCHEMA_VIOLATION");
    expect(raw.issues.map((i) => i.pointer)).toEqual(["/order_total_minor"]);
    expect(enveloped.issues.map((i) => i.pointer)).toEqual(["/Message/order_total_minor"]);
  });

  it("validates the attributes in the form delivered: INVALID_ATTRIBUTES points at the attribute", () => {
    const attributes = {
      ...outcomeAttributes(accepted),
      status: { DataType: "String", StringValue: "PENDING" },
    };

    const raw = errorOf(readSuccessTopicRecord(rawDelivery(accepted, attributes)));
    const enveloped = errorOf(readSuccessTopicRecord(envelopeDelivery(accepted, attributes)));

    expect(raw).toMatchObject({
      code: "INVALID_ATTRIBUTES",
      where: "record",
      issues: [{ pointer: "/messageAttributes/status/stringValue" }],
    });
    expect(enveloped).toMatchObject({
      code: "INVALID_ATTRIBUTES",
      where: "body",
      issues: [{ pointer: "/MessageAttributes/status/Value" }],
    });
  });

  it("refuses attributes that disagree with the outcome (filter policies route on them)", () => {
    const attributes = {
      ...outcomeAttributes(rejected),
      error_code: { DataType: "String", StringValue: "INTERNAL_ERROR" },
    };

    const error = errorOf(readFailureTopicRecord(envelopeDelivery(rejected, attributes)));

    expect(error.code).toBe("ATTRIBUTE_MISMATCH");
    expect(error.message).toContain('message attribute error_code is "INTERNAL_ERROR"');
    expect(error.issues).toEqual([
      { pointer: "/MessageAttributes/error_code", message: "must equal the outcome's error_code" },
    ]);
  });

  it("returns an SNS confirmation as its own result, whichever delivery was declared", () => {
    const confirmation = schemaExample<SnsConfirmation>(
      "sns-confirmation",
      "a SubscriptionConfirmation",
    );
    const record = sqsRecord({ body: JSON.stringify(confirmation) });

    expect(readSuccessTopicRecord(record, { delivery: "raw" })).toEqual({
      kind: "confirmation",
      confirmation,
    });
    expect(readFailureTopicRecord(record, { delivery: "sns-envelope" }).kind).toBe("confirmation");
  });

  it("refuses what is no usable JSON, too large, or no SQS record, with the parser's code", () => {
    const large = readSuccessTopicRecord(rawDelivery(accepted), { maxBodyBytes: 100 });
    const notJson = readFailureTopicRecord(envelopeDelivery("{not json"));
    const notRecord = readSuccessTopicRecord({ messageId: "x" } as never);

    expect(errorOf(large).code).toBe("BODY_TOO_LARGE");
    expect(errorOf(notJson)).toMatchObject({ code: "INVALID_JSON" });
    expect(errorOf(notJson).message).toMatch(/^SNS envelope Message: body is not valid JSON/);
    expect(errorOf(notRecord).code).toBe("INVALID_RECORD");
  });

  it("reads a real AWS record whose body is an SNS envelope, and says its Message is none of ours", () => {
    const event = readAwsSample(
      "sqs-event--powertools-python--body-is-sns-envelope.json",
    ) as SqsEvent;

    const error = errorOf(readFailureTopicRecord(event.Records[0]));

    expect(error.code).toBe("SCHEMA_VIOLATION");
    expect(error.issues[0]?.pointer).toMatch(/^\/Message\//);
  });

  it("leaves the envelope it read untouched (the record body is only parsed)", () => {
    const envelope = snsEnvelope(accepted, outcomeAttributes(accepted));
    const record = sqsRecord({ body: JSON.stringify(envelope) });

    readSuccessTopicRecord(record);

    expect(JSON.parse(record.body)).toEqual(envelope);
  });
});
