import type {
  ErrorCode,
  OrderFailureDestinationRecord,
  OrderFailureOutcome,
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
} from "../../generated/types";

/** The schema kind of each message a consumer of the processor's topics receives, and its type. */
export interface MessageTypes {
  "outcome-success": OrderSuccessOutcome;
  "outcome-failure": OrderFailureOutcome;
  "order-success-destination-record": OrderSuccessDestinationRecord;
  "order-failure-destination-record": OrderFailureDestinationRecord;
}

/**
 * One kind of message the processor sends to a topic, as a consumer's pact names it:
 * - `description` and `providerState`: what the interaction is called and what must be true at the
 *   processor for it to send the message; the processor's provider verification knows exactly these.
 * - `topic`: the topic that carries it; `schema`: the schema kind it follows.
 * - `exampleCase`: the case of `tests/schemas/cases/<schema>.cases.json` (in the contracts'
 *   repository) that gen embeds as its example, so the example is valid by construction.
 * - `pinned`: JSON pointers whose example value the pact requires exactly (what makes the kind),
 *   where the schema alone would accept any value of the type.
 */
export interface ProcessorMessageKind {
  readonly description: string;
  readonly providerState: string;
  readonly topic: "success" | "failure";
  readonly schema: keyof MessageTypes;
  readonly exampleCase: string;
  readonly pinned: readonly string[];
  /** For a FAILURE outcome, its error code. */
  readonly errorCode?: ErrorCode;
}

/** A FAILURE outcome of one error code (the literal strings stay in the type: they are API). */
const failureOutcome = <C extends ErrorCode, D extends string, S extends string, E extends string>(
  errorCode: C,
  description: D,
  providerState: S,
  exampleCase: E,
) =>
  ({
    description,
    providerState,
    topic: "failure",
    schema: "outcome-failure",
    exampleCase,
    pinned: ["/error_code"],
    errorCode,
  }) as const;

/**
 * Every message kind the processor publishes to its topics, one entry per interaction a consumer
 * can put in its pact: the SUCCESS outcome, a FAILURE outcome per error code the SQS path publishes
 * (INTERNAL_ERROR never is: such a record is left to SQS and its DLQ), and the destination records
 * of the asynchronous path. The descriptions and states are the contract's vocabulary: renaming one
 * breaks every pact that uses it, so the package's API gate treats a change as a major version.
 *
 * @example PROCESSOR_MESSAGES.unsupportedCurrencyFailure.providerState // "an order in an unaccepted currency arrives on the orders queue"
 */
