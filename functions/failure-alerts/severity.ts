import type { ErrorCode } from "../../generated/types";

/** How urgently a person should look. */
export type Severity = "critical" | "high" | "medium" | "low";

/** An error code, or UNCLASSIFIED for a failure that carries none (a crash, a time-out, an unknown error type). */
export type AlertErrorCode = ErrorCode | "UNCLASSIFIED";

/**
 * Severity by error code. Why: INTERNAL_ERROR and unclassified failures mean the processor itself
 * is broken (critical); a body that is not a valid order means a producer broke the contract
 * (high); limits that may signal fraud or a clock fault are medium; ordinary business rejections
 * are low.
 */
export const SEVERITY_BY_ERROR_CODE: Readonly<Record<AlertErrorCode, Severity>> = {
  INTERNAL_ERROR: "critical",
  UNCLASSIFIED: "critical",
  INVALID_JSON: "high",
  BODY_TOO_LARGE: "high",
  SCHEMA_VIOLATION: "high",
  ORDER_TOTAL_LIMIT_EXCEEDED: "medium",
  SUBMITTED_IN_FUTURE: "medium",
  UNSUPPORTED_CURRENCY: "low",
  DUPLICATE_SKU: "low",
  TOO_MANY_ITEMS: "low",
  QUANTITY_LIMIT_EXCEEDED: "low",
};

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The least severity of a destination record's condition: EventAgeExceeded means Lambda gave up
 * on events because they waited too long (throttling or a backlog), which is at least high.
 */
export function conditionFloor(condition: string): Severity {
  return condition === "RetriesExhausted" ? "low" : "high";
}

/** True when `value` is one of the outcome contract's error codes. */
export function isErrorCode(value: string): value is ErrorCode {
  return value !== "UNCLASSIFIED" && Object.hasOwn(SEVERITY_BY_ERROR_CODE, value);
}
