import type { SqsBatchResponse, SqsEvent, SqsRecord } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { assertValid } from "../validation";
import type { Decoded } from "./decode";
import type { ConsumerLogger } from "./logger";
import { REJECTION_HINT, type Rejection } from "./rejection";

/** What a consumer does with each record: read it, then do its (pure) work on the message. */
export interface ConsumerSteps<M, R> {
  /** Name used in log lines, e.g. "fulfilment". */
  readonly consumer: string;
  decode(record: SqsRecord): Decoded<M>;
  work(message: M): R;
  /** Log fields that describe a result (ids a person would search for). */
  describe(result: R): Record<string, unknown>;
}

/**
 * Why a usable record was left for a later delivery: another invocation is working on the same
 * dedupe key right now, the idempotency store could not be read or written, or this invocation
 * had too little time left to start it.
 */
export type RetryReason = "IN_PROGRESS" | "IDEMPOTENCY_STORE_FAILED" | "DEADLINE_NEAR";

/** What happened to one record of the batch. */
export type RecordOutcome<R> =
  | { messageId: string; status: "done"; dedupeKey: string; result: R }
  | { messageId: string; status: "duplicate"; dedupeKey: string; firstMessageId: string }
  | { messageId: string; status: "confirmation-acknowledged" }
  | { messageId: string; status: "rejected"; rejection: Rejection }
  | { messageId: string; status: "retry"; dedupeKey: string; reason: RetryReason; message: string };

/** The batch response for Lambda plus what happened to each record (for tests and summaries). */
export interface BatchResult<R> {
  response: SqsBatchResponse;
  records: RecordOutcome<R>[];
}

/** A decoded record that is no duplicate within its batch: its work is still to do. */
export interface PendingWork<M> {
  messageId: string;
  status: "pending";
  dedupeKey: string;
  message: M;
}

/** Outcomes so far in this batch, by dedupe key (the first record of each key). */
export type SeenInBatch<R> = Map<string, RecordOutcome<R>>;

/**
 * Runs a consumer over one SQS batch: decodes every record, skips duplicates of an earlier record
 * (same dedupe key), acknowledges SNS confirmations, does the work, and names every record that
 * could not be used in `batchItemFailures` so that SQS redelivers it (and, after maxReceiveCount,
 * moves it to the DLQ): nothing is lost. A duplicate of a rejected record is rejected too.
 * Duplicates are recognised within this batch only; `consumeBatchOnce` also remembers earlier
 * invocations.
 *
 * Throws a SchemaValidationError when `event` is not an SQS event at all (Lambda then retries
 * the whole batch).
 *
 * @example
 * const { response } = consumeBatch(event, fulfilmentSteps, logger);
 * return response; // { batchItemFailures: [{ itemIdentifier: "…" }] }
 */
export function consumeBatch<M, R>(
  event: SqsEvent,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
): BatchResult<R> {
  const batch = assertValid(validateSqsEvent, event, `${steps.consumer} SQS event`);
  const seen: SeenInBatch<R> = new Map();
  const records = batch.Records.map((record) => {
    const prepared = prepareRecord(record, steps, logger, seen);
    if (prepared.status !== "pending") return prepared;
    const outcome = workAndLog(prepared, steps, logger);
    seen.set(prepared.dedupeKey, outcome);
    return outcome;
  });
  return finishBatch(records, steps, logger);
}

/**
 * Reads one record: the outcome of a confirmation, a rejection or a duplicate within the batch,
 * or the work still to do.
 */
export function prepareRecord<M, R>(
  record: SqsRecord,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
  seen: SeenInBatch<R>,
): RecordOutcome<R> | PendingWork<M> {
  const messageId = record.messageId;
  const decoded = steps.decode(record);
  if (decoded.kind === "confirmation") {
    const { Type, TopicArn, MessageId } = decoded.confirmation;
    logger.warn(`${steps.consumer} acknowledged an SNS ${Type} without acting on it`, {
      consumer: steps.consumer,
      messageId,
      sns_type: Type,
      topic_arn: TopicArn,
      sns_message_id: MessageId,
      hint: "subscriptions are confirmed by an operator (aws sns confirm-subscription), never by the consumer",
    });
    return { messageId, status: "confirmation-acknowledged" };
  }
  if (decoded.kind === "rejected") return reject(messageId, decoded.rejection, steps, logger);

  const earlier = seen.get(decoded.dedupeKey);
  if (!earlier) {
    return { messageId, status: "pending", dedupeKey: decoded.dedupeKey, message: decoded.message };
  }
  if (earlier.status === "rejected") {
    return reject(
      messageId,
      {
        reason: earlier.rejection.reason,
        message: `duplicate of record ${earlier.messageId}, which was rejected: ${earlier.rejection.message}`,
      },
      steps,
      logger,
    );
  }
  if (earlier.status === "retry") {
    return retry(
      messageId,
      decoded.dedupeKey,
      earlier.reason,
      `duplicate of record ${earlier.messageId}, which is left for a later delivery: ${earlier.message}`,
      steps,
      logger,
    );
  }
  // A copy of a copy the store already knew: name the message that did the work.
  if (earlier.status === "duplicate") {
    return skipDuplicate(
      messageId,
      decoded.dedupeKey,
      earlier.firstMessageId,
      "an earlier invocation",
      steps,
      logger,
    );
  }
  return skipDuplicate(
    messageId,
    decoded.dedupeKey,
    earlier.messageId,
    "this batch",
    steps,
    logger,
  );
}

