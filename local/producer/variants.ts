import type { ErrorCode } from "../../generated/types";

/** Every kind of message the producer can make: one valid kind and one per way to fail. */
export const ORDER_VARIANTS = [
  "valid",
  "invalid-json",
  "body-too-large",
  "schema-violation",
  "unsupported-currency",
  "duplicate-sku",
  "too-many-items",
  "quantity-limit-exceeded",
  "order-total-limit-exceeded",
  "submitted-in-future",
] as const;

export type OrderVariant = (typeof ORDER_VARIANTS)[number];

/** What the processor must decide for each variant. */
export const EXPECTED_ERROR_CODE: Readonly<Record<Exclude<OrderVariant, "valid">, ErrorCode>> = {
  "invalid-json": "INVALID_JSON",
  "body-too-large": "BODY_TOO_LARGE",
  "schema-violation": "SCHEMA_VIOLATION",
  "unsupported-currency": "UNSUPPORTED_CURRENCY",
  "duplicate-sku": "DUPLICATE_SKU",
  "too-many-items": "TOO_MANY_ITEMS",
  "quantity-limit-exceeded": "QUANTITY_LIMIT_EXCEEDED",
  "order-total-limit-exceeded": "ORDER_TOTAL_LIMIT_EXCEEDED",
  "submitted-in-future": "SUBMITTED_IN_FUTURE",
};

/** The outcome a message should get: SUCCESS, or FAILURE with a given code. */
export type ExpectedOutcome = { status: "SUCCESS" } | { status: "FAILURE"; error_code: ErrorCode };

/** The expected outcome of a variant. */
export function expectedOutcomeOf(variant: OrderVariant): ExpectedOutcome {
  return variant === "valid"
    ? { status: "SUCCESS" }
    : { status: "FAILURE", error_code: EXPECTED_ERROR_CODE[variant] };
}
