// The SQS path stops waiting on SNS a safety margin before the Lambda timeout: every record whose
// outcome was not confirmed by then is named in batchItemFailures, and the handler returns.
import { describe, expect, it } from "vitest";
import { defaultPublishTiming } from "../../functions/processor/config";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { publishBudgetMs, startDeadline } from "../../functions/processor/deadline";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { OutcomePublisher, PublishOptions } from "../../functions/processor/publisher";
import type { SqsBatchResponse } from "../../generated/types";
import {
  NOW,
  recordingLogger,
  recordingMetrics,
  sqsEvent,
  TEST_CONFIG,
  validOrder,
} from "./support/fixtures";

const good = (id: string) => JSON.stringify(validOrder({ order_id: id }));
const retried = (r: unknown) =>
  (r as SqsBatchResponse).batchItemFailures.map((f) => f.itemIdentifier).sort();

/** A Lambda context with this much time left when the invocation starts. */
function contextWith(remainingMs: number) {
  const deadline = Date.now() + remainingMs;
  return { awsRequestId: "req-1", getRemainingTimeInMillis: () => deadline - Date.now() };
}

/**
 * A publisher whose calls to `hangOn` never settle (they ignore the abort signal too, the worst
 * case), and whose other calls publish in memory. Keeps every call's options.
 */
function hangingPublisher(hangOn: (topicArn: string) => boolean) {
  const inner = createInMemoryOutcomePublisher();
  const options: (PublishOptions | undefined)[] = [];
  const publisher: OutcomePublisher = {
    publishBatch(topicArn, entries, opts) {
      options.push(opts);
      if (hangOn(topicArn)) return new Promise(() => {});
      return inner.publishBatch(topicArn, entries, opts);
    },
  };
  return { publisher, inner, options };
}

