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

/** What happened to one record of the batch. */
export type RecordOutcome<R> =
  | { messageId: string; status: "done"; dedupeKey: string; result: R }
  | { messageId: string; status: "duplicate"; dedupeKey: string; firstMessageId: string }
  | { messageId: string; status: "confirmation-acknowledged" }
  | { messageId: string; status: "rejected"; rejection: Rejection };

/** The batch response for Lambda plus what happened to each record (for tests and summaries). */
export interface BatchResult<R> {
  response: SqsBatchResponse;
  records: RecordOutcome<R>[];
}

/**
 * Runs a consumer over one SQS batch: decodes every record, skips duplicates of an earlier record
 * (same dedupe key), acknowledges SNS confirmations, does the work, and names every record that
 * could not be used in `batchItemFailures` so that SQS redelivers it (and, after maxReceiveCount,
 * moves it to the DLQ): nothing is lost. A duplicate of a rejected record is rejected too.
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
  const seen = new Map<string, RecordOutcome<R>>();
  const records = batch.Records.map((record) => consumeRecord(record, steps, logger, seen));
  const failed = records.filter((r) => r.status === "rejected");
  logger.info(`${steps.consumer} batch processed`, {
    consumer: steps.consumer,
    records: records.length,
    done: records.filter((r) => r.status === "done").length,
    duplicates: records.filter((r) => r.status === "duplicate").length,
    confirmations: records.filter((r) => r.status === "confirmation-acknowledged").length,
    rejected: failed.length,
  });
  return {
    response: { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) },
    records,
  };
}

function consumeRecord<M, R>(
  record: SqsRecord,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
  seen: Map<string, RecordOutcome<R>>,
): RecordOutcome<R> {
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
  if (earlier) {
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
    logger.info(`${steps.consumer} skipped a duplicate`, {
      consumer: steps.consumer,
      messageId,
      dedupe_key: decoded.dedupeKey,
      first_message_id: earlier.messageId,
    });
    return {
      messageId,
      status: "duplicate",
      dedupeKey: decoded.dedupeKey,
      firstMessageId: earlier.messageId,
    };
  }

  let outcome: RecordOutcome<R>;
  try {
    const result = steps.work(decoded.message);
    logger.info(`${steps.consumer} handled a message`, {
      consumer: steps.consumer,
      messageId,
      dedupe_key: decoded.dedupeKey,
      ...steps.describe(result),
    });
    outcome = { messageId, status: "done", dedupeKey: decoded.dedupeKey, result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome = reject(
      messageId,
      { reason: "WORK_FAILED", message: `${steps.consumer} work failed: ${message}` },
      steps,
      logger,
    );
  }
  seen.set(decoded.dedupeKey, outcome);
  return outcome;
}

function reject<R>(
  messageId: string,
  rejection: Rejection,
  steps: ConsumerSteps<unknown, R>,
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
