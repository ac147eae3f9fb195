import {
  dedupeKeyOf,
  type ErrorCode,
  type FailureTopicMessage,
  isOutcome,
  type SuccessTopicMessage,
  validateOrderMessage,
} from "@order-events/contracts";

/** What this team tells a customer about an order, once per `dedupeKey`. */
export interface Notice {
  readonly orderId: string;
  readonly dedupeKey: string;
  readonly text: string;
}

/** Where notices go (an e-mail or push service in production; a list in tests). */
export type Send = (notice: Notice) => Promise<void>;

/** Why an order was refused, in the customer's words. */
const REASONS: Record<ErrorCode, string> = {
  INVALID_JSON: "it could not be read",
  BODY_TOO_LARGE: "it was too large",
  SCHEMA_VIOLATION: "it was incomplete",
  UNSUPPORTED_CURRENCY: "we do not accept its currency",
  DUPLICATE_SKU: "it lists one article twice",
  TOO_MANY_ITEMS: "it has too many lines",
  QUANTITY_LIMIT_EXCEEDED: "it asks for too many units",
  ORDER_TOTAL_LIMIT_EXCEEDED: "its total is above our limit",
  SUBMITTED_IN_FUTURE: "its date is in the future",
  INTERNAL_ERROR: "of a fault on our side; we are looking into it",
};

const isErrorCode = (code: string): code is ErrorCode => code in REASONS;

/** The notice for an accepted order: a SUCCESS outcome, or the OnSuccess record that carries one. */
export function acceptedNotice(message: SuccessTopicMessage): Notice {
  const outcome = isOutcome(message) ? message : message.responsePayload;
  const { order } = outcome;
  const total = (outcome.order_total_minor / 100).toFixed(2);
  return {
    orderId: order.order_id,
    dedupeKey: dedupeKeyOf(message),
    text: `Your order ${order.order_id} is confirmed: ${total} ${order.currency}.`,
  };
}

/**
 * The notice for a refused order: a FAILURE outcome, or the OnFailure record of an asynchronous
 * invocation (its error type is `OrderRejected.<CODE>`). Undefined when the message names no
 * order (a body that was not even JSON): there is no customer to tell.
 */
export function refusedNotice(message: FailureTopicMessage): Notice | undefined {
  let orderId: string | undefined;
  let code: string | undefined;
  if (isOutcome(message)) {
    orderId = message.order_id;
    code = message.error_code;
  } else {
    // The invocation's payload is any JSON (an invalid order lands here too): an order, or no one.
    const order = message.requestPayload;
    if (validateOrderMessage(order)) orderId = order.order_id;
    code = message.responsePayload?.errorType?.replace(/^OrderRejected\./, "");
  }
  if (orderId === undefined) return undefined;
  const reason = code !== undefined && isErrorCode(code) ? REASONS[code] : REASONS.INTERNAL_ERROR;
  return {
    orderId,
    dedupeKey: dedupeKeyOf(message),
    text: `Your order ${orderId} was not accepted because ${reason}.`,
  };
}
