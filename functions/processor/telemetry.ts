/**
 * The logging the processor needs: structured lines with a message and flat attributes. Powertools'
 * `Logger` fits as it is; tests pass a fake that keeps what it logged.
 */
export interface ProcessorLogger {
  debug(message: string, attributes?: Record<string, unknown>): void;
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
  /**
   * False when DEBUG lines are dropped, so the per-record DEBUG line is not even built (one per
   * SUCCESS). Absent means enabled.
   */
  isDebugEnabled?(): boolean;
}

/** Every metric the processor emits (all counts). */
export type ProcessorMetricName =
  /** Records in one SQS batch. */
  | "BatchSize"
  /** SUCCESS outcomes decided (SQS path). */
  | "SuccessOutcomes"
  /** FAILURE outcomes decided (SQS path); also counted per `error_code`. */
  | "FailureOutcomes"
  /** Outcomes SNS did not take (entries failed or calls thrown). */
  | "PublishFailures"
  /** Records named in batchItemFailures, for SQS to redeliver. */
  | "RetriedRecords"
  /** Orders accepted on the asynchronous path. */
  | "AsyncAccepted"
  /** Orders rejected on the asynchronous path; also counted per `error_code`. */
  | "AsyncRejected"
  /** Events with `Records` that are not valid SQS events: the whole batch fails (never a rejection). */
  | "MalformedSqsEvents"
  /** Records that break the SQS record schema: processed when their body is usable, else redelivered. */
  | "MalformedSqsRecords"
  /** Records whose outcome SNS had not confirmed when the invocation's publish deadline passed. */
  | "PublishDeadlineExceeded";

/**
 * Counting metrics: Powertools' EMF in Lambda (`powertoolsMetrics`), fakes in tests. `dimensions`
 * breaks a count down (by `error_code`); how it is emitted is the implementation's choice.
 */
export interface ProcessorMetrics {
  count(name: ProcessorMetricName, value: number, dimensions?: Record<string, string>): void;
}

/** A logger that drops everything (the default when none is given). */
export const silentLogger: ProcessorLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Metrics that go nowhere (the default when none are given). */
export const noMetrics: ProcessorMetrics = { count() {} };
