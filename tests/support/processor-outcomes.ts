import { defaultRulesConfig, processOrderBody } from "../../functions/processor/core";
import type { OrderMessage, OrderOutcome } from "../../generated/types";

/** A valid order, the input of the example outcomes. */
export const EXAMPLE_ORDER: OrderMessage = {
  order_id: "ORD-1001",
  customer_id: "CUST-42",
  currency: "EUR",
  line_items: [{ sku: "SKU-RED-1", quantity: 2, unit_price_minor: 1999 }],
  submitted_at: "2026-11-26T10:15:00.000Z",
};

/**
 * The outcome the processor's real core makes of an order body read from the orders queue, at a
 * fixed time: SUCCESS for a valid order, FAILURE with its error code otherwise.
 *
 * @example processorOutcome(JSON.stringify({ ...EXAMPLE_ORDER, currency: "JPY" })).error_code // "UNSUPPORTED_CURRENCY"
 */
export function processorOutcome(
  body: string,
  messageId = "059f36b4-87a3-44ab-83d2-661975830a7d",
): OrderOutcome {
  return processOrderBody(
    body,
    {
      messageId,
      source: {
        kind: "sqs",
        queue_arn: "arn:aws:sqs:us-east-2:123456789012:orders",
        receive_count: 1,
      },
      now: new Date("2026-11-26T10:15:01.000Z"),
    },
    defaultRulesConfig,
  );
}