export const PROCESSOR_MESSAGES = {
  successOutcome: {
    description: "a SUCCESS outcome for an accepted order",
    providerState: "an order in an accepted currency arrives on the orders queue",
    topic: "success",
    schema: "outcome-success",
    exampleCase: "an accepted order from SQS",
    pinned: [],
  },
  invalidJsonFailure: failureOutcome(
    "INVALID_JSON",
    "a FAILURE outcome for a body that is not JSON",
    "a message body that is not JSON arrives on the orders queue",
    "invalid JSON: no order_id, no details",
  ),
  bodyTooLargeFailure: {
    ...failureOutcome(
      "BODY_TOO_LARGE",
      "a FAILURE outcome for a body over the size limit",
      "a body larger than MAX_BODY_BYTES arrives on the orders queue",
      "an oversized body: echoed as length and digest",
    ),
    pinned: ["/error_code", "/body_truncated"],
  },
  schemaViolationFailure: failureOutcome(
    "SCHEMA_VIOLATION",
    "a FAILURE outcome for a body that is not a valid order",
    "a JSON body that breaks the order schema arrives on the orders queue",
    "a schema violation: the first issue found",
  ),
  unsupportedCurrencyFailure: failureOutcome(
    "UNSUPPORTED_CURRENCY",
    "a FAILURE outcome for an order in an unaccepted currency",
    "an order in an unaccepted currency arrives on the orders queue",
    "a rule rejection with details",
  ),
  duplicateSkuFailure: failureOutcome(
    "DUPLICATE_SKU",
    "a FAILURE outcome for an order with the same SKU on two lines",
    "an order with the same SKU on two lines arrives on the orders queue",
    "the same SKU on two lines",
  ),
  tooManyItemsFailure: failureOutcome(
    "TOO_MANY_ITEMS",
    "a FAILURE outcome for an order with more lines than allowed",
    "an order with more lines than MAX_LINE_ITEMS arrives on the orders queue",
    "more lines than allowed",
  ),
  quantityLimitFailure: failureOutcome(
    "QUANTITY_LIMIT_EXCEEDED",
    "a FAILURE outcome for an order with more units than allowed",
    "an order with more units than MAX_TOTAL_QUANTITY arrives on the orders queue",
    "more units than allowed",
  ),
  orderTotalFailure: failureOutcome(
    "ORDER_TOTAL_LIMIT_EXCEEDED",
    "a FAILURE outcome for an order over the total limit",
    "an order above MAX_ORDER_TOTAL_MINOR arrives on the orders queue",
    "an order total over the limit",
  ),
  submittedInFutureFailure: failureOutcome(
    "SUBMITTED_IN_FUTURE",
    "a FAILURE outcome for an order submitted in the future",
    "an order submitted later than the processing time plus CLOCK_SKEW_SECONDS arrives on the orders queue",
    "submitted in the future",
  ),
  successRecord: {
    description: "an OnSuccess destination record for an order accepted asynchronously",
    providerState: "an order in an accepted currency is invoked asynchronously",
    topic: "success",
    schema: "order-success-destination-record",
    exampleCase: "the processor's OnSuccess record",
    pinned: [],
  },
  retriesExhaustedRecord: {
    description: "an OnFailure destination record after every retry was rejected",
    providerState: "an order in an unaccepted currency is invoked asynchronously with 2 retries",
    topic: "failure",
    schema: "order-failure-destination-record",
    exampleCase: "RetriesExhausted after 3 attempts",
    pinned: ["/requestContext/condition", "/responsePayload/errorType"],
  },
  eventAgeExceededRecord: {
    description: "an OnFailure destination record for an event that expired",
    providerState:
      "an order in an unaccepted currency is invoked asynchronously and expires after its first attempt",
    topic: "failure",
    schema: "order-failure-destination-record",
    exampleCase: "EventAgeExceeded still carries the last error",
    pinned: ["/requestContext/condition", "/responsePayload/errorType"],
  },
  internalErrorRecord: {
    description:
      "an OnFailure destination record for an order the processor failed on unexpectedly",
    providerState:
      "the processor cannot read its accepted-currency configuration when invoked asynchronously with 2 retries",
    topic: "failure",
    schema: "order-failure-destination-record",
    exampleCase: "the processor failed unexpectedly: OrderRejected.INTERNAL_ERROR",
    pinned: ["/requestContext/condition", "/responsePayload/errorType"],
  },
} as const satisfies Record<string, ProcessorMessageKind>;

/** The name of a message kind in `PROCESSOR_MESSAGES` (`"successOutcome"`, …). */
export type ProcessorMessageName = keyof typeof PROCESSOR_MESSAGES;

/**
 * The schema cases gen embeds as the templates of the SQS records `deliveredRecord` builds: a
 * standard-queue record, and the SNS envelope of a queue subscribed without raw delivery.
 */
export const RECORD_TEMPLATE_CASES = {
  sqsRecord: {
    schema: "sqs-record",
    exampleCase: "a standard-queue record, no attributes (md5OfMessageAttributes null)",
  },
  snsNotification: {
    schema: "sns-notification",
    exampleCase: "a signed notification with attributes",
  },
} as const;

/** The processor's name as a Pact pacticipant: the provider of every message above. */
export const PROCESSOR_PACTICIPANT = "processor";