describe("publish deadline (context.getRemainingTimeInMillis() minus the margin)", () => {
  it("returns at the deadline when SNS never answers, naming exactly the unconfirmed records", async () => {
    const { publisher, inner } = hangingPublisher((arn) => arn === TEST_CONFIG.failureTopicArn);
    const logger = recordingLogger();
    const metrics = recordingMetrics();
    const config = { ...TEST_CONFIG, timing: { ...defaultPublishTiming, deadlineMarginMs: 1000 } };
    const handler = createProcessorHandler({ config, publisher, logger, metrics, now: () => NOW });
    const event = sqsEvent([good("A"), "nope", good("C"), "{"]);

    const started = Date.now();
    const response = await handler(event, contextWith(2000));
    const elapsed = Date.now() - started;

    expect(retried(response)).toEqual(["msg-1", "msg-3"]);
    expect(inner.messagesOn(TEST_CONFIG.successTopicArn)).toHaveLength(2);
    // It waited for SNS until the deadline (remaining 2000 - margin 1000), and returned before the timeout.
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(2000);
    expect(metrics.total("PublishDeadlineExceeded")).toBe(2);
    expect(metrics.total("RetriedRecords")).toBe(2);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: "warn",
        message: "publish deadline passed; unconfirmed outcomes' records will be redelivered",
        attributes: { budget_ms: expect.any(Number), margin_ms: 1000, unconfirmed: 2 },
      }),
    );
    const failed = logger.lines.find(
      (l) => l.message === "outcomes not published; their records will be redelivered",
    );
    expect(failed?.attributes.errors).toEqual([
      expect.objectContaining({ message_id: "msg-1", code: "DeadlineExceeded" }),
      expect.objectContaining({ message_id: "msg-3", code: "DeadlineExceeded" }),
    ]);
  });

  it("aborts the calls still in flight and starts no call after the deadline", async () => {
    const { publisher, options } = hangingPublisher(() => true);
    const handler = createProcessorHandler({
      config: { ...TEST_CONFIG, timing: { ...defaultPublishTiming, deadlineMarginMs: 100 } },
      publisher,
      publishConcurrency: 1,
      now: () => NOW,
    });
    // 25 records: three PublishBatch calls, one at a time; the first never answers.
    const event = sqsEvent(Array.from({ length: 25 }, (_, i) => good(`P${i}`)));

    const response = await handler(event, contextWith(400));

    expect(retried(response)).toHaveLength(25);
    expect(options).toHaveLength(1);
    expect(options[0]?.abortSignal?.aborted).toBe(true);
    expect((options[0]?.abortSignal?.reason as Error | undefined)?.name).toBe("DeadlineExceeded");
  });

  it("does not take an answer that arrives after the deadline as a confirmation", async () => {
    let release: () => void = () => {};
    const late = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inner = createInMemoryOutcomePublisher();
    const publisher: OutcomePublisher = {
      async publishBatch(topicArn, entries) {
        await late;
        return inner.publishBatch(topicArn, entries);
      },
    };
    const handler = createProcessorHandler({
      config: { ...TEST_CONFIG, timing: { ...defaultPublishTiming, deadlineMarginMs: 100 } },
      publisher,
      now: () => NOW,
    });

    const response = await handler(sqsEvent([good("A")]), contextWith(300));
    release();
    await late;

    // SNS may have delivered it after all: the redelivered record publishes it again (same
    // outcome_id), which consumers deduplicate. Never the other way round (a loss).
    expect(retried(response)).toEqual(["msg-0"]);
  });

  it("publishes nothing and names every record when less time remains than the margin", async () => {
    const publisher = createInMemoryOutcomePublisher();
    const metrics = recordingMetrics();
    const handler = createProcessorHandler({ config: TEST_CONFIG, publisher, metrics });

    const response = await handler(
      sqsEvent([good("A"), "nope"]),
      contextWith(defaultPublishTiming.deadlineMarginMs - 1),
    );

    expect(retried(response)).toEqual(["msg-0", "msg-1"]);
    expect(publisher.calls).toEqual([]);
    expect(metrics.total("PublishDeadlineExceeded")).toBe(2);
  });

  it("waits for SNS as long as it takes when no context tells the remaining time", async () => {
    const inner = createInMemoryOutcomePublisher();
    const publisher: OutcomePublisher = {
      async publishBatch(topicArn, entries, options) {
        await new Promise((r) => setTimeout(r, 50));
        expect(options?.abortSignal?.aborted).toBe(false);
        return inner.publishBatch(topicArn, entries);
      },
    };
    const handler = createProcessorHandler({ config: TEST_CONFIG, publisher });
    expect(await handler(sqsEvent([good("A")]))).toEqual({ batchItemFailures: [] });
    expect(inner.published).toHaveLength(1);
  });
});

describe("publishBudgetMs and startDeadline", () => {
  it("subtracts the margin from the remaining time, never below zero, and needs a context", () => {
    expect(publishBudgetMs({ getRemainingTimeInMillis: () => 30_000 }, 1000)).toBe(29_000);
    expect(publishBudgetMs({ getRemainingTimeInMillis: () => 500 }, 1000)).toBe(0);
    expect(publishBudgetMs({}, 1000)).toBeUndefined();
    expect(publishBudgetMs(undefined, 1000)).toBeUndefined();
    expect(publishBudgetMs({ getRemainingTimeInMillis: () => Number.NaN }, 1000)).toBeUndefined();
  });

  it("aborts its signal and resolves expired when the time is up, and not before", async () => {
    const deadline = startDeadline(30);
    expect(deadline.passed).toBe(false);
    expect(deadline.signal.aborted).toBe(false);
    await deadline.expired;
    expect(deadline.passed).toBe(true);
    expect(deadline.signal.aborted).toBe(true);
    expect(startDeadline(0).passed).toBe(true);
    const never = startDeadline(Number.POSITIVE_INFINITY);
    expect(never.passed).toBe(false);
    never.clear();
  });
});
