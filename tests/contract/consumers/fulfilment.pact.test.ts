import { describe, expect, it } from "vitest";
import { PACTICIPANTS } from "../../../contracts/participants";
import { consumeFulfilmentBatch } from "../../../functions/fulfilment/consume";
import { deliveredRecord, pactMessages, withMessage } from "../../../lib/pact";
import { RecordingLogger } from "../../consumers/support/recording-logger";
import { sqsEvent } from "../../consumers/support/sqs-delivery";
import { withQueueArnPattern } from "../support/matchers";
import { type AsynchronousMessage, messagePact } from "../support/pact";

/** Runs the real fulfilment consumer on one message delivered raw, as its queue receives it. */
function fulfil(message: AsynchronousMessage) {
  const logger = new RecordingLogger();
  const result = consumeFulfilmentBatch(
    sqsEvent(deliveredRecord(message, { delivery: "raw" })),
    logger,
  );
  expect(result.response.batchItemFailures).toEqual([]);
  const [record] = result.records;
  if (record?.status !== "done")
    throw new Error(`fulfilment did not handle the message: ${JSON.stringify(record)}`);
  return record.result;
}

describe("fulfilment <- processor (success topic, raw delivery)", () => {
  it("handles a SUCCESS outcome, with its SNS message attributes as metadata", async () => {
    const m = pactMessages.successOutcome;
    await messagePact(PACTICIPANTS.fulfilment, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(m.providerState)
      .expectsToReceive(
        m.description,
        withMessage({ ...m, content: withQueueArnPattern(m.content) }),
      )
      .executeTest(async (message) => {
        const request = fulfil(message);

        expect(request).toMatchObject({
          fulfilment_id: m.example.outcome_id,
          order_id: m.example.order_id,
          customer_id: m.example.order.customer_id,
          currency: m.example.order.currency,
          lines: [{ sku: "SKU-RED-1", quantity: 2 }],
          order_total_minor: m.example.order_total_minor,
          accepted_via: "sqs",
          correlation_id: m.example.correlation_id,
        });
      });
  });

  it("handles an OnSuccess destination record whose responsePayload is the SUCCESS outcome", async () => {
    const m = pactMessages.successRecord;
    await messagePact(PACTICIPANTS.fulfilment, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(m.providerState)
      .expectsToReceive(m.description, withMessage(m))
      .executeTest(async (message) => {
        const request = fulfil(message);

        const outcome = m.example.responsePayload;
        expect(request).toMatchObject({
          fulfilment_id: outcome.outcome_id,
          order_id: outcome.order_id,
          accepted_via: "async_invocation",
          lines: [{ sku: "SKU-RED-1", quantity: 2 }],
        });
      });
  });
});
