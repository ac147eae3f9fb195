import { join } from "node:path";

/** Where consumer tests write pacts and verification reads them (committed). */
export const PACT_DIR = join(__dirname, "pacts");

/** Pacticipant names: the same in pact files, in the broker and in verification. */
export const PACTICIPANTS = {
  orderProducer: "order-producer",
  processor: "processor",
  fulfilment: "fulfilment",
  failureAlerts: "failure-alerts",
} as const;

export type Pacticipant = (typeof PACTICIPANTS)[keyof typeof PACTICIPANTS];

/**
 * Interaction descriptions. Consumer tests name interactions with these and providers key their
 * message builders by them, so a renamed interaction fails verification instead of passing silently.
 */
export const MESSAGES = {
  successOutcome: "a SUCCESS outcome for an accepted order",
  successRecord: "an OnSuccess destination record for an order accepted asynchronously",
  invalidJsonFailure: "a FAILURE outcome for a body that is not JSON",
  schemaViolationFailure: "a FAILURE outcome for a body that is not a valid order",
  bodyTooLargeFailure: "a FAILURE outcome for a body over the size limit",
  unsupportedCurrencyFailure: "a FAILURE outcome for an order in an unaccepted currency",
  orderTotalFailure: "a FAILURE outcome for an order over the total limit",
  duplicateSkuFailure: "a FAILURE outcome for an order with the same SKU on two lines",
  internalErrorRecord:
    "an OnFailure destination record for an order the processor failed on unexpectedly",
  retriesExhaustedRecord: "an OnFailure destination record after every retry was rejected",
  eventAgeExceededRecord: "an OnFailure destination record for an event that expired",
  validOrder: "an order message",
  unsupportedCurrencyOrder: "an order message in an unaccepted currency",
  duplicateSkuOrder: "an order message with the same SKU on two lines",
} as const;

/** Provider states: what must be true at the provider for it to send the message. */
export const STATES = {
  orderAcceptedFromQueue: "an order in an accepted currency arrives on the orders queue",
  orderAcceptedAsync: "an order in an accepted currency is invoked asynchronously",
  notJsonOnQueue: "a message body that is not JSON arrives on the orders queue",
  notAnOrderOnQueue: "a JSON body that breaks the order schema arrives on the orders queue",
  oversizedOnQueue: "a body larger than MAX_BODY_BYTES arrives on the orders queue",
  unacceptedCurrencyOnQueue: "an order in an unaccepted currency arrives on the orders queue",
  overTotalOnQueue: "an order above MAX_ORDER_TOTAL_MINOR arrives on the orders queue",
  duplicateSkuOnQueue: "an order with the same SKU on two lines arrives on the orders queue",
  processorBrokenAsync:
    "the processor cannot read its accepted-currency configuration when invoked asynchronously with 2 retries",
  unacceptedCurrencyAsyncRetried:
    "an order in an unaccepted currency is invoked asynchronously with 2 retries",
  unacceptedCurrencyAsyncExpired:
    "an order in an unaccepted currency is invoked asynchronously and expires after its first attempt",
  validOrder: "a customer submits an order in an accepted currency",
  unacceptedCurrencyOrder: "a customer submits an order in an unaccepted currency",
  duplicateSkuOrder: "a customer submits an order with the same SKU on two lines",
} as const;
