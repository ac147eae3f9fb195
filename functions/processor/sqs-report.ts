import type { SqsBatchResponse } from "../../generated/types";
import { describeIssues } from "../../lib/validation";
import type { PublishEntryResult } from "./publisher";
import type { RecordDecision } from "./sqs-decide";
import type { PublishedOutcomes } from "./sqs-publish";
import type { ProcessorLogger, ProcessorMetrics } from "./telemetry";

/** Where the report goes, and the facts of the invocation it states. */
export interface BatchReportContext {
  readonly logger: ProcessorLogger;
  readonly metrics: ProcessorMetrics;
  /** When the batch started (a `performance.now()` reading). */
  readonly started: number;
  /** The publish deadline's budget and margin, in milliseconds. */
  readonly budgetMs: number;
  readonly marginMs: number;
}

/**
 * The batch's answer and what it says about it: the partial batch response, one log line per record
 * (never the body), warnings for malformed records and unpublished outcomes, a summary line and the
 * batch's metrics.
 *
 * A record is named in `batchItemFailures` exactly when its outcome was not confirmed as published:
 * its entry failed or was never confirmed, it had none (INTERNAL_ERROR, an unreadable record). On a
 * FIFO queue every record after the first of them is named too, as Lambda requires. Each message
 * id once, in record order.
 *
 * @example
 * return reportBatch(decisions, await publishOutcomes(decisions, publisher, options), context);
 */
export function reportBatch(
  decisions: readonly RecordDecision[],
  published: PublishedOutcomes,
  context: BatchReportContext,
): SqsBatchResponse {
  const { logger, metrics } = context;
  const { results } = published;
  const retried = retriedRecords(decisions, results);
  const batchItemFailures = [
    ...new Set(decisions.filter((d) => retried[d.record.index]).map((d) => d.record.messageId)),
  ].map((itemIdentifier) => ({ itemIdentifier }));

  logMalformedRecords(decisions, logger);
  logUnpublished(published, logger);
  const debug = logger.isDebugEnabled?.() ?? true;
  for (const d of decisions) {
    logRecord(d, results[d.record.index], retried[d.record.index] === true, logger, debug);
  }
  const counts = countOutcomes(decisions, results);
  countBatch(decisions.length, counts, batchItemFailures.length, metrics);
  if (published.unconfirmed > 0) {
    metrics.count("PublishDeadlineExceeded", published.unconfirmed);
    logger.warn("publish deadline passed; unconfirmed outcomes' records will be redelivered", {
      budget_ms: context.budgetMs,
      margin_ms: context.marginMs,
      unconfirmed: published.unconfirmed,
    });
  }
  logger.info("batch processed", {
    records: decisions.length,
    success: counts.success,
    failure: counts.failure,
    publish_failures: counts.publishFailures,
    malformed_records: counts.malformed,
    unconfirmed_at_deadline: published.unconfirmed,
    retried: batchItemFailures.length,
    duration_ms: round(performance.now() - context.started),
  });
  return { batchItemFailures };
}

/** By record index: true for a record SQS must redeliver, FIFO rule included. */
function retriedRecords(
  decisions: readonly RecordDecision[],
  results: PublishedOutcomes["results"],
): boolean[] {
  const retried = new Array<boolean>(decisions.length).fill(false);
  let first = -1;
  for (const { record } of decisions) {
    if (results[record.index]?.ok === true) continue;
    retried[record.index] = true;
    if (first < 0) first = record.index;
  }
  if (first >= 0 && decisions.some((d) => d.record.queueArn?.endsWith(".fifo"))) {
    retried.fill(true, first);
  }
  return retried;
}

/** One WARN line for the records that break the SQS record schema (up to 10 named), never bodies. */
function logMalformedRecords(decisions: readonly RecordDecision[], logger: ProcessorLogger): void {
  let malformed: { message_id: string; processed: boolean; issues: string }[] | undefined;
  let count = 0;
  for (const d of decisions) {
    if (d.record.issues.length === 0) continue;
    count++;
    malformed ??= [];
    if (malformed.length < 10) {
      malformed.push({
        message_id: d.record.messageId,
        processed: !d.unreadable,
        issues: describeIssues(d.record.issues),
      });
    }
  }
  if (!malformed) return;
  logger.warn("records break the SQS record schema (aws/sqs-record.v1); each is handled alone", {
    malformed: count,
    records: malformed,
  });
}

/** One WARN line per call with entries not published, naming their records (up to 10) and why. */
function logUnpublished(published: PublishedOutcomes, logger: ProcessorLogger): void {
  for (const { topicArn, records } of published.calls) {
    let failed: { message_id: string; code: string; message: string }[] | undefined;
    for (const d of records) {
      const result = published.results[d.record.index];
      if (!result || result.ok) continue;
      failed ??= [];
      failed.push({ message_id: d.record.messageId, code: result.code, message: result.message });
    }
    if (!failed) continue;
    logger.warn("outcomes not published; their records will be redelivered", {
      topic_arn: topicArn,
      entries: records.length,
      failed: failed.length,
      errors: failed.slice(0, 10),
    });
  }
}

/**
 * One line per record, never the body. A published outcome, SUCCESS or FAILURE, is routine: DEBUG,
 * and its attributes are not even built unless DEBUG is on (the outcome on its topic is the record
 * of it, and the batch line and the metrics count it by error code; at INFO these lines were about
 * half of the handler's log and metric CPU, docs/benchmarks.md). A record SQS will redeliver is
 * INFO; a record that failed internally is ERROR.
 */
function logRecord(
  d: RecordDecision,
  result: PublishEntryResult | undefined,
  retried: boolean,
  logger: ProcessorLogger,
  debugEnabled: boolean,
): void {
  const outcome = d.outcome;
  if (!outcome && d.unreadable) {
    logger.error("record has no usable body or eventSourceARN; it will be redelivered", {
      message_id: d.record.messageId,
      error: describeIssues(d.record.issues),
    });
    return;
  }
  if (!outcome) {
    logger.error("record could not be processed; it will be redelivered", {
      message_id: d.record.messageId,
      error: d.internalError,
      duration_ms: round(d.durationMs),
    });
    return;
  }
  const published = result?.ok === true;
  const routine = published && !retried;
  if (routine && !debugEnabled) return;
  const attributes = {
    message_id: d.record.messageId,
    outcome_id: outcome.outcome_id,
    order_id: outcome.order_id,
    status: outcome.status,
    error_code: outcome.status === "FAILURE" ? outcome.error_code : undefined,
    published,
    retried,
    duration_ms: round(d.durationMs),
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

function countOutcomes(
  decisions: readonly RecordDecision[],
  results: PublishedOutcomes["results"],
): OutcomeCounts {
  const counts: OutcomeCounts = {
    success: 0,
    failure: 0,
    failuresByCode: new Map(),
    publishFailures: 0,
    malformed: 0,
  };
  for (const d of decisions) {
    if (d.record.issues.length > 0) counts.malformed++;
    const outcome = d.outcome;
    if (outcome?.status === "SUCCESS") counts.success++;
    if (outcome?.status === "FAILURE") {
      counts.failure++;
      const code = outcome.error_code;
      counts.failuresByCode.set(code, (counts.failuresByCode.get(code) ?? 0) + 1);
    }
    const result = results[d.record.index];
    if (result && !result.ok) counts.publishFailures++;
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
