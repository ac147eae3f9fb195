import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toAwsLambdaSqsEvent } from "@order-events/contracts";
import { deliveredRecord, pactMessages } from "@order-events/contracts/pact";
import { acceptedOrders } from "../src/accepted-orders.js";
import type { Notice } from "../src/notices.js";
import { refusedOrders } from "../src/refused-orders.js";

// The handlers on SQS records shaped as each subscription delivers them: the package's examples
// of the processor's messages, raw or inside SNS's envelope, with their message attributes.

const recorder = () => {
  const sent: Notice[] = [];
  return { sent, send: async (notice: Notice) => void sent.push(notice) };
};

describe("accepted orders (success topic, raw delivery, Powertools' parser)", () => {
  it("confirms an order accepted from the queue and one accepted asynchronously", async () => {
    const { sent, send } = recorder();
    const outcome = pactMessages.successOutcome;
    const record = pactMessages.successRecord;

    await acceptedOrders(send)(
      toAwsLambdaSqsEvent({
        Records: [
          deliveredRecord(outcome, { delivery: "raw", messageId: "m-1" }),
          deliveredRecord(record, { delivery: "raw", messageId: "m-2" }),
        ],
      }),
    );

    assert.deepEqual(
      sent.map((n) => [n.orderId, n.dedupeKey]),
      [
        [outcome.example.order.order_id, `outcome:${outcome.example.outcome_id}`],
        [
          record.example.responsePayload.order.order_id,
          `request:${record.example.requestContext.requestId}`,
        ],
      ],
    );
    assert.match(sent[0]?.text ?? "", /is confirmed: \d+\.\d{2} [A-Z]{3}\.$/);
  });

  it("throws Powertools' ParseError, naming the record, on a record in the other delivery form", async () => {
    const { sent, send } = recorder();
    const enveloped = deliveredRecord(pactMessages.successOutcome, { delivery: "sns-envelope" });

    await assert.rejects(acceptedOrders(send)(toAwsLambdaSqsEvent({ Records: [enveloped] })), {
      name: "ParseError",
      message: "Failed to parse SQS Record at index 0",
    });
    assert.deepEqual(sent, []);
  });
});

describe("refused orders (failure topic, SNS envelope, the package's reader)", () => {
  it("tells the customer why, from an outcome and from an OnFailure record; no one for an unreadable body", async () => {
    const { sent, send } = recorder();
    const { unsupportedCurrencyFailure, retriesExhaustedRecord, invalidJsonFailure } = pactMessages;
    const enveloped = { delivery: "sns-envelope" } as const;

    const response = await refusedOrders(send)(
      toAwsLambdaSqsEvent({
        Records: [
          deliveredRecord(unsupportedCurrencyFailure, { ...enveloped, messageId: "m-1" }),
          deliveredRecord(retriesExhaustedRecord, { ...enveloped, messageId: "m-2" }),
          deliveredRecord(invalidJsonFailure, { ...enveloped, messageId: "m-3" }),
        ],
      }),
    );

    assert.deepEqual(response.batchItemFailures, []);
    assert.deepEqual(
      sent.map((n) => [n.dedupeKey, n.text]),
      [
        [
          `outcome:${unsupportedCurrencyFailure.example.outcome_id}`,
          `Your order ${unsupportedCurrencyFailure.example.order_id} was not accepted because we do not accept its currency.`,
        ],
        [
          `request:${retriesExhaustedRecord.example.requestContext.requestId}`,
          "Your order ORD-1001 was not accepted because we do not accept its currency.",
        ],
      ],
    );
  });

  it("names a record in the wrong delivery form in the partial batch response, and only it", async () => {
    const { sent, send } = recorder();
    const raw = deliveredRecord(pactMessages.orderTotalFailure, {
      delivery: "raw",
      messageId: "raw-1",
    });
    const enveloped = deliveredRecord(pactMessages.orderTotalFailure, {
      delivery: "sns-envelope",
      messageId: "env-1",
    });

    const response = await refusedOrders(send)(toAwsLambdaSqsEvent({ Records: [raw, enveloped] }));

    assert.deepEqual(response.batchItemFailures, [{ itemIdentifier: "raw-1" }]);
    assert.equal(sent.length, 1);
  });
});
