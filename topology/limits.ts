import { SNS_MAX_MESSAGE_BYTES, SQS_MAX_MESSAGE_BYTES } from "../lib/validation/aws-limits";
// AWS limits the topology and the stack configuration must respect, each with its source.

/** Lambda function timeout, seconds (Lambda quotas: 900 s maximum). */
export const FUNCTION_TIMEOUT = { min: 1, max: 900 } as const;

/** Lambda memory, MB (Lambda quotas: 128 MB to 10,240 MB). */
export const FUNCTION_MEMORY_MB = { min: 128, max: 10_240 } as const;

/** Total size of a function's environment variables, bytes (Lambda quotas: 4 KB). */
export const FUNCTION_ENVIRONMENT_BYTES = 4096;

/**
 * SQS event source mapping batch size, standard queue
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html).
 */
export const SQS_BATCH_SIZE = { min: 1, max: 10_000 } as const;

/** Batches above this size need a batching window of at least 1 s (same page). */
export const SQS_BATCH_SIZE_WITHOUT_WINDOW = 10;

/** MaximumBatchingWindowInSeconds, SQS (same page). */
export const SQS_BATCHING_WINDOW_SECONDS = { min: 0, max: 300 } as const;

/** ScalingConfig.MaximumConcurrency (Lambda API ScalingConfig: 2 to 1,000). */
export const SQS_MAXIMUM_CONCURRENCY = { min: 2, max: 1000 } as const;

/** RedrivePolicy maxReceiveCount (SQS API; 1 to 1,000). AWS recommends >= 5 behind Lambda. */
export const MAX_RECEIVE_COUNT = { min: 1, max: 1000 } as const;

/**
 * SQS MessageRetentionPeriod, seconds: 60 s to 14 days
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
 */
export const MESSAGE_RETENTION_SECONDS = { min: 60, max: 1_209_600 } as const;

/** SQS VisibilityTimeout, seconds: 0 to 12 hours (same page). */
export const VISIBILITY_TIMEOUT_SECONDS = { min: 0, max: 43_200 } as const;

/** SQS message size, bytes: up to 1 MiB (same page). */
export const SQS_MESSAGE_BYTES = { min: 1, max: SQS_MAX_MESSAGE_BYTES } as const;

/** SNS message size (default topic limit), bytes (lib/validation/aws-limits.ts). */
export const SNS_MESSAGE_BYTES = SNS_MAX_MESSAGE_BYTES;

/**
 * EventInvokeConfig MaximumRetryAttempts
 * (https://docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionEventInvokeConfig.html).
 */
export const ASYNC_RETRY_ATTEMPTS = { min: 0, max: 2 } as const;

/** EventInvokeConfig MaximumEventAgeInSeconds (same page). */
export const ASYNC_EVENT_AGE_SECONDS = { min: 60, max: 21_600 } as const;

/** CloudWatch Logs retention values the PutRetentionPolicy API accepts, days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;

/** KMS key deletion waiting period, days (KMS ScheduleKeyDeletion: 7 to 30). */
export const KMS_DELETION_WINDOW_DAYS = { min: 7, max: 30 } as const;

/** Lambda function names: at most 64 characters (Lambda API CreateFunction). */
export const FUNCTION_NAME_MAX_LENGTH = 64;

/**
 * The visibility timeout AWS recommends for a queue that triggers Lambda
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-lambda-function-trigger.html).
 *
 * @example minimumVisibilityTimeout(30, 5) // 185
 */
export function minimumVisibilityTimeout(
  functionTimeoutSeconds: number,
  batchingWindowSeconds: number,
): number {
  return 6 * functionTimeoutSeconds + batchingWindowSeconds;
}
