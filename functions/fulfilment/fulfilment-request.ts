import type { OrderSuccessOutcome, SuccessTopicMessage } from "../../generated/types";
import { isOutcome } from "../../lib/validation";

/** One line to pick and ship. Prices stay with billing; fulfilment needs what and how many. */
export interface FulfilmentLine {
  sku: string;
  quantity: number;
}

/** What the warehouse receives for an accepted order. */
export interface FulfilmentRequest {
  /** The accepted outcome's id: one fulfilment request per accepted order, however often delivered. */
  fulfilment_id: string;
  order_id: string;
  customer_id: string;
  currency: string;
  order_total_minor: number;
  lines: FulfilmentLine[];
  total_units: number;
  /** When the processor accepted the order. */
  accepted_at: string;
  /** Which path accepted it: the SQS batch path or an asynchronous invocation (destination record). */
  accepted_via: "sqs" | "async_invocation";
  correlation_id?: string;
}

/**
 * Turns an accepted order (the processor's SUCCESS outcome, or Lambda's OnSuccess record whose
 * responsePayload is that outcome) into a fulfilment request. Pure.
 *
 * @example
 * toFulfilmentRequest(successOutcome)
 * // → { fulfilment_id: outcome.outcome_id, order_id: "ORD-1001", lines: [{ sku: "SKU-RED-1", quantity: 2 }], … }
 */
export function toFulfilmentRequest(message: SuccessTopicMessage): FulfilmentRequest {
  const outcome: OrderSuccessOutcome = isOutcome(message) ? message : message.responsePayload;
  const { order } = outcome;
  const lines = order.line_items.map(({ sku, quantity }) => ({ sku, quantity }));
  return {
    fulfilment_id: outcome.outcome_id,
    order_id: order.order_id,
    customer_id: order.customer_id,
    currency: order.currency,
    order_total_minor: outcome.order_total_minor,
    lines,
    total_units: lines.reduce((sum, line) => sum + line.quantity, 0),
    accepted_at: outcome.processed_at,
    accepted_via: isOutcome(message) ? outcome.source.kind : "async_invocation",
    ...(order.correlation_id === undefined ? {} : { correlation_id: order.correlation_id }),
  };
}
