export { type AttributeStrings, checkOutcomeAttributes } from "./attributes";
export {
  type BatchResult,
  type ConsumerSteps,
  consumeBatch,
  type RecordOutcome,
} from "./batch";
export {
  type Decoded,
  isJsonObject,
  isSnsConfirmation,
  MAX_CONSUMER_BODY_BYTES,
  parseJson,
  readRecordBody,
  validateAs,
} from "./decode";
export type { ConsumerLogger, LogFields } from "./logger";
export { REJECTION_HINT, type Rejection, type RejectionReason } from "./rejection";
export { decodeTopicMessage, type TopicMessageKinds } from "./topic-message";
