import type { OrderOutcome } from "../../generated/types";
import type { ProcessorConfig } from "./config";
import { prepareOutcome } from "./core";
import type { PublishEntry } from "./publisher";
import type { BatchRecord } from "./sqs-records";

/** What the SQS path decided for one record, before anything is published. */
export interface RecordDecision {
  readonly record: BatchRecord;
  /** The record's outcome; undefined when the record is `unreadable` or deciding threw. */
  readonly outcome: OrderOutcome | undefined;
  /**
   * The outcome's SNS entry and its topic; undefined when nothing is published for the record (no
   * outcome, or an INTERNAL_ERROR one: the record is retried instead).
   */
  readonly entry: PublishEntry | undefined;
  readonly topicArn: string | undefined;
  /** True when the record lacks what an outcome needs: a string body, a queue ARN. */
  readonly unreadable: boolean;
  /** What deciding threw (a bug), when it did. */
  readonly internalError: string | undefined;
  /** Time spent on this record, in milliseconds. */
  readonly durationMs: number;
}

/** What deciding needs: the configuration (rules, topics) and the clock (default `new Date()`). */
export interface DecideDeps {
  readonly config: ProcessorConfig;
  readonly now?: () => Date;
}

/**
 * Decides every record of a batch with the pure core (`prepareOutcome`): its outcome and the SNS
 * entry to publish, SUCCESS to the success topic and FAILURE to the failure topic. Never throws; a
 * record it cannot decide gets no entry, and is retried. Reads the clock once per record; each
 * record's time runs from the end of the one before (the first from `started`, a
 * `performance.now()` reading).
 *
 * @example
 * const decisions = decideRecords(readBatchRecords(event), { config }, performance.now());
 * decisions[0].entry?.message; // the outcome's JSON, ready for PublishBatch
 */
export function decideRecords(
  records: readonly BatchRecord[],
  deps: DecideDeps,
  started: number,
): RecordDecision[] {
  const decisions = new Array<RecordDecision>(records.length);
  let since = started;
  for (let i = 0; i < records.length; i++) {
    const decision = decideRecord(records[i] as BatchRecord, deps, since);
    since += decision.durationMs;
    decisions[i] = decision;
  }
  return decisions;
}

function decideRecord(record: BatchRecord, deps: DecideDeps, since: number): RecordDecision {
  const { body, queueArn } = record;
  if (body === undefined || queueArn === undefined) return nothingToPublish(record, since, true);
  try {
    const { outcome, serialized } = prepareOutcome(
      body,
      {
        messageId: record.messageId,
        source: { kind: "sqs", queue_arn: queueArn, receive_count: record.receiveCount },
        now: deps.now?.() ?? new Date(),
      },
      deps.config.rules,
    );
    const retryable = outcome.status === "FAILURE" && outcome.retryable;
    const { successTopicArn, failureTopicArn } = deps.config;
    // The same keys in the same order in every decision (one object shape).
    return {
      record,
      outcome,
      // Batch entry ids only need to be unique per call; message ids may not fit SNS's id pattern.
      entry: retryable
        ? undefined
        : {
            id: `r${record.index}`,
            message: serialized.message,
            attributes: serialized.attributes,
            bytes: serialized.bytes,
          },
      topicArn: retryable
        ? undefined
        : outcome.status === "SUCCESS"
          ? successTopicArn
          : failureTopicArn,
      unreadable: false,
      internalError: undefined,
      durationMs: performance.now() - since,
    };
  } catch (error) {
    const internalError =
      error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return nothingToPublish(record, since, false, internalError);
  }
}

/** A record without an outcome: it is unreadable, or deciding threw. */
function nothingToPublish(
  record: BatchRecord,
  since: number,
  unreadable: boolean,
  internalError?: string,
): RecordDecision {
  return {
    record,
    outcome: undefined,
    entry: undefined,
    topicArn: undefined,
    unreadable,
    internalError,
    durationMs: performance.now() - since,
  };
}
