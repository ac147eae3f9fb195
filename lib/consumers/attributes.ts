import type { Rejection } from "./rejection";

/** An attribute value reduced to its string, whatever delivery spelled it (SQS or SNS envelope). */
export type AttributeStrings = Record<string, string>;

/**
 * Checks that the outcome attributes a record carries (when it carries any) agree with its body:
 * subscription filter policies route on attributes, so a disagreement means a producer bug.
 * Destination records carry no attributes and always pass.
 *
 * @example
 * checkOutcomeAttributes({ status: "FAILURE" }, { status: "SUCCESS", message_type: "order.outcome" })
 * // → { reason: "ATTRIBUTE_MISMATCH", message: "message attribute status is \"FAILURE\" but the body says \"SUCCESS\"" }
 */
export function checkOutcomeAttributes(
  attributes: AttributeStrings,
  body: Record<string, unknown>,
): Rejection | undefined {
  for (const name of ["message_type", "schema_version", "status", "error_code"] as const) {
    const attribute = attributes[name];
    if (attribute === undefined) continue;
    const bodyValue = body[name];
    if (attribute !== bodyValue) {
      return {
        reason: "ATTRIBUTE_MISMATCH",
        message: `message attribute ${name} is ${JSON.stringify(attribute)} but the body says ${JSON.stringify(bodyValue)}; the publisher must derive attributes from the outcome (outcomeAttributes)`,
      };
    }
  }
  return undefined;
}
