import { describe, expect, it } from "vitest";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { OutcomePublisher, PublishEntry } from "../../functions/processor/publisher";
import { processSqsBatch } from "../../functions/processor/sqs-batch";
import type { SqsEvent } from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateSqsBatchResponse,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import {
  awsSample,
  NOW,
  recordingLogger,
  recordingMetrics,
  sqsEvent,
  TEST_CONFIG,
  validOrder,
} from "./support/fixtures";

const { successTopicArn: SUCCESS, failureTopicArn: FAILURE } = TEST_CONFIG;
const good = (order_id: string) => JSON.stringify(validOrder({ order_id }));
const ids = (response: { batchItemFailures: { itemIdentifier: string }[] }) =>
  response.batchItemFailures.map((f) => f.itemIdentifier);

describe("processSqsBatch", () => {
  it("publishes SUCCESS to the success topic and FAILURE to the failure topic, retrying nothing", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const event = sqsEvent([good("A"), "not json", good("B"), JSON.stringify({ order_id: "C" })]);

    const response = await processSqsBatch(event, {
      config: TEST_CONFIG,
      publisher,
      now: () => NOW,
    });

    expect(response).toEqual({ batchItemFailures: [] });
    expect(validateSqsBatchResponse(response)).toBe(true);
    const successes = publisher.messagesOn(SUCCESS);
    const failures = publisher.messagesOn(FAILURE);
    expect(successes.map((m) => (m as { message_id: string }).message_id)).toEqual([
      "msg-0",
      "msg-2",
    ]);
    expect(failures).toMatchObject([
      { message_id: "msg-1", error_code: "INVALID_JSON" },
      { message_id: "msg-3", error_code: "SCHEMA_VIOLATION", order_id: "C" },
    ]);
    for (const m of successes) expect(validateSuccessTopicMessage(m)).toBe(true);
    for (const m of failures) expect(validateFailureTopicMessage(m)).toBe(true);
    expect(publisher.published.map((p) => p.entry.attributes.status.StringValue)).toEqual(
      expect.arrayContaining(["SUCCESS", "FAILURE"]),
    );
  });

  it("handles the AWS documentation's sample event: two non-JSON bodies become two FAILURE outcomes", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const event = awsSample<SqsEvent>("sqs-event--aws-docs--standard-queue-2-records.json");

    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher });

    expect(response.batchItemFailures).toEqual([]);
    expect(publisher.messagesOn(FAILURE)).toMatchObject([
      {
        message_id: "059f36b4-87a3-44ab-83d2-661975830a7d",
        body: "Test message.",
        error_code: "INVALID_JSON",
      },
      {
        message_id: "2e1424d4-f796-459a-8184-9c92662be6da",
        body: "Test message.",
        error_code: "INVALID_JSON",
      },
    ]);
  });

  it("uses one PublishBatch call per chunk of at most 10 per topic", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const bodies = [
      ...Array.from({ length: 23 }, (_, i) => good(`S${i}`)),
      ...Array.from({ length: 12 }, () => "{"),
    ];

    const response = await processSqsBatch(sqsEvent(bodies), { config: TEST_CONFIG, publisher });

    expect(response.batchItemFailures).toEqual([]);
    const perTopic = (arn: string) =>
      publisher.calls.filter((c) => c.topicArn === arn).map((c) => c.entries);
    expect(perTopic(SUCCESS).sort()).toEqual([10, 10, 3].sort());
    expect(perTopic(FAILURE).sort()).toEqual([10, 2].sort());
    expect(publisher.published).toHaveLength(35);
  });

  it("chunks by aggregate size: large FAILURE echoes never exceed 256 KiB per call", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const bigNotJson = "x".repeat(60_000); // echoed, ~60 KB per outcome
    const response = await processSqsBatch(sqsEvent(Array.from({ length: 10 }, () => bigNotJson)), {
      config: TEST_CONFIG,
      publisher,
    });
    expect(response.batchItemFailures).toEqual([]);
    expect(publisher.calls.length).toBeGreaterThanOrEqual(3);
    for (const call of publisher.calls) expect(call.bytes).toBeLessThanOrEqual(262_144);
  });

  it("names exactly the records whose entries failed, and only them", async () => {
    const publisher = createInMemoryOutcomePublisher({
      fault: (_topic, entry) =>
        /"message_id":"msg-(1|4)"/.test(entry.message)
          ? { code: "InternalError", message: "try again" }
          : undefined,
    });
    const event = sqsEvent([good("A"), good("B"), "nope", good("D"), "nope"]);

    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher });

    expect(ids(response)).toEqual(["msg-1", "msg-4"]);
    expect(publisher.published.map((p) => JSON.parse(p.entry.message).message_id).sort()).toEqual([
      "msg-0",
      "msg-2",
      "msg-3",
    ]);
  });

  it("names every record of a call that throws, and no record of the other topic", async () => {
    const inner = createInMemoryOutcomePublisher();
    const publisher: OutcomePublisher = {
      publishBatch: (topicArn, entries) =>
        topicArn === FAILURE
          ? Promise.reject(new Error("connect ECONNREFUSED"))
          : inner.publishBatch(topicArn, entries),
    };
    const logger = recordingLogger();
    const event = sqsEvent([good("A"), "x", good("C"), "y"]);

    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher, logger });

    expect(ids(response)).toEqual(["msg-1", "msg-3"]);
    expect(inner.messagesOn(SUCCESS)).toHaveLength(2);
    expect(logger.lines.find((l) => l.level === "warn")?.attributes).toMatchObject({
      topic_arn: FAILURE,
      failed: 2,
      errors: [
        { message_id: "msg-1", code: "Error", message: "connect ECONNREFUSED" },
        { message_id: "msg-3", code: "Error", message: "connect ECONNREFUSED" },
      ],
    });
  });

  it("treats an entry the publisher does not report on as not published", async () => {
    const publisher: OutcomePublisher = {
      publishBatch: async (_topic, entries: readonly PublishEntry[]) =>
        entries.slice(1).map((e) => ({ id: e.id, ok: true as const, messageId: "x" })),
    };
    const response = await processSqsBatch(sqsEvent([good("A"), good("B")]), {
      config: TEST_CONFIG,
      publisher,
    });
    expect(ids(response)).toEqual(["msg-0"]);
  });

  it("never names an identifier that is not a message id of the batch, even if the transport invents ids", async () => {
    const publisher: OutcomePublisher = {
      publishBatch: async (_topic, entries) =>
        entries.map((e) => ({
          id: `${e.id}-bogus`,
          ok: false as const,
          code: "X",
          message: "x",
          senderFault: false,
        })),
    };
    const event = sqsEvent([good("A"), "nope"], { messageIds: ["id-a", "id-b"] });
    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher });
    expect(ids(response)).toEqual(["id-a", "id-b"]);
  });

  it("names a duplicated message id once", async () => {
    const publisher = createInMemoryOutcomePublisher({
      fault: () => ({ code: "InternalError", message: "down" }),
    });
    const event = sqsEvent([good("A"), good("A")], { messageIds: ["same", "same"] });
    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher });
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: "same" }]);
  });

  it("retries a record whose outcome is INTERNAL_ERROR and publishes nothing for it", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const logger = recordingLogger();
    let calls = 0;
    const countingClock = () => {
      calls++;
      return NOW;
    };
    const rules = {
      ...TEST_CONFIG.rules,
      get acceptedCurrencies(): readonly string[] {
        if (calls === 2) throw new Error("boom"); // the second record only
        return ["EUR"];
      },
    };
    const event = sqsEvent([good("A"), good("B"), good("C")]);

    const response = await processSqsBatch(event, {
      config: { ...TEST_CONFIG, rules },
      publisher,
      logger,
      now: countingClock,
    });

    expect(ids(response)).toEqual(["msg-1"]);
    expect(publisher.published.map((p) => JSON.parse(p.entry.message).message_id)).toEqual([
      "msg-0",
      "msg-2",
    ]);
    expect(logger.lines.find((l) => l.level === "error")).toMatchObject({
      message: "record failed internally; it will be redelivered",
      attributes: { message_id: "msg-1", error_code: "INTERNAL_ERROR", retried: true },
    });
  });

  it("on a FIFO queue, also retries every record after the first retried one", async () => {
    const fifo = awsSample<SqsEvent>("sqs-event--aws-docs--fifo-queue.json");
    const base = fifo.Records[0];
    const event: SqsEvent = {
      Records: [0, 1, 2, 3].map((i) => ({
        ...base,
        messageId: `fifo-${i}`,
        body: good(`F${i}`),
      })) as SqsEvent["Records"],
    };
    const publisher = createInMemoryOutcomePublisher({
      fault: (_t, entry) =>
        entry.message.includes('"message_id":"fifo-1"')
          ? { code: "InternalError", message: "x" }
          : undefined,
    });
    const response = await processSqsBatch(event, { config: TEST_CONFIG, publisher });
    expect(ids(response)).toEqual(["fifo-1", "fifo-2", "fifo-3"]);
  });

  it("logs one structured line per record without the body, and a batch summary", async () => {
    const logger = recordingLogger();
    const secretBody = JSON.stringify(validOrder({ customer_id: "SECRET-CUSTOMER" }));
    await processSqsBatch(sqsEvent([secretBody, "bad"]), {
      config: TEST_CONFIG,
      publisher: createInMemoryOutcomePublisher(),
      logger,
    });
    const records = logger.lines.filter((l) => l.message === "record processed");
    expect(records.map((l) => l.attributes)).toEqual([
      expect.objectContaining({
        message_id: "msg-0",
        order_id: "ORD-1001",
        status: "SUCCESS",
        published: true,
        retried: false,
        duration_ms: expect.any(Number),
      }),
      expect.objectContaining({
        message_id: "msg-1",
        status: "FAILURE",
        error_code: "INVALID_JSON",
      }),
    ]);
    expect(logger.lines.at(-1)).toMatchObject({
      message: "batch processed",
      attributes: { records: 2, success: 1, failure: 1, publish_failures: 0, retried: 0 },
    });
    expect(JSON.stringify(logger.lines)).not.toContain("SECRET-CUSTOMER");
  });

  it("logs a published outcome at DEBUG, and builds no line for it when DEBUG is off", async () => {
    const publisher = createInMemoryOutcomePublisher({
      fault: (_topic, entry) =>
        entry.message.includes('"order_id":"LOST"') || entry.message.includes('"body":"lost"')
          ? { code: "Throttled", message: "x" }
          : undefined,
    });
    const event = sqsEvent([good("A"), "bad", good("LOST"), "lost"]);
    const levels = (logger: ReturnType<typeof recordingLogger>) =>
      logger.lines
        .filter((l) => l.message === "record processed")
        .map((l) => [
          l.level,
          l.attributes.message_id,
          l.attributes.status,
          l.attributes.published,
        ]);

    const verbose = recordingLogger();
    await processSqsBatch(event, { config: TEST_CONFIG, publisher, logger: verbose });
    expect(levels(verbose)).toEqual([
      ["debug", "msg-0", "SUCCESS", true],
      ["debug", "msg-1", "FAILURE", true], // published: the outcome on its topic is the record
      ["info", "msg-2", "SUCCESS", false], // not published: redelivered, so worth an INFO line
      ["info", "msg-3", "FAILURE", false],
    ]);

    const quiet = { ...recordingLogger(), isDebugEnabled: () => false };
    await processSqsBatch(event, { config: TEST_CONFIG, publisher, logger: quiet });
    expect(levels(quiet)).toEqual([
      ["info", "msg-2", "SUCCESS", false],
      ["info", "msg-3", "FAILURE", false],
    ]);
    expect(quiet.lines.at(-1)).toMatchObject({
      level: "info",
      message: "batch processed",
      attributes: { records: 4, success: 2, failure: 2, publish_failures: 2, retried: 2 },
    });
  });

  it("counts batch size, outcomes (also per error code), publish failures and retried records", async () => {
    const metrics = recordingMetrics();
    const publisher = createInMemoryOutcomePublisher({
      fault: (topic) =>
        topic === SUCCESS ? { code: "Throttled", message: "slow down" } : undefined,
    });
    await processSqsBatch(sqsEvent([good("A"), "x", "y", "[]"]), {
      config: TEST_CONFIG,
      publisher,
      metrics,
    });
    expect(metrics.total("BatchSize")).toBe(4);
    expect(metrics.total("SuccessOutcomes")).toBe(1);
    expect(metrics.total("FailureOutcomes")).toBe(3);
    expect(metrics.total("PublishFailures")).toBe(1);
    expect(metrics.total("RetriedRecords")).toBe(1);
    expect(metrics.counts.filter((c) => c.dimensions)).toEqual([
      { name: "FailureOutcomes", value: 2, dimensions: { error_code: "INVALID_JSON" } },
      { name: "FailureOutcomes", value: 1, dimensions: { error_code: "SCHEMA_VIOLATION" } },
    ]);
  });

  it("keeps at most the configured number of PublishBatch calls in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const inner = createInMemoryOutcomePublisher();
    const publisher: OutcomePublisher = {
      async publishBatch(topic, entries) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return inner.publishBatch(topic, entries);
      },
    };
    const bodies = Array.from({ length: 100 }, (_, i) => good(`P${i}`));
    const response = await processSqsBatch(sqsEvent(bodies), {
      config: TEST_CONFIG,
      publisher,
      publishConcurrency: 3,
    });
    expect(response.batchItemFailures).toEqual([]);
    expect(inner.calls).toHaveLength(10);
    expect(peak).toBe(3);
  });
});
