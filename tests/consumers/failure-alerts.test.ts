import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../functions/failure-alerts/alert";
import { consumeFailureAlertBatch } from "../../functions/failure-alerts/consume";
import { SEVERITY_BY_ERROR_CODE } from "../../functions/failure-alerts/severity";
import type {
  ErrorCode,
  OrderFailureDestinationRecord,
  OrderFailureOutcome,
  OrderSuccessOutcome,
  SnsConfirmation,
  SqsRecord,
} from "../../generated/types";
import { awsSamplesDir } from "../support/paths";
import { schemaExample } from "./support/examples";
import { RecordingLogger } from "./support/recording-logger";
import { envelopeDelivery, rawDelivery, sqsEvent, sqsRecord } from "./support/sqs-delivery";

const failureOutcome = (code: ErrorCode = "UNSUPPORTED_CURRENCY"): OrderFailureOutcome => ({
  ...schemaExample<OrderFailureOutcome>("outcome-failure", "a rule rejection with details"),
  error_code: code,
  retryable: code === "INTERNAL_ERROR",
});
const failureRecord = () =>
  schemaExample<OrderFailureDestinationRecord>(
    "order-failure-destination-record",
    "RetriesExhausted after 3 attempts",
  );
const attributesOf = (o: OrderFailureOutcome) => ({
  message_type: { DataType: "String", StringValue: "order.outcome" },
  schema_version: { DataType: "String", StringValue: "1" },
  status: { DataType: "String", StringValue: "FAILURE" },
  error_code: { DataType: "String", StringValue: o.error_code },
});

function consume(first: SqsRecord, ...rest: SqsRecord[]) {
  const logger = new RecordingLogger();
  return { ...consumeFailureAlertBatch(sqsEvent(first, ...rest), logger), logger };
}

