import type { SqsBatchResponse } from "../../generated/types";
import { describeIssues } from "../../lib/validation";
import { mapWithConcurrency } from "./concurrency";
import { defaultPublishTiming, type ProcessorConfig } from "./config";
import { type PreparedOutcome, prepareOutcome } from "./core";
import { type Deadline, publishBudgetMs, type RemainingTime, startDeadline } from "./deadline";
import { chunkEntries } from "./publish-chunks";
import type { OutcomePublisher, PublishEntry, PublishEntryResult } from "./publisher";
import { type BatchRecord, readBatchRecords } from "./sqs-records";
import { noMetrics, type ProcessorLogger, type ProcessorMetrics, silentLogger } from "./telemetry";

export type { OutcomePublisher, PublishEntry, PublishEntryResult } from "./publisher";

/** PublishBatch calls in flight at once unless `publishConcurrency` says otherwise. */
export const DEFAULT_PUBLISH_CONCURRENCY = 8;

/** What `processSqsBatch` works with. Only `config` and `publisher` are required. */
export interface SqsBatchDeps {
  readonly config: ProcessorConfig;
  readonly publisher: OutcomePublisher;
  readonly logger?: ProcessorLogger;
  readonly metrics?: ProcessorMetrics;
  /** The clock (default: `new Date()`), read once per record. */
  readonly now?: () => Date;
  /** Most PublishBatch calls in flight at once (default DEFAULT_PUBLISH_CONCURRENCY). */
  readonly publishConcurrency?: number;
}

/** One record's way through the batch (one object shape for every record). */
interface RecordWork {
  readonly record: BatchRecord;
  readonly index: number;
  readonly durationMs: number;
  /**
   * Absent when the record has no usable body or queue ARN (`unreadable`), or deciding threw (a bug):
   * the record is retried, nothing is published.
   */
  readonly prepared: PreparedOutcome | undefined;
  readonly entry: PublishEntry | undefined;
  readonly topicArn: string | undefined;
  /** The entry's SNS size, for chunking (0 without an entry). */
  readonly bytes: number;
  result: PublishEntryResult | undefined;
  retried: boolean;
  readonly internalError: string | undefined;
  /** True when the record lacks what an outcome needs (a string body, an eventSourceARN). */
  readonly unreadable: boolean;
}

/**
 * The SQS path: decides an outcome for every record of the batch, publishes SUCCESS outcomes to the
 * success topic and FAILURE outcomes to the failure topic with PublishBatch (chunks of at most 10
 * entries within SNS's aggregate size, one call per chunk, calls in parallel), and returns the
 * partial batch response.
 *
 * A record is in `batchItemFailures` exactly when its outcome was not confirmed as published (entry
 * failed, call threw, or SNS had not answered by the deadline), was retryable (INTERNAL_ERROR), or
 * the record has no usable body: SQS redelivers it and nothing else, and after maxReceiveCount moves
 * it to the DLQ. A record whose FAILURE outcome was published is done. On a FIFO queue, every record
 * after the first retried one is retried too, as Lambda requires.
 *
 * Records are validated one by one (`readBatchRecords`): a record that breaks the SQS record schema
 * but has a message id, a string body and a queue ARN is processed; one without a string body is
 * redelivered. Throws `MalformedSqsEventError` (the whole batch fails) only when `Records` is not a
 * non-empty array or a record has no message id. Never throws for anything else a record does.
 *
 * With a `context` that tells the remaining time (Lambda's), publishing stops
 * `config.timing.deadlineMarginMs` before the Lambda timeout: calls still waiting are aborted, calls
 * not started are not made, and their records are named for redelivery, so the function always
 * returns its partial batch response instead of timing out. SNS may still deliver an aborted call:
 * its outcomes are then published twice (same outcome_id), never lost.
 *
 * @example
 * const response = await processSqsBatch(event, {
 *   config: readProcessorConfig(process.env),
 *   publisher: createSnsOutcomePublisher(createSnsClient()),
 * }, context);
 * response.batchItemFailures; // [{ itemIdentifier: "<messageId>" }] for records to redeliver
 */
