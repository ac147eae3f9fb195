import { describe, expect, it } from "vitest";
import { MESSAGES, PACTICIPANTS, STATES } from "../../../contracts/participants";
import { consumeFulfilmentBatch } from "../../../functions/fulfilment/consume";
import { RecordingLogger } from "../../consumers/support/recording-logger";
import { rawDelivery, sqsEvent } from "../../consumers/support/sqs-delivery";
import {
  asyncSource,
  EXAMPLE,
  equal,
  like,
  order,
  requestContext,
  successOutcome,
} from "../support/matchers";
import { attributesFromMetadata, contentOf, messagePact } from "../support/pact";

/** Runs the real fulfilment consumer on one message delivered raw, as its queue receives it. */
function fulfil(message: unknown, attributes = {}) {
  const logger = new RecordingLogger();
  const result = consumeFulfilmentBatch(sqsEvent(rawDelivery(message, attributes)), logger);
  expect(result.response.batchItemFailures).toEqual([]);
  const [record] = result.records;
  if (record?.status !== "done")
    throw new Error(`fulfilment did not handle the message: ${JSON.stringify(record)}`);
  return record.result;
}

describe("fulfilment <- processor (success topic, raw delivery)", () => {
  it("handles a SUCCESS outcome, with its SNS message attributes as metadata", async () => {
    await messagePact(PACTICIPANTS.fulfilment, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(STATES.orderAcceptedFromQueue)
      .expectsToReceive(MESSAGES.successOutcome, (builder) => {
        builder
          .withJSONContent(successOutcome())
          .withMetadata({ message_type: "order.outcome", schema_version: "1", status: "SUCCESS" });
      })
      .executeTest(async (message) => {
        const request = fulfil(contentOf(message), attributesFromMetadata(message));

        expect(request).toMatchObject({
          fulfilment_id: EXAMPLE.outcomeId,
          order_id: "ORD-1001",
          customer_id: "CUST-42",
          currency: "EUR",
          lines: [{ sku: "SKU-RED-1", quantity: 2 }],
          order_total_minor: 3998,
          accepted_via: "sqs",
          correlation_id: "req-7f3a9c",
        });
      });
  });

  it("handles an OnSuccess destination record whose responsePayload is the SUCCESS outcome", async () => {
    await messagePact(PACTICIPANTS.fulfilment, PACTICIPANTS.processor)
      .addAsynchronousInteraction()
      .given(STATES.orderAcceptedAsync)
      .expectsToReceive(MESSAGES.successRecord, (builder) => {
        builder.withJSONContent(
          like({
            version: equal("1.0"),
            timestamp: like(EXAMPLE.recordTimestamp),
            requestContext: requestContext("Success", 1),
            requestPayload: order(),
            responseContext: like({ statusCode: equal(200), executedVersion: like("$LATEST") }),
            responsePayload: successOutcome(asyncSource()),
          }),
        );
      })
      .executeTest(async (message) => {
        const request = fulfil(contentOf(message));

        expect(request).toMatchObject({
          fulfilment_id: EXAMPLE.outcomeId,
          order_id: "ORD-1001",
          accepted_via: "async_invocation",
          lines: [{ sku: "SKU-RED-1", quantity: 2 }],
        });
      });
  });
});
