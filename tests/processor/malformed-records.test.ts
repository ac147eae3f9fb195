// One malformed record does not fail its batch: the envelope and each record are validated on their
// own. Real AWS sample events with one record broken in each way a record can be.
import { describe, expect, it } from "vitest";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { MalformedSqsEventError } from "../../functions/processor/errors";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import { processSqsBatch } from "../../functions/processor/sqs-batch";
import type { OrderOutcome, SqsBatchResponse, SqsEvent, SqsRecord } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import {
  AWS_DOCS_SQS_EVENT,
  awsSample,
  NOW,
  recordingLogger,
  recordingMetrics,
  TEST_CONFIG,
  validOrder,
} from "./support/fixtures";

type Breakage = (record: Record<string, unknown>) => unknown;

const without =
  (field: string): Breakage =>
  (record) => {
    const copy = { ...record };
    delete copy[field];
    return copy;
  };
const withField =
  (field: string, value: unknown): Breakage =>
  (record) => ({ ...record, [field]: value });

const emptyQueueArn = withField("eventSourceARN", "");

/**
 * Broken so that the record has no usable body or queue ARN: redelivered, nothing published. Then
 * whether the event still passes the SQS event schema (which allows an empty eventSourceARN), and
 * the field the ERROR line names.
 */
const UNUSABLE_BODY: [string, Breakage, boolean, string][] = [
  ["body missing", without("body"), false, "body"],
  ["body null", withField("body", null), false, "body"],
  ["body a number", withField("body", 42), false, "body"],
  [
    "body an object (a JSON body never serialized)",
    withField("body", { order_id: "A1" }),
    false,
    "body",
  ],
  [
    "eventSourceARN missing (the outcome_id needs it)",
    without("eventSourceARN"),
    false,
    "eventSourceARN",
  ],
  ["eventSourceARN empty, the record otherwise valid", emptyQueueArn, true, "eventSourceARN"],
  [
    "eventSourceARN empty and attributes missing",
    (r) => without("attributes")(emptyQueueArn(r) as Record<string, unknown>),
    false,
    "eventSourceARN",
  ],
];

/** Broken in fields the processor does not need: processed from messageId, body and queue ARN. */
const USABLE: [string, Breakage][] = [
  ["attributes missing", without("attributes")],
  ["attributes null", withField("attributes", null)],
  ["receiptHandle missing", without("receiptHandle")],
  ["md5OfBody missing", without("md5OfBody")],
  ["messageAttributes a string", withField("messageAttributes", "x")],
  ["eventSource not aws:sqs", withField("eventSource", "aws:kinesis")],
  ["an unexpected ApproximateReceiveCount", (r) => ({ ...r, attributes: { SenderId: "x" } })],
];

/** Without a usable message id the record cannot be named: the whole batch fails. */
const NO_MESSAGE_ID: [string, Breakage][] = [
  ["messageId missing", without("messageId")],
  ["messageId empty", withField("messageId", "")],
  ["messageId a number", withField("messageId", 7)],
  ["the record null", () => null],
  ["the record a string", () => "not a record"],
];

/**
 * The AWS documentation's two-record event, each record kept as AWS wrote it, plus two copies of
 * its first record carrying orders: records 0 and 3 are valid orders, 1 and 2 the docs' bodies.
 * The record at `broken` is passed through `breakage`.
 */
function sampleBatch(broken: number, breakage: Breakage): { Records: unknown[] } {
  const docs = awsSample<SqsEvent>(AWS_DOCS_SQS_EVENT).Records;
  const first = docs[0] as SqsRecord;
  const order = (id: string, messageId: string): SqsRecord => ({
    ...first,
    messageId,
    body: JSON.stringify(validOrder({ order_id: id })),
  });
  const records: SqsRecord[] = [order("ORD-A", "order-a"), ...docs, order("ORD-B", "order-b")];
  return {
    Records: records.map((r, i) =>
      i === broken ? breakage(structuredClone(r) as unknown as Record<string, unknown>) : r,
    ),
  };
}

function setup() {
  const publisher = createInMemoryOutcomePublisher();
  const logger = recordingLogger();
  const metrics = recordingMetrics();
  const handler = createProcessorHandler({
    config: TEST_CONFIG,
    publisher,
    logger,
    metrics,
    now: () => NOW,
  });
  const published = () =>
    publisher.published.map((p) => (JSON.parse(p.entry.message) as OrderOutcome).message_id).sort();
  return { handler, publisher, logger, metrics, published };
}

const retried = (response: unknown) =>
  (response as SqsBatchResponse).batchItemFailures.map((f) => f.itemIdentifier);
const idsOf = (event: { Records: unknown[] }) =>
  event.Records.map((r) => (r as { messageId?: unknown }).messageId as string);