export async function processSqsBatch(
  event: { readonly Records: unknown },
  deps: SqsBatchDeps,
  context?: RemainingTime,
): Promise<SqsBatchResponse> {
  const started = performance.now();
  const timing = deps.config.timing ?? defaultPublishTiming;
  const budgetMs = publishBudgetMs(context, timing.deadlineMarginMs);
  const deadline = startDeadline(budgetMs ?? Number.POSITIVE_INFINITY);
  try {
    const logger = deps.logger ?? silentLogger;
    const metrics = deps.metrics ?? noMetrics;
    const records = readBatchRecords(event);
    const work: RecordWork[] = [];
    // One clock reading per record: each record's time runs from the end of the one before.
    let since = started;
    for (const record of records) {
      const w = decide(record, deps, since);
      since += w.durationMs;
      work.push(w);
    }
    logMalformedRecords(work, logger);

    const unconfirmed = await publishAll(work, deps, logger, deadline);

    const batchItemFailures = markRetried(work);
    const debug = logger.isDebugEnabled?.() ?? true;
    for (const w of work) logRecord(w, logger, debug);

    const counts = countOutcomes(work);
    countBatch(work.length, counts, batchItemFailures.length, metrics);
    if (unconfirmed > 0) {
      metrics.count("PublishDeadlineExceeded", unconfirmed);
      logger.warn("publish deadline passed; unconfirmed outcomes' records will be redelivered", {
        budget_ms: deadline.budgetMs,
        margin_ms: timing.deadlineMarginMs,
        unconfirmed,
      });
    }
    logger.info("batch processed", {
      records: work.length,
      success: counts.success,
      failure: counts.failure,
      publish_failures: counts.publishFailures,
      malformed_records: counts.malformed,
      unconfirmed_at_deadline: unconfirmed,
      retried: batchItemFailures.length,
      duration_ms: round(performance.now() - started),
    });
    return { batchItemFailures };
  } finally {
    deadline.clear();
  }
}

function decide(record: BatchRecord, deps: SqsBatchDeps, since: number): RecordWork {
  const { index, body, queueArn } = record;
  if (body === undefined || queueArn === undefined) {
    return withoutEntry(record, since, { internalError: undefined, unreadable: true });
  }
  try {
    const prepared = prepareOutcome(
      body,
      {
        messageId: record.messageId,
        source: { kind: "sqs", queue_arn: queueArn, receive_count: record.receiveCount },
        now: deps.now?.() ?? new Date(),
      },
      deps.config.rules,
    );
    const { outcome, serialized } = prepared;
    const retryable = outcome.status === "FAILURE" && outcome.retryable;
    return {
      record,
      index,
      durationMs: performance.now() - since,
      prepared,
      // Batch entry ids only need to be unique per call; message ids may not fit SNS's id pattern.
      entry: retryable
        ? undefined
        : {
            id: `r${index}`,
            message: serialized.message,
            attributes: serialized.attributes,
            bytes: serialized.bytes,
          },
      topicArn: retryable
        ? undefined
        : outcome.status === "SUCCESS"
          ? deps.config.successTopicArn
          : deps.config.failureTopicArn,
      bytes: retryable ? 0 : serialized.bytes,
      result: undefined,
      retried: false,
      internalError: undefined,
      unreadable: false,
    };
  } catch (error) {
    const internalError =
      error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return withoutEntry(record, since, { internalError, unreadable: false });
  }
}

/** A record with nothing to publish: it is retried (same object shape as every other record). */
function withoutEntry(
  record: BatchRecord,
  since: number,
  why: Pick<RecordWork, "internalError" | "unreadable">,
): RecordWork {
  return {
    record,
    index: record.index,
    durationMs: performance.now() - since,
    prepared: undefined,
    entry: undefined,
    topicArn: undefined,
    bytes: 0,
    result: undefined,
    retried: false,
    internalError: why.internalError,
    unreadable: why.unreadable,
  };
}

