import type { SqsRecord, ValidationIssue } from "../../generated/types";
import { validateSqsRecord } from "../../generated/validators/sqs-record.cjs";
import { validate } from "../../lib/validation";
import { MalformedSqsEventError } from "./errors";
import { receiveCountOf } from "./receive-count";

/**
 * What the SQS path needs of one record, read once. A record that breaks `aws/sqs-record.v1` is
 * still read field by field: only the fields the processor uses decide what becomes of it.
 */
export interface BatchRecord {
  /** Position in the event's `Records`. */
  readonly index: number;
  /** The SQS message id: what batchItemFailures names. Always a non-empty string. */
  readonly messageId: string;
  /** The body, or undefined when the record has no string body (then it is redelivered, never guessed). */
  readonly body: string | undefined;
  /**
   * The record's eventSourceARN (part of the outcome_id), or undefined when it has none or an empty
   * one (then it is redelivered, like a record without a body).
   */
  readonly queueArn: string | undefined;
  /** ApproximateReceiveCount, at least 1 (1 when absent or not digits; see `receiveCountOf`). */
  readonly receiveCount: number;
  /**
   * Where the record breaks `aws/sqs-record.v1` (or has an empty eventSourceARN, which the schema
   * allows and the processor cannot use), pointers from the event's root; empty when valid.
   */
  readonly issues: readonly ValidationIssue[];
}

/**
 * True for an event meant for the SQS path: an object with its own `Records` field. An order never
 * has one (the order schema allows no such field), so this alone tells the two paths apart; whether
 * the records are usable is for `readBatchRecords` to say.
 *
 * @example hasRecords(sqsEvent); // true
 * hasRecords(order); // false
 */
export function hasRecords(event: unknown): event is { readonly Records: unknown } {
  return typeof event === "object" && event !== null && Object.hasOwn(event, "Records");
}

/**
 * Validates the envelope, then each record on its own (`aws/sqs-record.v1`), so that one malformed
 * record does not fail its batch. Throws `MalformedSqsEventError` only when the batch cannot be
 * answered record by record: `Records` is not a non-empty array, or a record has no usable
 * `messageId` (a partial batch response can only name records by it).
 *
 * @example
 * const records = readBatchRecords(event); // [{ index: 0, messageId, body, queueArn, receiveCount: 1, issues: [] }]
 */
export function readBatchRecords(event: { readonly Records: unknown }): BatchRecord[] {
  const raw = event.Records;
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new MalformedSqsEventError([
      {
        pointer: "/Records",
        message: Array.isArray(raw)
          ? "is empty; an SQS event has at least one record"
          : "must be an array of SQS records",
      },
    ]);
  }
  const records: BatchRecord[] = new Array(raw.length);
  for (let index = 0; index < raw.length; index++) {
    records[index] = readBatchRecord(raw[index], index);
  }
  return records;
}

function readBatchRecord(raw: unknown, index: number): BatchRecord {
  if (validateSqsRecord(raw) && raw.eventSourceARN !== "") return validRecord(raw, index);
  const at = `/Records/${index}`;
  const found = validate(validateSqsRecord, raw);
  const issues = found.ok ? [] : found.issues.map((i) => ({ ...i, pointer: `${at}${i.pointer}` }));
  const fields = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const messageId = fields.messageId;
  if (typeof messageId !== "string" || messageId === "") {
    throw new MalformedSqsEventError([
      {
        pointer: `${at}/messageId`,
        message:
          typeof raw === "object" && raw !== null
            ? "must be a non-empty string; without it the record cannot be named for redelivery"
            : "is missing: the record is not an object",
      },
      ...issues.filter((i) => i.pointer !== `${at}/messageId`),
    ]);
  }
  // The schema lets it be empty, but an empty ARN names no queue: the outcome_id could not tell
  // queues apart, nor the FIFO rule a FIFO queue. So it is no ARN, whether the rest is valid or not.
  if (fields.eventSourceARN === "") {
    issues.push({ pointer: `${at}/eventSourceARN`, message: EMPTY_QUEUE_ARN });
  }
  const attributes = fields.attributes as { ApproximateReceiveCount?: unknown } | undefined;
  return {
    index,
    messageId,
    body: typeof fields.body === "string" ? fields.body : undefined,
    queueArn:
      typeof fields.eventSourceARN === "string" && fields.eventSourceARN !== ""
        ? fields.eventSourceARN
        : undefined,
    receiveCount:
      typeof attributes?.ApproximateReceiveCount === "string"
        ? receiveCountOf(attributes.ApproximateReceiveCount)
        : 1,
    issues,
  };
}

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);
const EMPTY_QUEUE_ARN =
  "must be a non-empty string: the queue's ARN is part of the outcome_id and tells a FIFO queue apart";

function validRecord(record: SqsRecord, index: number): BatchRecord {
  return {
    index,
    messageId: record.messageId,
    body: record.body,
    queueArn: record.eventSourceARN,
    receiveCount: receiveCountOf(record.attributes.ApproximateReceiveCount),
    issues: NO_ISSUES,
  };
}
