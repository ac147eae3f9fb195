import type { SqsBatchResponse, SqsEvent, SqsRecord } from "../../generated/types";
import { mapWithConcurrency } from "./concurrency";
import type { ProcessorConfig } from "./config";
import { type PreparedOutcome, prepareOutcome } from "./core";
import { chunkEntries } from "./publish-chunks";
import type { OutcomePublisher, PublishEntry, PublishEntryResult } from "./publisher";
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
  readonly record: SqsRecord;
  readonly index: number;
  readonly durationMs: number;
  /** Absent when deciding threw (a bug): the record is retried, nothing is published. */
  readonly prepared: PreparedOutcome | undefined;
  readonly entry: PublishEntry | undefined;
  readonly topicArn: string | undefined;
  /** The entry's SNS size, for chunking (0 without an entry). */
  readonly bytes: number;
  result: PublishEntryResult | undefined;
  retried: boolean;
  readonly internalError: string | undefined;
}

/**
 * The SQS path: decides an outcome for every record of the batch, publishes SUCCESS outcomes to the
 * success topic and FAILURE outcomes to the failure topic with PublishBatch (chunks of at most 10
 * entries within SNS's aggregate size, one call per chunk, calls in parallel), and returns the
 * partial batch response.
 *
 * A record is in `batchItemFailures` exactly when its outcome was not published (entry failed, call
 * threw) or was retryable (INTERNAL_ERROR): SQS redelivers it and nothing else, and after
 * maxReceiveCount moves it to the DLQ. A record whose FAILURE outcome was published is done. Never
 * throws for a per-record problem, and names only message ids of the batch. On a FIFO queue, every
 * record after the first retried one is retried too, as Lambda requires.
 *
 * @example
 * const response = await processSqsBatch(event, {
 *   config: readProcessorConfig(process.env),
 *   publisher: createSnsOutcomePublisher(new SNSClient({})),
 * });
 * response.batchItemFailures; // [{ itemIdentifier: "<messageId>" }] for records to redeliver
 */
export async function processSqsBatch(
  event: SqsEvent,
  deps: SqsBatchDeps,
): Promise<SqsBatchResponse> {
  const started = performance.now();
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const records = event.Records;
  const work: RecordWork[] = [];
  // One clock reading per record: each record's time runs from the end of the one before.
  let since = started;
  for (let index = 0; index < records.length; index++) {
    const w = decide(records[index] as SqsRecord, index, deps, since);
    since += w.durationMs;
    work.push(w);
  }

  await publishAll(work, deps, logger);

  const batchItemFailures = markRetried(work);
  const debug = logger.isDebugEnabled?.() ?? true;
  for (const w of work) logRecord(w, logger, debug);

  const counts = countOutcomes(work);
  countBatch(work.length, counts, batchItemFailures.length, metrics);
  logger.info("batch processed", {
    records: work.length,
    success: counts.success,
    failure: counts.failure,
    publish_failures: counts.publishFailures,
    retried: batchItemFailures.length,
    duration_ms: round(performance.now() - started),
  });
  return { batchItemFailures };
}

function decide(record: SqsRecord, index: number, deps: SqsBatchDeps, since: number): RecordWork {
  try {
    // The schema guarantees digits; a "0" or an absurd value still yields a valid receive_count.
    const receiveCount = Number.parseInt(record.attributes.ApproximateReceiveCount, 10) || 1;
    const prepared = prepareOutcome(
      record.body,
      {
        messageId: record.messageId,
        source: {
          kind: "sqs",
          queue_arn: record.eventSourceARN,
          receive_count: Math.max(receiveCount, 1),
        },
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
    };
  } catch (error) {
    return {
      record,
      index,
      durationMs: performance.now() - since,
      prepared: undefined,
      entry: undefined,
      topicArn: undefined,
      bytes: 0,
      result: undefined,
      retried: false,
      internalError: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

async function publishAll(
  work: RecordWork[],
  deps: SqsBatchDeps,
  logger: ProcessorLogger,
): Promise<void> {
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
  const concurrency = deps.publishConcurrency ?? DEFAULT_PUBLISH_CONCURRENCY;
  await mapWithConcurrency(calls, concurrency, async ({ topicArn, items }) => {
    const entries: PublishEntry[] = [];
    for (const w of items) if (w.entry) entries.push(w.entry);
    let results: readonly PublishEntryResult[];
    try {
      results = await deps.publisher.publishBatch(topicArn, entries);
    } catch (error) {
      const e = error as { name?: unknown; message?: unknown };
      results = entries.map((entry) => ({
        id: entry.id,
        ok: false,
        code: typeof e?.name === "string" ? e.name : "Error",
        message: typeof e?.message === "string" ? e.message : String(error),
        senderFault: false,
      }));
    }
    let failed: { message_id: string; code: string; message: string }[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const w = items[i] as RecordWork;
      const id = w.entry?.id ?? "";
      // Publishers answer in entry order; look further only when this one does not.
      const inOrder = results[i];
      w.result = (inOrder?.id === id ? inOrder : results.find((r) => r.id === id)) ?? {
        id,
        ok: false,
        code: "MissingFromResponse",
        message: "the publisher reported nothing for this entry",
        senderFault: false,
      };
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
  if (first >= 0 && work.some((w) => w.record.eventSourceARN.endsWith(".fifo"))) {
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
}

function countOutcomes(work: readonly RecordWork[]): OutcomeCounts {
  const counts: OutcomeCounts = {
    success: 0,
    failure: 0,
    failuresByCode: new Map(),
    publishFailures: 0,
  };
  for (const w of work) {
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
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
