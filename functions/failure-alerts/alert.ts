import type { FailureTopicMessage } from "../../generated/types";
import { isJsonObject, isOutcome } from "../../lib/validation";
import {
  type AlertErrorCode,
  conditionFloor,
  isErrorCode,
  maxSeverity,
  SEVERITY_BY_ERROR_CODE,
  type Severity,
} from "./severity";

/** The prefix of the processor's typed errors on the asynchronous path: OrderRejected.<ERROR_CODE>. */
export const ORDER_REJECTED_PREFIX = "OrderRejected.";

/** An alert for the on-call channel. */
export interface AlertRecord {
  /** outcome_id, or the destination record's requestId: the same failure always gets the same id. */
  alert_id: string;
  severity: Severity;
  error_code: AlertErrorCode;
  /** Readable reason (the outcome's error, or the error object's errorMessage). */
  summary: string;
  retryable: boolean;
  /** The failed input's id: SQS messageId, or the asynchronous invocation's request id. */
  input_id: string;
  failed_via: "sqs" | "async_invocation";
  occurred_at: string;
  order_id?: string;
  correlation_id?: string;
  /** Destination records only: RetriesExhausted, EventAgeExceeded, … */
  condition?: string;
  /** Destination records only: how many times Lambda ran the function. */
  attempts?: number;
  /** Destination records only: the runtime's errorType (OrderRejected.<CODE>, Error, …). */
  error_type?: string;
}

/**
 * Turns a failure-topic message (a FAILURE outcome, or an OnFailure destination record) into an
 * alert whose severity follows the error code. Pure.
 *
 * @example
 * toAlert(failureOutcome) // → { alert_id: outcome_id, severity: "low", error_code: "UNSUPPORTED_CURRENCY", … }
 */
export function toAlert(message: FailureTopicMessage): AlertRecord {
  if (isOutcome(message)) {
    return {
      alert_id: message.outcome_id,
      severity: SEVERITY_BY_ERROR_CODE[message.error_code],
      error_code: message.error_code,
      summary: message.error,
      retryable: message.retryable,
      input_id: message.message_id,
      failed_via: message.source.kind,
      occurred_at: message.processed_at,
      ...optional("order_id", message.order_id),
      ...optional("correlation_id", message.correlation_id),
    };
  }
  const { requestContext, responsePayload, requestPayload } = message;
  const errorType = responsePayload?.errorType;
  const code = errorCodeOf(errorType);
  const order = isJsonObject(requestPayload) ? requestPayload : {};
  return {
    alert_id: requestContext.requestId,
    severity: maxSeverity(SEVERITY_BY_ERROR_CODE[code], conditionFloor(requestContext.condition)),
    error_code: code,
    summary:
      responsePayload?.errorMessage ??
      `asynchronous invocation failed (${requestContext.condition}) with no error details`,
    retryable: code === "INTERNAL_ERROR" || code === "UNCLASSIFIED",
    input_id: requestContext.requestId,
    failed_via: "async_invocation",
    occurred_at: message.timestamp,
    condition: requestContext.condition,
    attempts: requestContext.approximateInvokeCount,
    ...optional("error_type", errorType),
    ...optional("order_id", stringOrUndefined(order.order_id)),
    ...optional("correlation_id", stringOrUndefined(order.correlation_id)),
  };
}

/** OrderRejected.<CODE> → CODE; anything else (a crash, Error, Runtime.ExitError) → UNCLASSIFIED. */
export function errorCodeOf(errorType: string | undefined): AlertErrorCode {
  if (!errorType?.startsWith(ORDER_REJECTED_PREFIX)) return "UNCLASSIFIED";
  const code = errorType.slice(ORDER_REJECTED_PREFIX.length);
  return isErrorCode(code) ? code : "UNCLASSIFIED";
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
