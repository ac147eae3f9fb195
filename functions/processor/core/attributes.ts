import type { OrderOutcome, OutcomeMessageAttributes } from "../../../generated/types";

/**
 * The SNS message attributes published with an outcome (schema `outcome/outcome-attributes.v1`):
 * `message_type`, `schema_version`, `status`, and `error_code` on a FAILURE. Subscription filter
 * policies match on these.
 *
 * @example outcomeAttributes(failure).error_code // → { DataType: "String", StringValue: "DUPLICATE_SKU" }
 */
export function outcomeAttributes(outcome: OrderOutcome): OutcomeMessageAttributes {
  const attributes: OutcomeMessageAttributes = {
    message_type: { DataType: "String", StringValue: "order.outcome" },
    schema_version: { DataType: "String", StringValue: "1" },
    status: { DataType: "String", StringValue: outcome.status },
  };
  if (outcome.status === "FAILURE") {
    attributes.error_code = { DataType: "String", StringValue: outcome.error_code };
  }
  return attributes;
}
