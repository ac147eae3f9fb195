import type { ErrorCode, OrderFailureOutcome, ValidationIssue } from "../../generated/types";
import { describeIssues } from "../../lib/validation";

/** The `name` of an `OrderRejectedError`: what Lambda reports as the failure record's errorType. */
export type OrderRejectedErrorName = `OrderRejected.${ErrorCode}`;

/**
 * Thrown by the asynchronous path when an order is rejected. Lambda turns `name`
 * (`OrderRejected.<ERROR_CODE>`) and `message` into the OnFailure destination record's
 * `responsePayload.errorType` and `errorMessage`; the full FAILURE outcome stays on `outcome`.
 *
 * @example
 * try { processAsyncInvocation(payload, input, rules) }
 * catch (e) { if (e instanceof OrderRejectedError) e.name; } // "OrderRejected.DUPLICATE_SKU"
 */
export class OrderRejectedError extends Error {
  override readonly name: OrderRejectedErrorName;
  readonly code: ErrorCode;
  /** True only for INTERNAL_ERROR: sending the same payload again may succeed. */
  readonly retryable: boolean;
  readonly outcome: OrderFailureOutcome;

  constructor(outcome: OrderFailureOutcome, options?: { cause?: unknown }) {
    super(outcome.error, options);
    this.name = `OrderRejected.${outcome.error_code}`;
    this.code = outcome.error_code;
    this.retryable = outcome.retryable;
    this.outcome = outcome;
  }
}

/**
 * Thrown at start-up when an environment variable is missing or malformed. Names every variable at
 * fault, so the cold start fails with a message that says what to fix.
 *
 * @example new ProcessorConfigError([{ variable: "SUCCESS_TOPIC_ARN", problem: "is not set; …" }])
 */
export class ProcessorConfigError extends Error {
  override readonly name = "ProcessorConfigError";
  /** The variables at fault, in the order they were checked. */
  readonly variables: readonly string[];

  constructor(problems: readonly { variable: string; problem: string }[]) {
    super(
      `invalid processor configuration: ${problems.map((p) => `${p.variable} ${p.problem}`).join("; ")}`,
    );
    this.variables = problems.map((p) => p.variable);
  }
}

/**
 * Thrown by the SQS path when an event cannot be answered record by record: `Records` is not a
 * non-empty array, or a record has no usable `messageId`, so a partial batch response could not
 * name it. The whole batch then fails and SQS redelivers every record of it (after maxReceiveCount,
 * to the DLQ). Any other malformed record is handled on its own and never fails its batch.
 *
 * @example new MalformedSqsEventError([{ pointer: "/Records/3/messageId", message: "must be a non-empty string" }])
 */
export class MalformedSqsEventError extends Error {
  override readonly name = "MalformedSqsEvent";
  /** What is wrong, as JSON pointers from the event's root. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`not a usable SQS event: ${describeIssues(issues)}`);
    this.issues = issues;
  }
}
