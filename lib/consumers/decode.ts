import type { SnsConfirmation } from "../../generated/types";
import type { Validator } from "../../generated/validators.cjs";
import { validateSnsConfirmation } from "../../generated/validators.cjs";
import { describeIssues, parseJsonBody, type ValidationIssue, validate } from "../validation";
import type { Rejection } from "./rejection";

/** Largest body a consumer parses: SQS's message size limit (1 MiB). */
export const MAX_CONSUMER_BODY_BYTES = 1_048_576;

/** The result of reading one record: a message, a record to acknowledge without work, or a rejection. */
export type Decoded<M> =
  | { kind: "message"; message: M; dedupeKey: string }
  | { kind: "confirmation"; confirmation: SnsConfirmation }
  | { kind: "rejected"; rejection: Rejection };

/** Parses JSON text safely, as a rejection when it is not usable JSON. */
export function parseJson(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; rejection: Rejection } {
  const parsed = parseJsonBody(text, { maxBytes: MAX_CONSUMER_BODY_BYTES });
  if (parsed.ok) return parsed;
  return { ok: false, rejection: { reason: parsed.code, message: `${what}: ${parsed.message}` } };
}

/**
 * Parses a record body; when it is no usable JSON or an SNS confirmation, `done` is what the
 * decoder returns for the record.
 *
 * @example
 * const read = readRecordBody(record.body, "fulfilment record body");
 * if (!read.ok) return read.done; // a rejection or a confirmation
 */
export function readRecordBody(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; done: Decoded<never> } {
  const parsed = parseJson(text, what);
  if (!parsed.ok) return { ok: false, done: { kind: "rejected", rejection: parsed.rejection } };
  if (isSnsConfirmation(parsed.value)) {
    return { ok: false, done: { kind: "confirmation", confirmation: parsed.value } };
  }
  return parsed;
}

/**
 * True for an SNS SubscriptionConfirmation / UnsubscribeConfirmation (a cross-account subscription
 * delivers one to the queue). Consumers log and acknowledge it; confirming is an operator's decision.
 */
export function isSnsConfirmation(value: unknown): value is SnsConfirmation {
  return validateSnsConfirmation(value);
}

/** Validates with a shared validator, as a SCHEMA_VIOLATION rejection naming `what` when invalid. */
export function validateAs<T>(
  validator: Validator<T>,
  value: unknown,
  what: string,
  prefix = "",
): { ok: true; value: T } | { ok: false; rejection: Rejection } {
  const result = validate(validator, value);
  if (result.ok) return result;
  const issues: ValidationIssue[] = result.issues.map((i) => ({
    pointer: `${prefix}${i.pointer}`,
    message: i.message,
  }));
  return {
    ok: false,
    rejection: {
      reason: "SCHEMA_VIOLATION",
      message: `${what} does not match its schema: ${describeIssues(issues)}`,
      issues,
    },
  };
}

/** True when `value` is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
