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
  if (body === undefined || queueArn === undefined) {
    return decided(record, since, undefined, undefined, { unreadable: true });
  }
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
    if (outcome.status === "FAILURE" && outcome.retryable) {
      return decided(record, since, outcome, undefined);
    }
    // Batch entry ids only need to be unique per call; message ids may not fit SNS's id pattern.
    const entry: PublishEntry = {
      id: `r${record.index}`,
      message: serialized.message,
      attributes: serialized.attributes,
      bytes: serialized.bytes,
    };
    const { successTopicArn, failureTopicArn } = deps.config;
    const topicArn = outcome.status === "SUCCESS" ? successTopicArn : failureTopicArn;
    return decided(record, since, outcome, { entry, topicArn });
  } catch (error) {
    const internalError =
      error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return decided(record, since, undefined, undefined, { internalError });
  }
}

/** Every decision built here, so that all have one object shape. */
function decided(
  record: BatchRecord,
  since: number,
  outcome: OrderOutcome | undefined,
  publish: { entry: PublishEntry; topicArn: string } | undefined,
  problem: { unreadable?: true; internalError?: string } = {},
): RecordDecision {
  return {
    record,
    outcome,
    entry: publish?.entry,
    topicArn: publish?.topicArn,
    unreadable: problem.unreadable === true,
    internalError: problem.internalError,
    durationMs: performance.now() - since,
  };
}
