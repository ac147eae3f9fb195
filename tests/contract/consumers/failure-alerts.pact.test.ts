import { describe, expect, it } from "vitest";
import { MESSAGES, PACTICIPANTS, STATES } from "../../../contracts/participants";
import { consumeFailureAlertBatch } from "../../../functions/failure-alerts/consume";
import { RecordingLogger } from "../../consumers/support/recording-logger";
import { envelopeDelivery, sqsEvent } from "../../consumers/support/sqs-delivery";
import {
  EXAMPLE,
  equal,
  failureOutcome,
  integer,
  like,
  order,
  orderRejectedError,
  regex,
  requestContext,
  validationErrors,
} from "../support/matchers";
import { attributesFromMetadata, contentOf, messagePact } from "../support/pact";

/** Runs the real failure-alerts consumer on one message inside the SNS envelope its queue receives. */
function alertOn(message: unknown, attributes = {}) {
  const logger = new RecordingLogger();
  const result = consumeFailureAlertBatch(sqsEvent(envelopeDelivery(message, attributes)), logger);
  expect(result.response.batchItemFailures).toEqual([]);
  const [record] = result.records;
  if (record?.status !== "done") {
    throw new Error(`failure-alerts did not handle the message: ${JSON.stringify(record)}`);
  }
  return record.result;
}

const failureMetadata = (errorCode: string) => ({
  message_type: "order.outcome",
  schema_version: "1",
  status: "FAILURE",
  error_code: errorCode,
});

interface OutcomeCase {
  family: string;
  description: string;
  state: string;
  code: string;
  error: string;
  retryable: boolean;
  extra: Record<string, unknown>;
  severity: string;
}

const outcomeCases: OutcomeCase[] = [
  {
    family: "input: not JSON",
    description: MESSAGES.invalidJsonFailure,
    state: STATES.notJsonOnQueue,
    code: "INVALID_JSON",
    error: "body is not valid JSON: Unexpected end of JSON input",
    retryable: false,
    extra: {},
    severity: "high",
  },
  {
    family: "input: not an order",
    description: MESSAGES.schemaViolationFailure,
    state: STATES.notAnOrderOnQueue,
    code: "SCHEMA_VIOLATION",
    error: "body is not an order: /customer_id is required",
    retryable: false,
    extra: { validation_errors: validationErrors("/customer_id", "is required") },
    severity: "high",
  },
  {
    family: "input: too large",
    description: MESSAGES.bodyTooLargeFailure,
    state: STATES.oversizedOnQueue,
    code: "BODY_TOO_LARGE",
    error: "body is 262145 bytes, more than the 262144 allowed; it was not parsed",
    retryable: false,
    extra: {
      body: equal(""),
      body_truncated: equal(true),
      body_bytes: integer(262145),
      body_sha256: regex(
        /^[0-9a-f]{64}$/,
        "9f2c1e3b5d7a9c0e2f4a6b8d0c1e3f5a7b9d1f3e5a7c9b1d3f5e7a9c1b3d5f7e",
      ),
    },
    severity: "high",
  },
  {
    family: "business rule",
    description: MESSAGES.unsupportedCurrencyFailure,
    state: STATES.unacceptedCurrencyOnQueue,
    code: "UNSUPPORTED_CURRENCY",
    error: "currency JPY is not accepted",
    retryable: false,
    extra: {
      order_id: like("ORD-1001"),
      correlation_id: like("req-7f3a9c"),
      validation_errors: validationErrors("/currency", "JPY is not an accepted currency"),
    },
    severity: "low",
  },
  {
    family: "business rule with a higher severity",
    description: MESSAGES.orderTotalFailure,
    state: STATES.overTotalOnQueue,
    code: "ORDER_TOTAL_LIMIT_EXCEEDED",
    error: "order total 10000001 is above the limit 10000000",
    retryable: false,
    extra: {
      order_id: like("ORD-1001"),
      validation_errors: validationErrors("/line_items", "order total is above the limit"),
    },
    severity: "medium",
  },
  {
    family: "business rule on the lines",
    description: MESSAGES.duplicateSkuFailure,
    state: STATES.duplicateSkuOnQueue,
    code: "DUPLICATE_SKU",
    error: "SKU SKU-BLUE-2 is on lines 0 and 1; put it on one line with the summed quantity",
    retryable: false,
    extra: {
      order_id: like("ORD-1001"),
      validation_errors: validationErrors(
        "/line_items/1/sku",
        "SKU SKU-BLUE-2 is on lines 0 and 1; put it on one line with the summed quantity",
      ),
    },
    severity: "low",
  },
];
// No INTERNAL_ERROR outcome: the SQS path never publishes one (it leaves the record for SQS to
// redeliver, then to the DLQ). A processor that breaks reaches this topic only as the OnFailure
// record of an asynchronous invocation, pinned below.

