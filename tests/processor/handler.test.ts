import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { OrderRejectedError } from "../../functions/processor/errors";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { SqsEvent, SqsRecord } from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateOrderFailureDestinationRecord,
  validateOrderSuccessDestinationRecord,
  validateSqsBatchResponse,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { invokeAsyncWithDestinations } from "../../local/destinations";
import { awsSamplesDir } from "../support/paths";
import {
  awsSample,
  NOW,
  recordingLogger,
  recordingMetrics,
  sqsEvent,
  TEST_CONFIG,
  validOrder,
} from "./support/fixtures";

const FUNCTION_ARN = "arn:aws:lambda:us-east-2:123456789012:function:processor";
const REQUEST_ID = "2a3b6b0c-7a53-4ddc-9d35-4a4d7c1d2b10";
const context = { awsRequestId: REQUEST_ID, invokedFunctionArn: FUNCTION_ARN };

function setup() {
  const publisher = createInMemoryOutcomePublisher();
  const metrics = recordingMetrics();
  const logger = recordingLogger();
  const handler = createProcessorHandler({
    config: TEST_CONFIG,
    publisher,
    metrics,
    logger,
    now: () => NOW,
  });
  return { handler, publisher, metrics, logger };
}

/** Every real SQS Lambda event among the AWS samples (the bare Records array wrapped as AWS sends it). */
function awsSqsEvents(): [string, SqsEvent][] {
  return (
    readdirSync(awsSamplesDir)
      .filter((f) => f.startsWith("sqs-event--"))
      // LocalStack normalises recorded values into placeholders ("SentTimestamp": "sent-timestamp"):
      // shape-only samples, not valid events (see SOURCES.md); tested separately below.
      .filter((f) => !f.includes("--localstack-aws-recorded--"))
      .map((f) => {
        const sample = awsSample<SqsEvent | SqsRecord[]>(f);
        return [f, Array.isArray(sample) ? ({ Records: sample } as SqsEvent) : sample];
      })
  );
}

describe("handler: telling an SQS event from a direct payload by schema", () => {
  it.each(awsSqsEvents())("takes the SQS path for the real AWS sample %s", async (_file, event) => {
    const { handler, publisher } = setup();
    const response = await handler(event, context);
    expect(validateSqsBatchResponse(response)).toBe(true);
    expect(response).toEqual({ batchItemFailures: [] });
    // None of these sample bodies is an order: each record gets exactly one FAILURE outcome.
    const failures = publisher.messagesOn(TEST_CONFIG.failureTopicArn);
    expect(failures).toHaveLength(event.Records.length);
    for (const failure of failures) expect(validateFailureTopicMessage(failure)).toBe(true);
    expect(failures.map((f) => (f as { message_id: string }).message_id)).toEqual(
      event.Records.map((r) => r.messageId),
    );
  });

  it("takes the asynchronous path for an order, even one with a Records-like field nearby", async () => {
    const { handler, publisher } = setup();
    const order = validOrder();
    const outcome = await handler(order, context);
    expect(outcome).toMatchObject({
      status: "SUCCESS",
      message_id: REQUEST_ID,
      source: { kind: "async_invocation", request_id: REQUEST_ID, function_arn: FUNCTION_ARN },
      order,
    });
    expect(publisher.published).toEqual([]);
  });

  it("takes the SQS path for an event with Records even when a record breaks the schema, and rejects only an unanswerable one with the reason", async () => {
    const { handler, publisher } = setup();
    const { Records } = sqsEvent(["{}"]);
    const { receiptHandle: _, ...withoutReceiptHandle } = Records[0];
    await expect(handler({ Records: [withoutReceiptHandle] }, context)).resolves.toEqual({
      batchItemFailures: [],
    });
    expect(publisher.messagesOn(TEST_CONFIG.failureTopicArn)).toMatchObject([
      { message_id: "msg-0", error_code: "SCHEMA_VIOLATION" },
    ]);

    const { messageId: __, ...withoutMessageId } = Records[0];
    await expect(handler({ Records: [withoutMessageId] }, context)).rejects.toMatchObject({
      name: "OrderRejected.SCHEMA_VIOLATION",
      message: expect.stringMatching(
        /^event has Records but is not a valid SQS event \(aws\/sqs-event\.v1: \/Records\/0\/messageId must be a non-empty string; without it the record cannot be named for redelivery\), and is not an order either: /,
      ),
    });
    await expect(handler({ Records: [] }, context)).rejects.toMatchObject({
      name: "OrderRejected.SCHEMA_VIOLATION",
      message: expect.stringContaining("/Records is empty; an SQS event has at least one record"),
    });
    await expect(handler({ Records: "x" }, context)).rejects.toMatchObject({
      message: expect.stringContaining("/Records must be an array of SQS records"),
    });
  });

  it("logs an almost-SQS event at ERROR and counts it as malformed, not as a rejected order", async () => {
    const { handler, metrics, logger } = setup();
    await expect(handler({ Records: [] }, context)).rejects.toThrow(/not a valid SQS event/);
    expect(metrics.counts).toEqual([{ name: "MalformedSqsEvents", value: 1 }]);
    expect(logger.lines.at(-1)).toMatchObject({
      level: "error",
      message: "event has Records but is not a valid SQS event; the whole batch fails",
      attributes: {
        error: expect.stringMatching(/^event has Records but is not a valid SQS event/),
      },
    });
  });

  it("processes LocalStack's normalised sample record by record, logging the placeholder that breaks the record schema", async () => {
    const { handler, publisher, logger, metrics } = setup();
    const event = awsSample<SqsEvent>(
      "sqs-event--localstack-aws-recorded--3-message-attributes.json",
    );
    await expect(handler(event, context)).resolves.toEqual({ batchItemFailures: [] });
    expect(publisher.messagesOn(TEST_CONFIG.failureTopicArn)).toMatchObject([
      { message_id: event.Records[0].messageId, error_code: "SCHEMA_VIOLATION" },
    ]);
    expect(metrics.total("MalformedSqsRecords")).toBe(1);
    expect(logger.lines.find((l) => l.level === "warn")).toMatchObject({
      message: "records break the SQS record schema (aws/sqs-record.v1); each is handled alone",
      attributes: {
        malformed: 1,
        records: [
          {
            message_id: event.Records[0].messageId,
            processed: true,
            issues: "/Records/0/attributes/SentTimestamp must match the pattern ^[0-9]+$",
          },
        ],
      },
    });
  });
});

