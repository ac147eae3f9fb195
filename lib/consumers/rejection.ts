import type { TopicRecordErrorCode, ValidationIssue } from "../validation";

/**
 * Why a consumer could not use a record: the topic reader's error code, or its work threw.
 * Every rejected record is reported for redelivery.
 */
export type RejectionReason = TopicRecordErrorCode | "WORK_FAILED";

/** A record the consumer could not use, with a reason a person can act on. */
export interface Rejection {
  readonly reason: RejectionReason;
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
}

/** What happens to a rejected record, said once so every log line carries it. */
export const REJECTION_HINT =
  "the record was reported in batchItemFailures: SQS redelivers it and moves it to the queue's DLQ after maxReceiveCount; fix the producer or the subscription, then redrive the DLQ";