describe("failure-alerts consumer", () => {
  const expectations: [ErrorCode, string][] = [
    ["INTERNAL_ERROR", "critical"],
    ["INVALID_JSON", "high"],
    ["BODY_TOO_LARGE", "high"],
    ["SCHEMA_VIOLATION", "high"],
    ["ORDER_TOTAL_LIMIT_EXCEEDED", "medium"],
    ["SUBMITTED_IN_FUTURE", "medium"],
    ["UNSUPPORTED_CURRENCY", "low"],
    ["DUPLICATE_SKU", "low"],
    ["TOO_MANY_ITEMS", "low"],
    ["QUANTITY_LIMIT_EXCEEDED", "low"],
  ];

  it("has a severity for every error code of the contract, and only those", () => {
    expect(Object.keys(SEVERITY_BY_ERROR_CODE).sort()).toEqual(
      [...expectations.map(([code]) => code), "UNCLASSIFIED"].sort(),
    );
  });

  it.each(expectations)("alerts on a %s outcome with severity %s", (code, severity) => {
    const outcome = failureOutcome(code);

    const { response, records } = consume(envelopeDelivery(outcome, attributesOf(outcome)));

    expect(response.batchItemFailures).toEqual([]);
    expect(records[0]).toMatchObject({
      status: "done",
      result: {
        alert_id: outcome.outcome_id,
        severity,
        error_code: code,
        summary: "currency JPY is not accepted",
        retryable: code === "INTERNAL_ERROR",
        input_id: outcome.message_id,
        failed_via: "sqs",
        order_id: "ORD-1001",
      },
    });
  });

  it("alerts on a RetriesExhausted record with the code carried in errorType", () => {
    const { records, logger } = consume(envelopeDelivery(failureRecord()));

    expect(records[0]).toMatchObject({
      status: "done",
      result: {
        alert_id: "c6af9ac6-7b61-11e6-9a41-93e812345678",
        severity: "low",
        error_code: "UNSUPPORTED_CURRENCY",
        error_type: "OrderRejected.UNSUPPORTED_CURRENCY",
        condition: "RetriesExhausted",
        attempts: 3,
        failed_via: "async_invocation",
        order_id: "ORD-1001",
        correlation_id: "req-7f3a9c",
      },
    });
    expect(logger.lines.find((l) => l.message.endsWith("handled a message"))?.fields).toMatchObject(
      { alert: { severity: "low" } },
    );
  });

  it("raises an EventAgeExceeded record to at least high: events expired unprocessed", () => {
    const expired = failureRecord();
    expired.requestContext.condition = "EventAgeExceeded";

    const { records } = consume(envelopeDelivery(expired));

    expect(records[0]).toMatchObject({
      result: { severity: "high", condition: "EventAgeExceeded" },
    });
  });

  it.each([
    "destination-record--aws-docs--retries-exhausted.json",
    "destination-record--vgaltes-real--retries-exhausted-sns-trigger.json",
  ])("alerts critical and UNCLASSIFIED on the AWS sample %s (a crash, no typed error)", (file) => {
    const sample = readFileSync(join(awsSamplesDir, file), "utf8");

    const { response, records } = consume(envelopeDelivery(sample));

    expect(response.batchItemFailures).toEqual([]);
    expect(records[0]).toMatchObject({
      status: "done",
      result: { severity: "critical", error_code: "UNCLASSIFIED", retryable: true },
    });
  });

  it("maps errorType to an error code only for the processor's typed errors", () => {
    expect(errorCodeOf("OrderRejected.DUPLICATE_SKU")).toBe("DUPLICATE_SKU");
    expect(errorCodeOf("OrderRejected.NOT_A_CODE")).toBe("UNCLASSIFIED");
    expect(errorCodeOf("Runtime.ExitError")).toBe("UNCLASSIFIED");
    expect(errorCodeOf(undefined)).toBe("UNCLASSIFIED");
  });

  it("alerts on an expired event that never ran (no response at all)", () => {
    const never = schemaExample<OrderFailureDestinationRecord>(
      "order-failure-destination-record",
      "expired before running: no response",
    );

    const { records } = consume(envelopeDelivery(never));

    expect(records[0]).toMatchObject({
      status: "done",
      result: { severity: "critical", error_code: "UNCLASSIFIED" },
    });
    expect(records[0]?.status === "done" && records[0].result.summary).toMatch(/no error details/);
  });

  it("accepts fields added by a newer producer, in the outcome, the record and the envelope", () => {
    const outcome = { ...failureOutcome(), severity_hint: "p3" };
    const record = failureRecord();
    Object.assign(record.requestContext, { tenant: "eu" });
    const enveloped = envelopeDelivery(record);
    const body = JSON.parse(enveloped.body);
    enveloped.body = JSON.stringify({ ...body, NewEnvelopeField: "x" });

    const { response } = consume(envelopeDelivery(outcome), enveloped);

    expect(response.batchItemFailures).toEqual([]);
  });

  it("alerts once per outcome_id and once per requestId within a batch", () => {
    const { response, records } = consume(
      envelopeDelivery(failureOutcome(), {}, "a"),
      envelopeDelivery(failureRecord(), {}, "b"),
      envelopeDelivery(failureOutcome(), {}, "c"),
      envelopeDelivery(failureRecord(), {}, "d"),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(records.map((r) => r.status)).toEqual(["done", "done", "duplicate", "duplicate"]);
  });

  it("reports only the unusable records, each with a reason a person can act on", () => {
    const outcome = failureOutcome();
    const raw = rawDelivery(outcome, {}, "raw");
    const notJsonMessage = envelopeDelivery("not json", {}, "inner");
    const notEnvelope = sqsRecord({
      body: JSON.stringify({ Type: "Notification" }),
      messageId: "env",
    });
    const success = envelopeDelivery(
      schemaExample<OrderSuccessOutcome>("outcome-success", "an accepted order from SQS"),
      {},
      "success",
    );
    const lying = envelopeDelivery(
      outcome,
      {
        ...attributesOf(outcome),
        error_code: { DataType: "String", StringValue: "INTERNAL_ERROR" },
      },
      "lying",
    );

    const { response, records } = consume(
      envelopeDelivery(outcome, attributesOf(outcome), "good"),
      raw,
      notJsonMessage,
      notEnvelope,
      success,
      lying,
    );

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([
      "raw",
      "inner",
      "env",
      "success",
      "lying",
    ]);
    const rejections = records.flatMap((r) => (r.status === "rejected" ? [r.rejection] : []));
    expect(rejections.map((r) => r.reason)).toEqual([
      "WRONG_DELIVERY_MODE",
      "INVALID_JSON",
      "SCHEMA_VIOLATION",
      "WRONG_TOPIC",
      "ATTRIBUTE_MISMATCH",
    ]);
    expect(rejections[0]?.message).toContain("RawMessageDelivery=false");
    expect(rejections[1]?.message).toMatch(/^SNS envelope Message: body is not valid JSON/);
    expect(rejections[2]?.message).toContain(
      "SNS envelope does not match its schema: /MessageId is required",
    );
    expect(rejections[3]?.message).toContain('/Message/status must be "FAILURE" but is "SUCCESS"');
    expect(rejections[4]?.message).toContain('message attribute error_code is "INTERNAL_ERROR"');
  });

  it("acknowledges an SNS UnsubscribeConfirmation without acting on it", () => {
    const confirmation = schemaExample<SnsConfirmation>(
      "sns-confirmation",
      "an UnsubscribeConfirmation",
    );

    const { response, records } = consume(
      sqsRecord({ body: JSON.stringify(confirmation), messageId: "c" }),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(records[0]?.status).toBe("confirmation-acknowledged");
  });
});