/** One WARN line for the records that break the SQS record schema (up to 10 named), never bodies. */
function logMalformedRecords(work: readonly RecordWork[], logger: ProcessorLogger): void {
  let malformed: { message_id: string; processed: boolean; issues: string }[] | undefined;
  let count = 0;
  for (const w of work) {
    if (w.record.issues.length === 0) continue;
    count++;
    malformed ??= [];
    if (malformed.length < 10) {
      malformed.push({
        message_id: w.record.messageId,
        processed: !w.unreadable,
        issues: describeIssues(w.record.issues),
      });
    }
  }
  if (!malformed) return;
  logger.warn("records break the SQS record schema (aws/sqs-record.v1); each is handled alone", {
    malformed: count,
    records: malformed,
  });
}

/**
 * Publishes every entry, at most `publishConcurrency` calls at a time, until done or the deadline.
 * Sets each entry's result; returns how many records were unconfirmed when the deadline passed.
 */
async function publishAll(
  work: RecordWork[],
  deps: SqsBatchDeps,
  logger: ProcessorLogger,
  deadline: Deadline,
): Promise<number> {
  const byTopic = new Map<string, RecordWork[]>();
  for (const w of work) {
    if (!w.entry || !w.topicArn) continue;
    const items = byTopic.get(w.topicArn);
    if (items) items.push(w);
    else byTopic.set(w.topicArn, [w]);
  }
  const calls: { topicArn: string; items: RecordWork[] }[] = [];
  for (const [topicArn, items] of byTopic) {
    for (const chunk of chunkEntries(items)) calls.push({ topicArn, items: chunk });
  }
  let unconfirmed = 0;
  const expired = deadline.expired.then(() => undefined);
  const concurrency = deps.publishConcurrency ?? DEFAULT_PUBLISH_CONCURRENCY;
  await mapWithConcurrency(calls, concurrency, async ({ topicArn, items }) => {
    const entries: PublishEntry[] = [];
    for (const w of items) if (w.entry) entries.push(w.entry);
    // After the deadline nothing is awaited: a call still in flight is abandoned (and aborted).
    const results = deadline.passed
      ? undefined
      : await Promise.race([publishCall(deps.publisher, topicArn, entries, deadline), expired]);
    if (!results) unconfirmed += items.length;
    let failed: { message_id: string; code: string; message: string }[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const w = items[i] as RecordWork;
      const id = w.entry?.id ?? "";
      if (!results) {
        w.result = deadlineExceeded(id, deadline.budgetMs);
      } else {
        // Publishers answer in entry order; look further only when this one does not.
        const inOrder = results[i];
        w.result = (inOrder?.id === id ? inOrder : results.find((r) => r.id === id)) ?? {
          id,
          ok: false,
          code: "MissingFromResponse",
          message: "the publisher reported nothing for this entry",
          senderFault: false,
        };
      }
      if (!w.result.ok) {
        failed ??= [];
        failed.push({
          message_id: w.record.messageId,
          code: w.result.code,
          message: w.result.message,
        });
      }
    }
    if (failed) {
      logger.warn("outcomes not published; their records will be redelivered", {
        topic_arn: topicArn,
        entries: entries.length,
        failed: failed.length,
        errors: failed.slice(0, 10),
      });
    }
  });
  return unconfirmed;
}

/** One PublishBatch call that never rejects: a throw becomes a failure of every entry. */
async function publishCall(
  publisher: OutcomePublisher,
  topicArn: string,
  entries: readonly PublishEntry[],
  deadline: Deadline,
): Promise<readonly PublishEntryResult[]> {
  try {
    return await publisher.publishBatch(topicArn, entries, { abortSignal: deadline.signal });
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown };
    return entries.map((entry) => ({
      id: entry.id,
      ok: false,
      code: typeof e?.name === "string" ? e.name : "Error",
      message: typeof e?.message === "string" ? e.message : String(error),
      senderFault: false,
    }));
  }
}

function deadlineExceeded(id: string, budgetMs: number): PublishEntryResult {
  return {
    id,
    ok: false,
    code: "DeadlineExceeded",
    message: `SNS had not confirmed the entry when the invocation's publish budget of ${budgetMs} ms ran out; it may still be delivered (then the redelivered record publishes it again)`,
    senderFault: false,
  };
}

