import type {
  FailureTopicMessage,
  JsonObject,
  JsonValue,
  LambdaErrorPayload,
  OrderFailureOutcome,
  OrderOutcome,
  OrderSuccessOutcome,
  SuccessTopicMessage,
} from "../../generated/types";

type TopicMessage = SuccessTopicMessage | FailureTopicMessage;

/** Anything shaped like a Lambda destination record: generic, or typed with our payloads. */
interface AnyDestinationRecord {
  requestContext: { condition: string };
}
type SuccessRecordOf<R> = Extract<R, { requestContext: { condition: "Success" } }>;

/**
 * True for the processor's own outcome message, false for a Lambda destination record.
 *
 * @example if (isOutcome(msg)) msg.outcome_id; else msg.requestContext.condition;
 */
export function isOutcome<M extends TopicMessage>(message: M): message is Extract<M, OrderOutcome> {
  return (message as { message_type?: unknown }).message_type === "order.outcome";
}

/** True for a Lambda destination record (the asynchronous path), false for an outcome. */
export function isDestinationRecord<M extends TopicMessage>(
  message: M,
): message is Exclude<M, OrderOutcome> {
  return !isOutcome(message);
}

/** Narrows an outcome to SUCCESS. */
export function isSuccessOutcome(outcome: OrderOutcome): outcome is OrderSuccessOutcome {
  return outcome.status === "SUCCESS";
}

/** Narrows an outcome to FAILURE. */
export function isFailureOutcome(outcome: OrderOutcome): outcome is OrderFailureOutcome {
  return outcome.status === "FAILURE";
}

/**
 * True for an OnSuccess record (`requestContext.condition` is "Success"). TypeScript cannot
 * narrow on a nested field, and a failure's condition is any other string, so this guard is how a
 * `LambdaDestinationRecord` (or a union of our typed records) becomes its success variant; in the
 * `else` branch it is the failure variant.
 *
 * @example
 * if (isSuccessDestinationRecord(record)) record.requestContext.condition; // "Success"
 * else record.requestContext.condition; // RetriesExhausted, EventAgeExceeded, …
 */
export function isSuccessDestinationRecord<R extends AnyDestinationRecord>(
  record: R,
): record is SuccessRecordOf<R> {
  return record.requestContext.condition === "Success";
}

/**
 * True for an OnFailure record: any condition but "Success". It narrows our typed records
 * (`OrderSuccessDestinationRecord | OrderFailureDestinationRecord` to the failure one). For the
 * generic `LambdaDestinationRecord`, whose success variant is structurally a failure variant too
 * ("Success" is a string), take the `else` branch of `isSuccessDestinationRecord` instead.
 */
export function isFailureDestinationRecord<R extends AnyDestinationRecord>(
  record: R,
): record is Exclude<R, SuccessRecordOf<R>> {
  return record.requestContext.condition !== "Success";
}

/**
 * True when a JSON value (a destination record's payload, say) is an object, not an array, a
 * string, a number, a boolean or null: only then may its fields be read or `in` be used on it.
 *
 * @example if (isJsonObject(record.requestPayload)) record.requestPayload.order_id; // JsonValue | undefined
 */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isString = (v: unknown) => typeof v === "string";
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const stringList = (v: unknown) => Array.isArray(v) && v.every(isString);

/**
 * The runtime's error object in a failure record's `responsePayload`, when it is one: an object
 * with a string `errorMessage` (and, when present, a string `errorType`, `requestId` and string
 * lists `stackTrace` / `trace`). Undefined for anything else a function may have returned
 * (a number, null, an array, an object of another shape), so reading `errorType` is always safe.
 *
 * @example errorPayloadOf(record.responsePayload)?.errorType // "OrderRejected.UNSUPPORTED_CURRENCY"
 */
export function errorPayloadOf(payload: JsonValue | undefined): LambdaErrorPayload | undefined {
  if (!isJsonObject(payload)) return undefined;
  const { errorMessage, errorType, requestId, stackTrace, trace } = payload;
  const valid =
    isString(errorMessage) &&
    optional(errorType, isString) &&
    optional(requestId, isString) &&
    optional(stackTrace, stringList) &&
    optional(trace, stringList);
  // Checked field by field above: the object is a LambdaErrorPayload (extra fields allowed).
  return valid ? (payload as unknown as LambdaErrorPayload) : undefined;
}
