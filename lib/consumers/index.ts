export {
  type BatchResult,
  type ConsumerSteps,
  consumeBatch,
  type RecordOutcome,
  type RetryReason,
} from "./batch";
export { type Decoded, decodedFrom } from "./decode";
export {
  IDEMPOTENCY_CLIENT_TIMEOUTS,
  IDEMPOTENCY_EXPIRES_AFTER_SECONDS,
  IDEMPOTENCY_TABLE_NAME,
  IdempotencyConfigError,
  type IdempotencyEnvironment,
  idempotencyFromEnvironment,
  readIdempotencyEnvironment,
} from "./idempotency-environment";
export { consumeBatchOnce, type OnceResult, type OnceRunner } from "./idempotent-batch";
export { createConsumerHandler } from "./lambda-handler";
export type { ConsumerLogger, LogFields } from "./logger";
export {
  type IdempotencySettings,
  type InvocationDeadline,
  MIN_REMAINING_MS_TO_START,
  powertoolsOnce,
} from "./powertools-once";
export { REJECTION_HINT, type Rejection, type RejectionReason } from "./rejection";
