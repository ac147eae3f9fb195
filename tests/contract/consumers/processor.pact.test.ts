import { MatchersV3 } from "@pact-foundation/pact";
import { describe, expect, it } from "vitest";
import { MESSAGES, PACTICIPANTS, STATES } from "../../../contracts/participants";
import { defaultRulesConfig, processOrderBody } from "../../../functions/processor/core";
import type { OrderOutcome } from "../../../generated/types";
import { EXAMPLE, equal, lineItem, order, regex } from "../support/matchers";
import { contentOf, messagePact } from "../support/pact";

const { eachLike } = MatchersV3;

/** Runs the processor's real core on the message as the SQS body it arrives as. */
function process(message: unknown): OrderOutcome {
  return processOrderBody(
    JSON.stringify(message),
    {
      messageId: EXAMPLE.sqsMessageId,
      source: { kind: "sqs", queue_arn: EXAMPLE.queueArn, receive_count: 1 },
      now: new Date(EXAMPLE.processedAt),
    },
    defaultRulesConfig,
  );
}

const failureCode = (outcome: OrderOutcome) =>
  outcome.status === "FAILURE" ? `${outcome.error_code}: ${outcome.error}` : outcome.status;

describe("processor <- order-producer (orders queue body, async invocation payload)", () => {
  it("accepts an order message", async () => {
    await messagePact(PACTICIPANTS.processor, PACTICIPANTS.orderProducer)
      .addAsynchronousInteraction()
      .given(STATES.validOrder)
      .expectsToReceive(MESSAGES.validOrder, (builder) => {
        builder.withJSONContent(
          order({
            schema_version: equal("1"),
            currency: regex(/^(EUR|USD|GBP)$/, "EUR"),
          }),
        );
      })
      .executeTest(async (message) => {
        const outcome = process(contentOf(message));

        expect(outcome.status, failureCode(outcome)).toBe("SUCCESS");
        expect(outcome).toMatchObject({ order_id: "ORD-1001", order_total_minor: 3998 });
      });
  });

  it("rejects an order message in an unaccepted currency with UNSUPPORTED_CURRENCY", async () => {
    await messagePact(PACTICIPANTS.processor, PACTICIPANTS.orderProducer)
      .addAsynchronousInteraction()
      .given(STATES.unacceptedCurrencyOrder)
      .expectsToReceive(MESSAGES.unsupportedCurrencyOrder, (builder) => {
        builder.withJSONContent(order({ currency: regex(/^[A-Z]{3}$/, "JPY") }));
      })
      .executeTest(async (message) => {
        const outcome = process(contentOf(message));

        expect(outcome).toMatchObject({
          status: "FAILURE",
          error_code: "UNSUPPORTED_CURRENCY",
          order_id: "ORD-1001",
          validation_errors: [{ pointer: "/currency" }],
        });
      });
  });

  it("rejects an order message with the same SKU on two lines with DUPLICATE_SKU", async () => {
    await messagePact(PACTICIPANTS.processor, PACTICIPANTS.orderProducer)
      .addAsynchronousInteraction()
      .given(STATES.duplicateSkuOrder)
      .expectsToReceive(MESSAGES.duplicateSkuOrder, (builder) => {
        builder.withJSONContent(order({ line_items: eachLike(lineItem("SKU-RED-1", 2, 1999), 2) }));
      })
      .executeTest(async (message) => {
        const outcome = process(contentOf(message));

        expect(outcome).toMatchObject({ status: "FAILURE", error_code: "DUPLICATE_SKU" });
      });
  });
});