/** Does the work of a pending record and logs its result; a throw becomes a WORK_FAILED rejection. */
function workAndLog<M, R>(
  pending: PendingWork<M>,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
): RecordOutcome<R> {
  try {
    return { ...doWork(pending, steps, logger), status: "done" };
  } catch (error) {
    return workFailed(pending.messageId, error, steps, logger);
  }
}

/** The work of a pending record, and its "handled a message" log line. Throws what the work throws. */
export function doWork<M, R>(
  pending: PendingWork<M>,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
): { messageId: string; status: "done"; dedupeKey: string; result: R } {
  const { messageId, dedupeKey } = pending;
  const result = steps.work(pending.message);
  logger.info(`${steps.consumer} handled a message`, {
    consumer: steps.consumer,
    messageId,
    dedupe_key: dedupeKey,
    ...steps.describe(result),
  });
  return { messageId, status: "done", dedupeKey, result };
}

/** Logs the batch's counts and builds the partial batch response from the record outcomes. */
export function finishBatch<R>(
  records: RecordOutcome<R>[],
  steps: Pick<ConsumerSteps<unknown, R>, "consumer">,
  logger: ConsumerLogger,
): BatchResult<R> {
  const failed = records.filter((r) => r.status === "rejected" || r.status === "retry");
  logger.info(`${steps.consumer} batch processed`, {
    consumer: steps.consumer,
    records: records.length,
    done: records.filter((r) => r.status === "done").length,
    duplicates: records.filter((r) => r.status === "duplicate").length,
    confirmations: records.filter((r) => r.status === "confirmation-acknowledged").length,
    rejected: records.filter((r) => r.status === "rejected").length,
    retried: records.filter((r) => r.status === "retry").length,
  });
  return {
    response: { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) },
    records,
  };
}

/** Logs a skipped duplicate; `firstSeenIn` says whether this batch or the idempotency store knew it. */
export function skipDuplicate<R>(
  messageId: string,
  dedupeKey: string,
  firstMessageId: string,
  firstSeenIn: "this batch" | "an earlier invocation",
  steps: Pick<ConsumerSteps<unknown, R>, "consumer">,
  logger: ConsumerLogger,
): RecordOutcome<R> {
  logger.info(`${steps.consumer} skipped a duplicate`, {
    consumer: steps.consumer,
    messageId,
    dedupe_key: dedupeKey,
    first_message_id: firstMessageId,
    first_seen_in: firstSeenIn,
  });
  return { messageId, status: "duplicate", dedupeKey, firstMessageId };
}

/** Logs a record left for a later delivery and returns its outcome (it is in batchItemFailures). */
export function retry<R>(
  messageId: string,
  dedupeKey: string,
  reason: RetryReason,
  message: string,
  steps: Pick<ConsumerSteps<unknown, R>, "consumer">,
  logger: ConsumerLogger,
): RecordOutcome<R> {
  const fields = {
    consumer: steps.consumer,
    messageId,
    dedupe_key: dedupeKey,
    reason,
    error: message,
    hint: RETRY_HINT[reason],
  };
  if (reason !== "IDEMPOTENCY_STORE_FAILED") {
    logger.warn(`${steps.consumer} left a record for later`, fields);
  } else logger.error(`${steps.consumer} left a record for later`, fields);
  return { messageId, status: "retry", dedupeKey, reason, message };
}

const RETRY_HINT: Readonly<Record<RetryReason, string>> = {
  IN_PROGRESS:
    "another invocation holds this dedupe key; the record was reported in batchItemFailures and SQS redelivers it after the visibility timeout, when the other invocation has finished (or its Lambda deadline has passed)",
  IDEMPOTENCY_STORE_FAILED:
    "the idempotency table could not be read or written (throttling, permissions, KMS, network); the record was reported in batchItemFailures and SQS redelivers it; check the consumer's DynamoDB errors",
  DEADLINE_NEAR:
    "the invocation was about to time out, so the record was not started; it was reported in batchItemFailures and SQS redelivers it; many of these mean the batch is too large for the function's timeout",
};

/** A WORK_FAILED rejection of a record whose work threw. */
export function workFailed<R>(
  messageId: string,
  error: unknown,
  steps: Pick<ConsumerSteps<unknown, R>, "consumer">,
  logger: ConsumerLogger,
): RecordOutcome<R> {
  const message = error instanceof Error ? error.message : String(error);
  return reject(
    messageId,
    { reason: "WORK_FAILED", message: `${steps.consumer} work failed: ${message}` },
    steps,
    logger,
  );
}

function reject<R>(
  messageId: string,
  rejection: Rejection,
  steps: Pick<ConsumerSteps<unknown, R>, "consumer">,
  logger: ConsumerLogger,
): RecordOutcome<R> {
  logger.error(`${steps.consumer} rejected a record`, {
    consumer: steps.consumer,
    messageId,
    reason: rejection.reason,
    error: rejection.message,
    ...(rejection.issues ? { issues: rejection.issues } : {}),
    hint: REJECTION_HINT,
  });
  return { messageId, status: "rejected", rejection };
}
