import type { ErrorCode, OrderFailureOutcome } from "../../generated/types";

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