describe("a malformed record is handled alone; the rest of its batch is processed", () => {
  it("starts from a valid event (the breakage, not the batch, is what the tests vary)", () => {
    expect(validateSqsEvent(sampleBatch(-1, (r) => r))).toBe(true);
  });

  it.each(UNUSABLE_BODY)(
    "%s: the record is named for redelivery and nothing is published for it; the others are published",
    async (_what, breakage, schemaValid, field) => {
      const { handler, metrics, logger, published } = setup();
      const event = sampleBatch(2, breakage);
      expect(validateSqsEvent(event)).toBe(schemaValid);
      const ids = idsOf(event);

      const response = await handler(event);

      expect(retried(response)).toEqual([ids[2]]);
      expect(published()).toEqual([ids[0], ids[1], ids[3]].sort());
      expect(metrics.total("MalformedSqsRecords")).toBe(1);
      expect(metrics.total("RetriedRecords")).toBe(1);
      expect(metrics.total("MalformedSqsEvents")).toBe(0);
      expect(logger.lines.filter((l) => l.level === "error")).toMatchObject([
        {
          message: "record has no usable body or eventSourceARN; it will be redelivered",
          attributes: {
            message_id: ids[2],
            error: expect.stringMatching(new RegExp(`^/Records/2/.*\\b${field}\\b`)),
          },
        },
      ]);
    },
  );

  it.each(USABLE)(
    "%s: the record is processed from its messageId, body and queue ARN, with a warning",
    async (_what, breakage) => {
      const { handler, publisher, metrics, logger, published } = setup();
      const event = sampleBatch(3, breakage);
      expect(validateSqsEvent(event)).toBe(false);
      const ids = idsOf(event);

      const response = await handler(event);

      expect(retried(response)).toEqual([]);
      expect(published()).toEqual([...ids].sort());
      expect(publisher.messagesOn(TEST_CONFIG.successTopicArn)).toContainEqual(
        expect.objectContaining({ message_id: ids[3], order_id: "ORD-B", status: "SUCCESS" }),
      );
      expect(metrics.total("MalformedSqsRecords")).toBe(1);
      expect(logger.lines.find((l) => l.level === "warn")).toMatchObject({
        message: "records break the SQS record schema (aws/sqs-record.v1); each is handled alone",
        attributes: {
          malformed: 1,
          records: [
            { message_id: ids[3], processed: true, issues: expect.stringMatching(/^\/Records\/3/) },
          ],
        },
      });
    },
  );

  it("gives a record without attributes receive_count 1 and the same outcome_id as when intact", async () => {
    const intact = setup();
    await intact.handler(sampleBatch(-1, (r) => r));
    const broken = setup();
    await broken.handler(sampleBatch(0, without("attributes")));
    const outcome = (s: ReturnType<typeof setup>) =>
      s.publisher
        .messagesOn(TEST_CONFIG.successTopicArn)
        .find((m) => (m as OrderOutcome).message_id === "order-a") as OrderOutcome;
    expect(outcome(broken).source).toEqual({ ...outcome(intact).source, receive_count: 1 });
    expect(outcome(broken).outcome_id).toBe(outcome(intact).outcome_id);
  });

  it.each(NO_MESSAGE_ID)(
    "%s: the whole batch fails (thrown), nothing is published, counted as MalformedSqsEvents",
    async (_what, breakage) => {
      const { handler, metrics, logger, published } = setup();
      const event = sampleBatch(1, breakage);

      await expect(handler(event)).rejects.toMatchObject({
        name: "OrderRejected.SCHEMA_VIOLATION",
        message: expect.stringContaining("/Records/1/messageId"),
      });

      expect(published()).toEqual([]);
      expect(metrics.counts).toEqual([{ name: "MalformedSqsEvents", value: 1 }]);
      expect(logger.lines.at(-1)).toMatchObject({
        level: "error",
        message: "event has Records but is not a valid SQS event; the whole batch fails",
      });
    },
  );

  it("throws MalformedSqsEventError from processSqsBatch itself, before publishing anything", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const event = sampleBatch(3, without("messageId"));
    const thrown = await processSqsBatch(event, { config: TEST_CONFIG, publisher }).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(MalformedSqsEventError);
    expect((thrown as MalformedSqsEventError).issues[0]?.pointer).toBe("/Records/3/messageId");
    expect(publisher.calls).toEqual([]);
  });

  it("on a FIFO queue, names the unusable record and every record after it, as Lambda requires", async () => {
    const fifo = awsSample<SqsEvent>("sqs-event--aws-docs--fifo-queue.json").Records[0];
    const records: unknown[] = [0, 1, 2, 3].map((i) => ({
      ...fifo,
      messageId: `fifo-${i}`,
      body: JSON.stringify(validOrder({ order_id: `F${i}` })),
    }));
    records[1] = without("body")(records[1] as Record<string, unknown>);
    const { handler, published } = setup();

    const response = await handler({ Records: records });

    expect(retried(response)).toEqual(["fifo-1", "fifo-2", "fifo-3"]);
    expect(published()).toEqual(["fifo-0", "fifo-2", "fifo-3"]);
  });

  it.each([
    "sqs-event--aws-docs--standard-queue-2-records.json",
    "sqs-event--powertools-ts--2-records-msgattr-and-dlq-source-arn.json",
    "sqs-event--powertools-ts--batch-json-and-base64-bodies.json",
  ])(
    "in the real sample %s, a record without a body is redelivered and the other is published",
    async (file) => {
      const sample = awsSample<SqsEvent>(file);
      const records: unknown[] = [...sample.Records];
      records[0] = without("body")(records[0] as Record<string, unknown>);
      const { handler, published } = setup();

      const response = await handler({ Records: records });

      expect(retried(response)).toEqual([sample.Records[0].messageId]);
      expect(published()).toEqual([sample.Records[1]?.messageId]);
    },
  );
});