/**
 * Marks the records SQS must redeliver (outcome not published), and on a FIFO queue every record
 * after the first of them; returns their message ids, each once, as the partial batch response.
 */
function markRetried(work: readonly RecordWork[]): SqsBatchResponse["batchItemFailures"] {
  const ids: string[] = [];
  let first = -1;
  for (const w of work) {
    if (w.result?.ok === true) continue;
    w.retried = true;
    ids.push(w.record.messageId);
    if (first < 0) first = w.index;
  }
  if (first >= 0 && work.some((w) => w.record.queueArn?.endsWith(".fifo"))) {
    for (const w of work) {
      if (w.index > first && !w.retried) {
        w.retried = true;
        ids.push(w.record.messageId);
      }
    }
  }
  return [...new Set(ids)]
    .filter((id) => typeof id === "string" && id !== "")
    .map((itemIdentifier) => ({ itemIdentifier }));
}

/**
 * One line per record, never the body. A published SUCCESS is routine: DEBUG, and its attributes are
 * not even built unless DEBUG is on. A FAILURE, or any record SQS will redeliver, is INFO; a record
 * that failed internally is ERROR.
 */
function logRecord(w: RecordWork, logger: ProcessorLogger, debugEnabled: boolean): void {
  const retried = w.retried;
  const outcome = w.prepared?.outcome;
  if (!outcome && w.unreadable) {
    logger.error("record has no usable body or eventSourceARN; it will be redelivered", {
      message_id: w.record.messageId,
      error: describeIssues(w.record.issues),
    });
    return;
  }
  if (!outcome) {
    logger.error("record could not be processed; it will be redelivered", {
      message_id: w.record.messageId,
      error: w.internalError,
      duration_ms: round(w.durationMs),
    });
    return;
  }
  const published = w.result?.ok === true;
  const routine = outcome.status === "SUCCESS" && published && !retried;
  if (routine && !debugEnabled) return;
  const attributes = {
    message_id: w.record.messageId,
    outcome_id: outcome.outcome_id,
    order_id: outcome.order_id,
    status: outcome.status,
    error_code: outcome.status === "FAILURE" ? outcome.error_code : undefined,
    published,
    retried,
    duration_ms: round(w.durationMs),
  };
  if (outcome.status === "FAILURE" && outcome.retryable) {
    logger.error("record failed internally; it will be redelivered", {
      ...attributes,
      error: outcome.error,
    });
  } else if (routine) {
    logger.debug("record processed", attributes);
  } else {
    logger.info("record processed", attributes);
  }
}

/** What a batch came to, counted once for the summary line and the metrics. */
interface OutcomeCounts {
  success: number;
  failure: number;
  failuresByCode: Map<string, number>;
  publishFailures: number;
  /** Records that break the SQS record schema (processed or not). */
  malformed: number;
}

function countOutcomes(work: readonly RecordWork[]): OutcomeCounts {
  const counts: OutcomeCounts = {
    success: 0,
    failure: 0,
    failuresByCode: new Map(),
    publishFailures: 0,
    malformed: 0,
  };
  for (const w of work) {
    if (w.record.issues.length > 0) counts.malformed++;
    const outcome = w.prepared?.outcome;
    if (outcome?.status === "SUCCESS") counts.success++;
    if (outcome?.status === "FAILURE") {
      counts.failure++;
      const code = outcome.error_code;
      counts.failuresByCode.set(code, (counts.failuresByCode.get(code) ?? 0) + 1);
    }
    if (w.result && !w.result.ok) counts.publishFailures++;
  }
  return counts;
}

function countBatch(
  records: number,
  counts: OutcomeCounts,
  retried: number,
  metrics: ProcessorMetrics,
): void {
  metrics.count("BatchSize", records);
  metrics.count("SuccessOutcomes", counts.success);
  metrics.count("FailureOutcomes", counts.failure);
  for (const [code, n] of counts.failuresByCode) {
    metrics.count("FailureOutcomes", n, { error_code: code });
  }
  metrics.count("PublishFailures", counts.publishFailures);
  metrics.count("RetriedRecords", retried);
  if (counts.malformed > 0) metrics.count("MalformedSqsRecords", counts.malformed);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
