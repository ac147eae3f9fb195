import { describe, expect, it } from "vitest";
import { PACTICIPANTS } from "../../../contracts/participants";
import { consumeFailureAlertBatch } from "../../../functions/failure-alerts/consume";
import { deliveredRecord, pactMessages, withMessage } from "../../../lib/pact";
import { RecordingLogger } from "../../consumers/support/recording-logger";
import { sqsEvent } from "../../consumers/support/sqs-delivery";
import { withQueueArnPattern } from "../support/matchers";
import { type AsynchronousMessage, messagePact } from "../support/pact";

/** Runs the real failure-alerts consumer on one message inside the SNS envelope its queue receives. */
function alertOn(message: AsynchronousMessage) {
  const logger = new RecordingLogger();
  const result = consumeFailureAlertBatch(
    sqsEvent(deliveredRecord(message, { delivery: "sns-envelope" })),
    logger,
  );
  expect(result.response.batchItemFailures).toEqual([]);
  const [record] = result.records;
  if (record?.status !== "done") {
    throw new Error(`failure-alerts did not handle the message: ${JSON.stringify(record)}`);
  }
  return record.result;
}

/** The severity failure-alerts gives each FAILURE outcome the SQS path publishes. */
const outcomeCases = [
  { m: pactMessages.invalidJsonFailure, severity: "high" },
  { m: pactMessages.bodyTooLargeFailure, severity: "high" },
  { m: pactMessages.schemaViolationFailure, severity: "high" },
  { m: pactMessages.unsupportedCurrencyFailure, severity: "low" },
  { m: pactMessages.duplicateSkuFailure, severity: "low" },
  { m: pactMessages.tooManyItemsFailure, severity: "low" },
  { m: pactMessages.quantityLimitFailure, severity: "low" },
  { m: pactMessages.orderTotalFailure, severity: "medium" },
  { m: pactMessages.submittedInFutureFailure, severity: "medium" },
] as const;
// No INTERNAL_ERROR outcome: the SQS path never publishes one (it leaves the record for SQS to
// redeliver, then to the DLQ). A processor that breaks reaches this topic only as the OnFailure
// record of an asynchronous invocation, pinned below.

describe("failure-alerts <- processor (failure topic, SNS envelope)", () => {
  it.each(outcomeCases)(
    "alerts $severity on $m.errorCode ($m.description)",
    async ({ m, severity }) => {
      await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
        .addAsynchronousInteraction()
        .given(m.providerState)
        .expectsToReceive(
          m.description,
          withMessage({ ...m, content: withQueueArnPattern(m.content) }),
        )
        .executeTest(async (message) => {
          const alert = alertOn(message);

          expect(alert).toMatchObject({
            alert_id: m.example.outcome_id,
            error_code: m.errorCode,
            severity,
            summary: m.example.error,
            retryable: false,
            failed_via: "sqs",
          });
        });
    },
  );

  it.each([
    { m: pactMessages.retriesExhaustedRecord, errorCode: "UNSUPPORTED_CURRENCY", severity: "low" },
    { m: pactMessages.eventAgeExceededRecord, errorCode: "UNSUPPORTED_CURRENCY", severity: "high" },
    { m: pactMessages.internalErrorRecord, errorCode: "INTERNAL_ERROR", severity: "critical" },
  ] as const)("alerts $severity on $m.description", async ({ m, errorCode, severity }) => {
    await messagePact(PACTICIPANTS.failureAlerts, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(m.providerState)
      .expectsToReceive(m.description, withMessage(m))
      .executeTest(async (message) => {
        const alert = alertOn(message);

        expect(alert).toMatchObject({
          alert_id: m.example.requestContext.requestId,
          error_code: errorCode,
          severity,
          condition: m.example.requestContext.condition,
          attempts: m.example.requestContext.approximateInvokeCount,
          failed_via: "async_invocation",
          order_id: "ORD-1001",
        });
      });
  });
});
