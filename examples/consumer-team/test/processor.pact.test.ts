import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toAwsLambdaSqsEvent } from "@order-events/contracts";
import {
  deliveredRecord,
  type PactMessage,
  type PactTestMessage,
  type ProcessorMessageKind,
  pactMessages,
  withMessage,
} from "@order-events/contracts/pact";
import { PactV4 } from "@pact-foundation/pact";
import { acceptedOrders } from "../src/accepted-orders.js";
import type { Notice } from "../src/notices.js";
import { refusedOrders } from "../src/refused-orders.js";

// This team's consumer message pact with the processor, written with the package's Pact kit: each
// interaction is a message kind the processor's provider verification knows (its description and
// provider state), expected with matchers derived from the schema. Each message reaches the real
// handler as its subscription delivers it. `npm test` writes pacts/customer-notifications-processor.json.

const CONSUMER = "customer-notifications";

/** Runs a handler on one record of the message, as its queue receives it, and returns the notices. */
type Deliver = (message: PactTestMessage) => Promise<Notice[]>;

const raw: Deliver = async (message) => {
  const sent: Notice[] = [];
  const record = deliveredRecord(message, { delivery: "raw" });
  await acceptedOrders(async (n) => void sent.push(n))(toAwsLambdaSqsEvent({ Records: [record] }));
  return sent;
};

const enveloped: Deliver = async (message) => {
  const sent: Notice[] = [];
  const record = deliveredRecord(message, { delivery: "sns-envelope" });
  const handle = refusedOrders(async (n) => void sent.push(n));
  const response = await handle(toAwsLambdaSqsEvent({ Records: [record] }));
  assert.deepEqual(response.batchItemFailures, []);
  return sent;
};

/** One interaction: the processor sends `m`; this team's handler tells the customer `text`. */
async function expectsNotice(m: PactMessage<ProcessorMessageKind>, deliver: Deliver, text: RegExp) {
  await new PactV4({ consumer: CONSUMER, provider: m.provider, dir: "pacts", logLevel: "warn" })
    .addAsynchronousInteraction()
    .given(m.providerState)
    .expectsToReceive(m.description, withMessage(m))
    .executeTest(async (message) => {
      const notices = await deliver(message);
      assert.equal(notices.length, 1);
      assert.match(notices[0]?.text ?? "", text);
    });
}

describe(`${CONSUMER} <- processor`, () => {
  it("confirms an order accepted from the orders queue", () =>
    expectsNotice(pactMessages.successOutcome, raw, /^Your order \S+ is confirmed: /));

  it("confirms an order accepted asynchronously", () =>
    expectsNotice(pactMessages.successRecord, raw, /^Your order \S+ is confirmed: /));

  it("refuses an order in an unaccepted currency", () =>
    expectsNotice(
      pactMessages.unsupportedCurrencyFailure,
      enveloped,
      /do not accept its currency/,
    ));

  it("refuses an order over the total limit", () =>
    expectsNotice(pactMessages.orderTotalFailure, enveloped, /its total is above our limit/));

  it("refuses an order rejected on every retry of an asynchronous invocation", () =>
    expectsNotice(pactMessages.retriesExhaustedRecord, enveloped, /do not accept its currency/));
});