describe("failure-alerts <- processor (failure topic, SNS envelope)", () => {
  it.each(outcomeCases)(
    "alerts on a FAILURE outcome of the $family family ($code)",
    async ({ description, state, code, error, retryable, extra, severity }) => {
      await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
        .addAsynchronousInteraction()
        .given(state)
        .expectsToReceive(description, (builder) => {
          builder
            .withJSONContent(failureOutcome(code, error, retryable, extra))
            .withMetadata(failureMetadata(code));
        })
        .executeTest(async (message) => {
          const alert = alertOn(contentOf(message), attributesFromMetadata(message));

          expect(alert).toMatchObject({
            alert_id: EXAMPLE.outcomeId,
            error_code: code,
            severity,
            summary: error,
            retryable,
            failed_via: "sqs",
          });
        });
    },
  );

  it("alerts on an OnFailure record after the retries were exhausted", async () => {
    await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(STATES.unacceptedCurrencyAsyncRetried)
      .expectsToReceive(MESSAGES.retriesExhaustedRecord, (builder) => {
        builder.withJSONContent(
          like({
            version: equal("1.0"),
            timestamp: like(EXAMPLE.recordTimestamp),
            requestContext: requestContext("RetriesExhausted", 3),
            requestPayload: order({ currency: regex(/^[A-Z]{3}$/, "JPY") }),
            responseContext: like({
              statusCode: equal(200),
              executedVersion: like("$LATEST"),
              functionError: equal("Unhandled"),
            }),
            responsePayload: orderRejectedError(
              "UNSUPPORTED_CURRENCY",
              "currency JPY is not accepted",
            ),
          }),
        );
      })
      .executeTest(async (message) => {
        const alert = alertOn(contentOf(message));

        expect(alert).toMatchObject({
          alert_id: EXAMPLE.requestId,
          error_code: "UNSUPPORTED_CURRENCY",
          severity: "low",
          condition: "RetriesExhausted",
          attempts: 3,
          failed_via: "async_invocation",
          order_id: "ORD-1001",
        });
      });
  });

  it("alerts critical on an OnFailure record of a processor that failed unexpectedly", async () => {
    await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(STATES.processorBrokenAsync)
      .expectsToReceive(MESSAGES.internalErrorRecord, (builder) => {
        builder.withJSONContent(
          like({
            version: equal("1.0"),
            timestamp: like(EXAMPLE.recordTimestamp),
            requestContext: requestContext("RetriesExhausted", 3),
            requestPayload: order(),
            responseContext: like({
              statusCode: equal(200),
              executedVersion: like("$LATEST"),
              functionError: equal("Unhandled"),
            }),
            responsePayload: orderRejectedError(
              "INTERNAL_ERROR",
              "the processor failed unexpectedly (Error: accepted currencies unavailable)",
            ),
          }),
        );
      })
      .executeTest(async (message) => {
        const alert = alertOn(contentOf(message));

        expect(alert).toMatchObject({
          alert_id: EXAMPLE.requestId,
          error_code: "INTERNAL_ERROR",
          severity: "critical",
          retryable: true,
          condition: "RetriesExhausted",
          attempts: 3,
          failed_via: "async_invocation",
        });
      });
  });

  it("alerts at least high on an OnFailure record for an event that expired", async () => {
    await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(STATES.unacceptedCurrencyAsyncExpired)
      .expectsToReceive(MESSAGES.eventAgeExceededRecord, (builder) => {
        builder.withJSONContent(
          like({
            version: equal("1.0"),
            timestamp: like(EXAMPLE.recordTimestamp),
            requestContext: requestContext("EventAgeExceeded", 1),
            requestPayload: order({ currency: regex(/^[A-Z]{3}$/, "JPY") }),
            responseContext: like({
              statusCode: equal(200),
              executedVersion: like("$LATEST"),
              functionError: equal("Unhandled"),
            }),
            responsePayload: orderRejectedError(
              "UNSUPPORTED_CURRENCY",
              "currency JPY is not accepted",
            ),
          }),
        );
      })
      .executeTest(async (message) => {
        const alert = alertOn(contentOf(message));

        expect(alert).toMatchObject({
          error_code: "UNSUPPORTED_CURRENCY",
          severity: "high",
          condition: "EventAgeExceeded",
          attempts: 1,
        });
      });
  });
});
