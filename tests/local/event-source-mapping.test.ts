import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqsBatchResponse, SqsEvent } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";
import {
  EventSourceMapping,
  type EventSourceMappingOptions,
  type InvocationReport,
} from "../../local/esm/event-source-mapping";

let emulator: Emulator;
let clients: AwsClients;
let counter = 0;

beforeAll(async () => {
  emulator = await startEmulator();
  clients = awsClients(emulator);
});
afterAll(() => emulator.stop());

async function createQueue(name: string, attributes: Record<string, string> = {}) {
  const { QueueUrl = "" } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: attributes }),
  );
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
  );
  return { url: QueueUrl, arn: Attributes.QueueArn ?? "" };
}

/** A queue with a DLQ (maxReceiveCount 2) holding `count` messages "m0".."m<count-1>". */
async function queueWithMessages(count: number) {
  const n = ++counter;
  const dlq = await createQueue(`esm-dlq-${n}`);
  const queue = await createQueue(`esm-src-${n}`, {
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }),
  });
  for (let i = 0; i < count; i += 10) {
    const entries = [];
    for (let j = i; j < Math.min(count, i + 10); j++)
      entries.push({ Id: String(j), MessageBody: `m${j}` });
    await clients.sqs.send(new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: entries }));
  }
  return { queue, dlq };
}

async function depth(url: string): Promise<number> {
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

async function drainBodies(url: string): Promise<string[]> {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      MessageSystemAttributeNames: ["All"],
    }),
  );
  return Messages.map((m) => m.Body ?? "").sort();
}

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

function mapping(
  queue: { url: string; arn: string },
  handler: (event: SqsEvent) => unknown,
  overrides: Partial<EventSourceMappingOptions> = {},
) {
  const reports: InvocationReport[] = [];
  const esm = new EventSourceMapping({
    name: "test",
    sqs: clients.sqs,
    queueUrl: queue.url,
    queueArn: queue.arn,
    region: emulator.region,
    handler,
    batchSize: 10,
    maximumBatchingWindowSeconds: 0,
    reportBatchItemFailures: true,
    maximumConcurrency: 1,
    visibilityTimeoutSeconds: 1,
    onInvocation: (r) => reports.push(r),
    ...overrides,
  });
  return { esm, reports };
}

describe.concurrent("EventSourceMapping (Lambda's SQS event source mapping on the emulator)", () => {
  it("invokes with valid events and deletes every record of a successful batch", async () => {
    // Prepare
    const { queue } = await queueWithMessages(5);
    const seen: string[] = [];
    const { esm, reports } = mapping(queue, (event) => {
      expect(validateSqsEvent(event), JSON.stringify(validateSqsEvent.errors)).toBe(true);
      seen.push(...event.Records.map((r) => r.body));
      return { batchItemFailures: [] };
    });

    // Act
    esm.start();
    await until(() => seen.length === 5);
    await esm.stop();

    // Assess
    expect(seen.sort()).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(await depth(queue.url)).toBe(0);
    expect(esm.stats.deleted).toBe(5);
    expect(
      reports.every((r) => r.event.Records.every((rec) => rec.eventSourceARN === queue.arn)),
    ).toBe(true);
  });

  it("redelivers exactly the reported records with a growing receive count, then SQS moves them to the DLQ", async () => {
    // Prepare: m1 always fails; maxReceiveCount is 2.
    const { queue, dlq } = await queueWithMessages(3);
    const countsOfM1: string[] = [];
    const { esm } = mapping(queue, (event): SqsBatchResponse => {
      const failing = event.Records.filter((r) => r.body === "m1");
      countsOfM1.push(...failing.map((r) => r.attributes.ApproximateReceiveCount));
      return { batchItemFailures: failing.map((r) => ({ itemIdentifier: r.messageId })) };
    });

    // Act
    esm.start();
    await until(async () => (await depth(dlq.url)) === 1);
    await esm.stop();

    // Assess
    expect(countsOfM1).toEqual(["1", "2"]);
    expect(await drainBodies(dlq.url)).toEqual(["m1"]);
    expect(await depth(queue.url)).toBe(0);
    expect(esm.stats.retried).toBe(2);
  });

  it.each([
    [
      "the handler throws",
      () => {
        throw new Error("boom");
      },
    ],
    [
      "an itemIdentifier is not in the batch",
      () => ({ batchItemFailures: [{ itemIdentifier: "not-a-message-id" }] }),
    ],
  ])("keeps the whole batch when %s", async (_title, handler) => {
    // Prepare
    const { queue, dlq } = await queueWithMessages(3);
    const { esm, reports } = mapping(queue, handler, {
      maximumBatchingWindowSeconds: 1,
      batchingWindowMs: 100,
    });

    // Act
    esm.start();
    await until(async () => (await depth(dlq.url)) === 3);
    await esm.stop();

    // Assess: two receives each, never deleted, all three in the DLQ.
    expect(await drainBodies(dlq.url)).toEqual(["m0", "m1", "m2"]);
    expect(esm.stats.deleted).toBe(0);
    expect(reports.every((r) => r.disposition.wholeBatchFailure !== undefined)).toBe(true);
  });

  it("gathers batches larger than 10 within the batching window", async () => {
    // Prepare
    const { queue } = await queueWithMessages(25);
    const sizes: number[] = [];
    const { esm } = mapping(
      queue,
      (event) => {
        sizes.push(event.Records.length);
      },
      {
        batchSize: 25,
        maximumBatchingWindowSeconds: 1,
      },
    );

    // Act
    esm.start();
    await until(() => sizes.reduce((a, b) => a + b, 0) === 25);
    await esm.stop();

    // Assess
    expect(sizes).toEqual([25]);
  });

  it("refuses settings AWS refuses", () => {
    const queue = { url: "u", arn: "a" };
    expect(() =>
      mapping(queue, () => {}, { batchSize: 20, maximumBatchingWindowSeconds: 0 }),
    ).toThrow(/needs MaximumBatchingWindowInSeconds >= 1/);
    expect(() => mapping(queue, () => {}, { batchSize: 0 })).toThrow(/outside 1..10000/);
    expect(() => mapping(queue, () => {}, { maximumBatchingWindowSeconds: 301 })).toThrow(
      /outside 0..300/,
    );
  });
});
