import { describeIssues, type ValidationIssue } from "./issues";

/**
 * Thrown by `assertValid` when data does not match its schema. Carries the readable issues.
 *
 * @example
 * try { assertValid(validateOrderMessage, data, "OrderMessage") }
 * catch (e) { if (e instanceof SchemaValidationError) console.log(e.issues) }
 */
export class SchemaValidationError extends Error {
  override readonly name = "SchemaValidationError";
  constructor(
    /** What was validated, e.g. the schema title. */
    readonly subject: string,
    readonly issues: readonly ValidationIssue[],
    options?: { cause?: unknown },
  ) {
    super(`${subject} is invalid: ${describeIssues(issues)}`, options);
  }
}

/** Why a message body could not be turned into a value. */
export type BodyParseFailure = "BODY_TOO_LARGE" | "INVALID_JSON" | "FORBIDDEN_KEY";

/** Thrown by `parseJsonBodyOrThrow` when a body is too large, not JSON, or carries a prototype key. */
export class BodyParseError extends Error {
  override readonly name = "BodyParseError";
  constructor(
    readonly code: BodyParseFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