describe("handler: asynchronous path", () => {
  it("returns the SUCCESS outcome, which Lambda puts in a schema-valid OnSuccess record", async () => {
    const { handler, metrics } = setup();
    const payload = JSON.stringify(validOrder());
    const result = await invokeAsyncWithDestinations(handler, payload, {
      functionArn: FUNCTION_ARN,
      requestId: REQUEST_ID,
    });
    expect(result.condition).toBe("Success");
    expect(validateOrderSuccessDestinationRecord(result.record)).toBe(true);
    expect(validateSuccessTopicMessage(result.record)).toBe(true);
    expect(result.record.responsePayload).toMatchObject({ status: "SUCCESS", body: payload });
    expect(metrics.total("AsyncAccepted")).toBe(1);
  });

  it("throws OrderRejected.<CODE> with a readable message, which Lambda turns into a schema-valid OnFailure record", async () => {
    const { handler, metrics, logger } = setup();
    const payload = JSON.stringify(validOrder({ currency: "JPY" }));
    const result = await invokeAsyncWithDestinations(handler, payload, {
      functionArn: FUNCTION_ARN,
      requestId: REQUEST_ID,
      maximumRetryAttempts: 0,
    });
    expect(result.condition).toBe("RetriesExhausted");
    expect(validateOrderFailureDestinationRecord(result.record)).toBe(true);
    expect(validateFailureTopicMessage(result.record)).toBe(true);
    expect(result.record.responsePayload).toMatchObject({
      errorType: "OrderRejected.UNSUPPORTED_CURRENCY",
      errorMessage: "currency JPY is not accepted; use one of EUR, USD, GBP",
    });
    expect(metrics.counts).toContainEqual({
      name: "AsyncRejected",
      value: 1,
      dimensions: { error_code: "UNSUPPORTED_CURRENCY" },
    });
    expect(logger.lines.at(-1)).toMatchObject({
      message: "async order rejected",
      attributes: {
        request_id: REQUEST_ID,
        order_id: "ORD-1001",
        error_code: "UNSUPPORTED_CURRENCY",
      },
    });
  });

  it("rejects the same way on each of Lambda's retries (deterministic), with the same outcome_id", async () => {
    const { handler } = setup();
    const errors: OrderRejectedError[] = [];
    const recording = async (event: unknown, ctx: typeof context) => {
      try {
        return await handler(event, ctx);
      } catch (error) {
        errors.push(error as OrderRejectedError);
        throw error;
      }
    };
    const result = await invokeAsyncWithDestinations(recording, '"not an order"', {
      functionArn: FUNCTION_ARN,
      requestId: REQUEST_ID,
    });
    expect(result.attempts).toBe(3);
    expect(errors.map((e) => e.name)).toEqual(Array(3).fill("OrderRejected.SCHEMA_VIOLATION"));
    expect(new Set(errors.map((e) => e.outcome.outcome_id)).size).toBe(1);
  });

  it.each([
    [null, "OrderRejected.SCHEMA_VIOLATION"],
    [[], "OrderRejected.SCHEMA_VIOLATION"],
    ["text", "OrderRejected.SCHEMA_VIOLATION"],
    [{ ...validOrder(), line_items: "x" }, "OrderRejected.SCHEMA_VIOLATION"],
    [validOrder({ submitted_at: "2099-01-01T00:00:00Z" }), "OrderRejected.SUBMITTED_IN_FUTURE"],
  ])("rejects the payload %j as %s", async (payload, name) => {
    const { handler } = setup();
    const rejection = await handler(payload, context).catch((e: unknown) => e);
    expect(rejection).toBeInstanceOf(OrderRejectedError);
    expect(rejection).toMatchObject({ name, retryable: false });
  });

  it("gives a local request id when invoked without a context", async () => {
    const { handler } = setup();
    const outcome = await handler(validOrder());
    expect(outcome).toMatchObject({ message_id: expect.stringMatching(/^local-[0-9a-f-]{36}$/) });
  });
});
