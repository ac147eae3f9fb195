import type { SqsEvent } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { assertValid } from "../validation";
import {
  type BatchResult,
  type ConsumerSteps,
  doWork,
  finishBatch,
  type PendingWork,
  prepareRecord,
  type RecordOutcome,
  retry,
  type SeenInBatch,
  skipDuplicate,
  workFailed,
} from "./batch";
import type { ConsumerLogger } from "./logger";

/** What a OnceRunner did with one dedupe key. */
export type OnceResult<T> =
  /** The work ran now, and its result is recorded. */
  | { kind: "done"; result: T }
  /** The work had completed before (an earlier invocation): its recorded result, not run again. */
  | { kind: "replayed"; result: T; firstMessageId: string }
  /** Another invocation holds the key and has not finished: try again later. */
  | { kind: "in-progress"; message: string }
  /** The store could not be read or written: try again later (the work may or may not have run). */
  | { kind: "store-failed"; message: string }
  /** Too little time left in this invocation to claim the key and finish: not started. */
  | { kind: "deadline-near"; message: string };

/**
 * Runs a piece of work at most once per dedupe key across invocations, as far as its store
 * allows: `run` throws what the work throws (the key is then released for a retry).
 * `powertoolsOnce` is the implementation on Powertools' idempotency utility.
 */
export interface OnceRunner {
  run<T>(
    key: { dedupeKey: string; messageId: string },
    work: () => T | Promise<T>,
  ): Promise<OnceResult<T>>;
}

/**
 * `consumeBatch` with duplicates recognised across invocations: each record's work and its
 * "handled a message" line run through `once`, keyed on the record's dedupe key. A record whose
 * work completed in an earlier invocation is skipped as a duplicate; one that another invocation
 * holds, or whose key the store could not record, is reported in `batchItemFailures` so SQS
 * redelivers it. Records run one after the other, so duplicates within the batch are skipped
 * without a store call.
 *
 * Throws a SchemaValidationError when `event` is not an SQS event at all.
 *
 * @example
 * const { response } = await consumeBatchOnce(event, fulfilmentSteps, logger, powertoolsOnce(store, context));
 */
export async function consumeBatchOnce<M, R>(
  event: SqsEvent,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
  once: OnceRunner,
): Promise<BatchResult<R>> {
  const batch = assertValid(validateSqsEvent, event, `${steps.consumer} SQS event`);
  const seen: SeenInBatch<R> = new Map();
  const records: RecordOutcome<R>[] = [];
  for (const record of batch.Records) {
    const prepared = prepareRecord(record, steps, logger, seen);
    if (prepared.status !== "pending") {
      records.push(prepared);
      continue;
    }
    const outcome = await workOnce(prepared, steps, logger, once);
    seen.set(prepared.dedupeKey, outcome);
    records.push(outcome);
  }
  return finishBatch(records, steps, logger);
}

async function workOnce<M, R>(
  pending: PendingWork<M>,
  steps: ConsumerSteps<M, R>,
  logger: ConsumerLogger,
  once: OnceRunner,
): Promise<RecordOutcome<R>> {
  const { messageId, dedupeKey } = pending;
  let ran: OnceResult<R>;
  try {
    ran = await once.run({ dedupeKey, messageId }, () => doWork(pending, steps, logger).result);
  } catch (error) {
    return workFailed(messageId, error, steps, logger);
  }
  switch (ran.kind) {
    case "done":
      return { messageId, status: "done", dedupeKey, result: ran.result };
    case "replayed":
      return skipDuplicate(
        messageId,
        dedupeKey,
        ran.firstMessageId,
        "an earlier invocation",
        steps,
        logger,
      );
    case "in-progress":
      return retry(messageId, dedupeKey, "IN_PROGRESS", ran.message, steps, logger);
    case "store-failed":
      return retry(messageId, dedupeKey, "IDEMPOTENCY_STORE_FAILED", ran.message, steps, logger);
    case "deadline-near":
      return retry(messageId, dedupeKey, "DEADLINE_NEAR", ran.message, steps, logger);
  }
}
