import { describe, expect, it } from "vitest";
import { sqsEvent } from "../../../contracts/providers/sqs-event";
import { defaultRulesConfig, outcomeIdFor, uuidV5 } from "../../../functions/processor/core";
import { createProcessorHandler } from "../../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../../functions/processor/in-memory-publisher";
import { receiveCountOf } from "../../../functions/processor/receive-count";
import type { OrderOutcome } from "../../../generated/types";
import { validateOrderOutcome } from "../../../generated/validators.cjs";
import { buildOrderMessage } from "../../../local/producer";

// Consumers deduplicate on outcome_id across deploys: these ids are pinned. A change to how the id
// is derived (its namespace, what goes into its name, the UUID algorithm) fails here, and must not
// ship. The values were cross-checked with Python's uuid.uuid5 on the same names.

const QUEUE = "arn:aws:sqs:us-east-2:123456789012:orders";
const FIFO_QUEUE = "arn:aws:sqs:eu-west-1:111122223333:orders.fifo";
const MESSAGE_ID = "059f36b4-87a3-44ab-83d2-661975830a7d";
const REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e812345678";
const FUNCTION = "arn:aws:lambda:us-east-2:123456789012:function:processor";
const NOW = new Date("2026-11-26T10:15:01.123Z");

const GOLDEN = {
  sqs: "29c9c0f6-5ead-53ff-871d-2b223484b43d",
  sqsFifo: "cc32ac0f-faac-5d5a-a4a7-a74cec82dc43",
  sqsUnicodeMessageId: "1393ec8a-3388-5116-a68d-2f91a81624bf",
  sqsLongMessageId: "a601a553-10e9-5c0c-9e38-e4b1c141997c",
  async: "9fce4307-00a5-572a-95f4-9fcc255b55ce",
};

const config = {
  successTopicArn: "arn:aws:sns:us-east-2:123456789012:order-success",
  failureTopicArn: "arn:aws:sns:us-east-2:123456789012:order-failure",
  rules: defaultRulesConfig,
};
const body = buildOrderMessage("valid", { seed: 7, now: NOW }).body;

/** The outcome the processor's SQS handler publishes for one record. */
async function publishedFor(record: {
  queueArn: string;
  messageId: string;
  approximateReceiveCount?: string;
  body?: string;
}): Promise<OrderOutcome> {
  const publisher = createInMemoryOutcomePublisher();
  const handler = createProcessorHandler({ config, publisher, now: () => NOW });
  const response = await handler(sqsEvent([{ body, ...record }]));
  expect(response).toEqual({ batchItemFailures: [] });
  const [published] = publisher.published;
  if (!published) throw new Error("the handler published nothing");
  return JSON.parse(published.entry.message) as OrderOutcome;
}

describe("outcome ids are pinned", () => {
  it("uuidV5 is RFC 9562's version 5 (the DNS namespace example)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("an SQS input: from the queue ARN and the message id, never the receive count", () => {
    const sqs = (queue_arn: string, receive_count: number) =>
      ({ kind: "sqs", queue_arn, receive_count }) as const;
    expect(outcomeIdFor(sqs(QUEUE, 1), MESSAGE_ID)).toBe(GOLDEN.sqs);
    expect(outcomeIdFor(sqs(QUEUE, 5), MESSAGE_ID)).toBe(GOLDEN.sqs);
    expect(outcomeIdFor(sqs(FIFO_QUEUE, 1), MESSAGE_ID)).toBe(GOLDEN.sqsFifo);
    expect(outcomeIdFor(sqs(QUEUE, 1), "ü-ß-漢字")).toBe(GOLDEN.sqsUnicodeMessageId);
    expect(outcomeIdFor(sqs(QUEUE, 1), "x".repeat(5000))).toBe(GOLDEN.sqsLongMessageId);
  });

  it("an asynchronous input: from the request id only, not the function", () => {
    const source = { kind: "async_invocation", request_id: REQUEST_ID } as const;
    expect(outcomeIdFor(source, REQUEST_ID)).toBe(GOLDEN.async);
    expect(outcomeIdFor({ ...source, function_arn: FUNCTION }, REQUEST_ID)).toBe(GOLDEN.async);
  });

  it("the SQS handler publishes the pinned id, on first delivery and on redelivery", async () => {
    for (const approximateReceiveCount of ["1", "4"]) {
      const outcome = await publishedFor({
        queueArn: QUEUE,
        messageId: MESSAGE_ID,
        approximateReceiveCount,
      });
      expect(outcome.outcome_id).toBe(GOLDEN.sqs);
      expect(outcome.source).toEqual({
        kind: "sqs",
        queue_arn: QUEUE,
        receive_count: Number(approximateReceiveCount),
      });
    }
  });

  it("the asynchronous path returns the pinned id", async () => {
    const handler = createProcessorHandler({
      config,
      publisher: createInMemoryOutcomePublisher(),
      now: () => NOW,
    });
    const outcome = await handler(JSON.parse(body), {
      awsRequestId: REQUEST_ID,
      invokedFunctionArn: FUNCTION,
    });
    expect(outcome).toMatchObject({ outcome_id: GOLDEN.async, message_id: REQUEST_ID });
  });
});

describe("receive_count from ApproximateReceiveCount", () => {
  it.each([
    ["1", "1", 1],
    ["3", "3", 3],
    ["007", "007", 7],
    ["0", "0", 1],
    ["2^53 - 1", "9007199254740991", Number.MAX_SAFE_INTEGER],
    ["2^53", "9007199254740992", Number.MAX_SAFE_INTEGER],
    ["25 ones", "1".repeat(25), Number.MAX_SAFE_INTEGER],
    ["400 nines (Infinity as a number)", "9".repeat(400), Number.MAX_SAFE_INTEGER],
  ])(
    "ApproximateReceiveCount %s gives a receive_count its schema accepts",
    async (_label, count, expected) => {
      const outcome = await publishedFor({
        queueArn: QUEUE,
        messageId: MESSAGE_ID,
        approximateReceiveCount: count,
      });
      expect(validateOrderOutcome(outcome), JSON.stringify(validateOrderOutcome.errors)).toBe(true);
      expect(outcome.source).toMatchObject({ kind: "sqs", receive_count: expected });
      expect(outcome.outcome_id).toBe(GOLDEN.sqs);
    },
  );

  it("is 1 for anything that is not digits (the SQS event schema lets none through)", () => {
    for (const text of ["", "-2", "1.5", "1e3", " 3", "0x10", "NaN"]) {
      expect(receiveCountOf(text)).toBe(1);
    }
  });
});
