import type { SqsBatchResponse } from "../../generated/types";
import { defaultPublishTiming } from "./config";
import { publishBudgetMs, type RemainingTime, startDeadline } from "./deadline";
import type { OutcomePublisher } from "./publisher";
import { type DecideDeps, decideRecords } from "./sqs-decide";
import { publishOutcomes } from "./sqs-publish";
import { readBatchRecords } from "./sqs-records";
import { reportBatch } from "./sqs-report";
import { noMetrics, type ProcessorLogger, type ProcessorMetrics, silentLogger } from "./telemetry";

/** PublishBatch calls in flight at once unless `publishConcurrency` says otherwise. */
export const DEFAULT_PUBLISH_CONCURRENCY = 8;

/** What `processSqsBatch` works with. Only `config` and `publisher` are required. */
export interface SqsBatchDeps extends DecideDeps {
  readonly publisher: OutcomePublisher;
  readonly logger?: ProcessorLogger;
  readonly metrics?: ProcessorMetrics;
  /** Most PublishBatch calls in flight at once (default DEFAULT_PUBLISH_CONCURRENCY). */
  readonly publishConcurrency?: number;
}

/**
 * The SQS path, in three steps: decide an outcome for every record (`decideRecords`), publish them
 * (`publishOutcomes`: SUCCESS to the success topic, FAILURE to the failure topic, PublishBatch calls
 * in parallel), and answer with the partial batch response, logs and metrics (`reportBatch`).
 *
 * A record is in `batchItemFailures` exactly when its outcome was not confirmed as published (entry
 * failed, call threw, or SNS had not answered by the deadline), was retryable (INTERNAL_ERROR), or
 * the record has no usable body or queue ARN: SQS redelivers it and nothing else, and after
 * maxReceiveCount moves it to the DLQ. A record whose FAILURE outcome was published is done. On a
 * FIFO queue, every record after the first retried one is retried too, as Lambda requires.
 *
 * Records are validated one by one (`readBatchRecords`). Throws `MalformedSqsEventError` (the whole
 * batch fails) only when `Records` is not a non-empty array or a record has no message id. Never
 * throws for anything else a record does.
 *
 * With a `context` that tells the remaining time (Lambda's), publishing stops
 * `config.timing.deadlineMarginMs` before the Lambda timeout: calls still waiting are aborted, calls
 * not started are not made, and their records are named for redelivery, so the function always
 * returns its partial batch response instead of timing out. SNS may still deliver an aborted call:
 * its outcomes are then published twice (same outcome_id), never lost.
 *
 * @example
 * const config = readProcessorConfig(process.env);
 * const publisher = createSnsOutcomePublisher(createSnsClient(config.timing));
 * const response = await processSqsBatch(event, { config, publisher }, context);
 * response.batchItemFailures; // [{ itemIdentifier: "<messageId>" }] for records to redeliver
 */
export async function processSqsBatch(
  event: { readonly Records: unknown },
  deps: SqsBatchDeps,
  context?: RemainingTime,
): Promise<SqsBatchResponse> {
  const started = performance.now();
  const marginMs = (deps.config.timing ?? defaultPublishTiming).deadlineMarginMs;
  const deadline = startDeadline(publishBudgetMs(context, marginMs) ?? Number.POSITIVE_INFINITY);
  try {
    const decisions = decideRecords(readBatchRecords(event), deps, started);
    const published = await publishOutcomes(decisions, deps.publisher, {
      deadline,
      concurrency: deps.publishConcurrency ?? DEFAULT_PUBLISH_CONCURRENCY,
    });
    return reportBatch(decisions, published, {
      logger: deps.logger ?? silentLogger,
      metrics: deps.metrics ?? noMetrics,
      started,
      budgetMs: deadline.budgetMs,
      marginMs,
    });
  } finally {
    deadline.clear();
  }
}
