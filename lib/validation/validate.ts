import type { Validator } from "../../generated/validators.cjs";
import { SchemaValidationError } from "./errors";
import { toIssue, type ValidationIssue } from "./issues";

/** The result of `validate`: the typed value, or readable issues. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates with a precompiled validator and reports readable issues instead of throwing.
 *
 * @example
 * const r = validate(validateOrderMessage, JSON.parse(body));
 * if (r.ok) ship(r.value); else log(r.issues); // [{ pointer: "/currency", message: "…" }]
 */
export function validate<T>(validator: Validator<T>, data: unknown): ValidationResult<T> {
  if (validator(data)) return { ok: true, value: data };
  const issues = (validator.errors ?? []).map(toIssue);
  return {
    ok: false,
    issues: issues.length > 0 ? issues : [{ pointer: "", message: "is invalid" }],
  };
}

/**
 * Like `validate`, but throws a `SchemaValidationError` (with `issues`) when the data is invalid.
 *
 * @example const order = assertValid(validateOrderMessage, payload, "OrderMessage");
 */
export function assertValid<T>(validator: Validator<T>, data: unknown, subject: string): T {
  const result = validate(validator, data);
  if (!result.ok) throw new SchemaValidationError(subject, result.issues);
  return result.value;
}
