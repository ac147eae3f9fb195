import type { SnsConfirmation } from "../../generated/types";
import type { TopicRecordRead } from "../validation";
import type { Rejection } from "./rejection";

/** The result of reading one record: a message, a record to acknowledge without work, or a rejection. */
export type Decoded<M> =
  | { kind: "message"; message: M; dedupeKey: string }
  | { kind: "confirmation"; confirmation: SnsConfirmation }
  | { kind: "rejected"; rejection: Rejection };

/**
 * What the shipped topic readers (`readSuccessTopicRecord`, `readFailureTopicRecord`) return, as
 * the batch loop takes it: their error becomes a rejection with the same code, sentence and issues.
 *
 * @example decodedFrom(readSuccessTopicRecord(record, { delivery: "raw" })) // { kind: "message", message, dedupeKey: "outcome:5b7c…" }
 */
export function decodedFrom<M>(read: TopicRecordRead<M>): Decoded<M> {
  if (read.kind !== "rejected") return read;
  const { code, message, issues } = read.error;
  return {
    kind: "rejected",
    rejection: { reason: code, message, ...(issues.length > 0 ? { issues } : {}) },
  };
}
