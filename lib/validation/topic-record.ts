import type {
  FailureTopicMessage,
  OrderFailureDestinationRecord,
  OrderFailureOutcome,
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
  OutcomeMessageAttributesRawDelivery,
  OutcomeMessageAttributesSnsEnvelope,
  SnsConfirmation,
  SnsNotification,
  SuccessTopicMessage,
} from "../../generated/types";
import {
  type Validator,
  validateOrderFailureDestinationRecord,
  validateOrderFailureOutcome,
  validateOrderSuccessDestinationRecord,
  validateOrderSuccessOutcome,
  validateOutcomeMessageAttributesRawDelivery,
  validateOutcomeMessageAttributesSnsEnvelope,
  validateSnsConfirmation,
  validateSnsNotification,
} from "../../generated/validators.cjs";
import { SQS_MAX_MESSAGE_BYTES } from "./aws-limits";
import {
  attributeMismatch,
  attributeValues,
  type DeliveredOutcomeAttributes,
} from "./delivered-attributes";
import type { BodyParseFailure } from "./errors";
import { describeIssues, type ValidationIssue } from "./issues";
import { parseJsonBody } from "./parse-body";
import { validate } from "./validate";

/**
 * How SNS delivered a message to the queue: `"raw"` (RawMessageDelivery=true: the body is the
 * message, the attributes are the SQS record's `messageAttributes`) or `"sns-envelope"` (the body
 * is SNS's JSON envelope, the message is its `Message` text, the attributes its `MessageAttributes`).
 */
export type Delivery = "raw" | "sns-envelope";

/** Options of `readSuccessTopicRecord` / `readFailureTopicRecord`. */
export interface ReadTopicRecordOptions<D extends Delivery | "detect" = Delivery | "detect"> {
  /**
   * The subscription's delivery, when the caller knows it (a record in the other form is then a
   * `WRONG_DELIVERY_MODE` error, and the result is typed for that form), or `"detect"` (the
   * default): an envelope is recognised by its `Type` "Notification".
   */
  readonly delivery?: D;
  /** Largest body read, in UTF-8 bytes. Default `DEFAULT_MAX_RECORD_BODY_BYTES`. */
  readonly maxBodyBytes?: number;
}

/** The delivery a result can have when `D` was declared: that one, or either when detected. */
export type DeliveryOf<D extends Delivery | "detect"> = D extends Delivery ? D : Delivery;

/** Largest record body read by default: SQS's message size limit (1 MiB). */
export const DEFAULT_MAX_RECORD_BODY_BYTES = SQS_MAX_MESSAGE_BYTES;

/**
 * What the readers need of an SQS record: `@types/aws-lambda`'s `SQSRecord`, this package's
 * `SqsRecord` and Powertools' parsed record all fit.
 */
export interface SqsRecordInput {
  readonly body: string;
  readonly messageAttributes?: Readonly<Record<string, unknown>>;
}

/** Why a record could not be read (`TopicRecordError.code`). */
export type TopicRecordErrorCode =
  | "INVALID_RECORD"
  | BodyParseFailure
  | "WRONG_DELIVERY_MODE"
  | "WRONG_TOPIC"
  | "SCHEMA_VIOLATION"
  | "INVALID_ATTRIBUTES"
  | "ATTRIBUTE_MISMATCH";

/**
 * A record that holds no usable message of the topic, with what is wrong: a code, a sentence
 * that says what to do, and the issues as JSON pointers into the parsed record body (`where`
 * "body"; `/Message/…` points inside the envelope's `Message`, parsed) or into the SQS record
 * (`where` "record": raw-delivery attributes, `/messageAttributes/…`).
 *
 * @example
 * const read = readFailureTopicRecord(record);
 * if (read.kind === "rejected") console.error(read.error.code, read.error.issues); // "SCHEMA_VIOLATION", [{ pointer: "/Message/error_code", … }]
 */
export class TopicRecordError extends Error {
  override readonly name = "TopicRecordError";
  constructor(
    readonly code: TopicRecordErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    readonly where: "body" | "record" = "body",
  ) {
    super(message);
  }
}

/** A message read from a record: validated, narrowed to the topic's union, with its dedupe key. */
interface MessageRead<M> {
  readonly kind: "message";
  readonly message: M;
  /** `outcome:<outcome_id>` for an outcome, `request:<requestContext.requestId>` for a destination record. */
  readonly dedupeKey: string;
}

/** What a message read in each delivery form carries besides the message. */
interface DeliveredAs {
  raw: { readonly attributes: OutcomeMessageAttributesRawDelivery | undefined };
  "sns-envelope": {
    readonly attributes: OutcomeMessageAttributesSnsEnvelope | undefined;
    /** The envelope, for its `MessageId`, `TopicArn` and `Timestamp`. */
    readonly envelope: SnsNotification;
  };
}
type MessageIn<M, D extends Delivery> = D extends Delivery
  ? MessageRead<M> & { readonly delivery: D } & DeliveredAs[D]
  : never;

/**
 * What reading one record gives: the message (with its attributes in the form they were
 * delivered, `attributes`; `undefined` when the record carries none, as for destination records;
 * and for the envelope, `envelope`), an SNS subscription or unsubscribe confirmation (acknowledge
 * it; confirming is an operator's decision), or the error. `D` is the delivery the message can
 * have: the one declared, or either.
 */
export type TopicRecordRead<M, D extends Delivery = Delivery> =
  | MessageIn<M, D>
  | { readonly kind: "confirmation"; readonly confirmation: SnsConfirmation }
  | { readonly kind: "rejected"; readonly error: TopicRecordError };

/** The outcomes and destination records one topic carries. */
interface Topic<O extends { outcome_id: string }, D extends DestinationLike> {
  readonly name: "success" | "failure";
  readonly status: "SUCCESS" | "FAILURE";
  readonly outcome: Validator<O>;
  readonly destination: Validator<D>;
}
interface DestinationLike {
  requestContext: { requestId: string };
}

const SUCCESS_TOPIC: Topic<OrderSuccessOutcome, OrderSuccessDestinationRecord> = {
  name: "success",
  status: "SUCCESS",
  outcome: validateOrderSuccessOutcome,
  destination: validateOrderSuccessDestinationRecord,
};
const FAILURE_TOPIC: Topic<OrderFailureOutcome, OrderFailureDestinationRecord> = {
  name: "failure",
  status: "FAILURE",
  outcome: validateOrderFailureOutcome,
  destination: validateOrderFailureDestinationRecord,
};

/**
 * Reads one SQS record of a queue subscribed to the success topic, raw or in the SNS envelope:
 * a SUCCESS outcome or an OnSuccess destination record, validated, with its attributes in the
 * delivered form (checked against the schema and against the outcome) and its dedupe key; an SNS
 * confirmation; or a `TopicRecordError`. Never throws on bad input.
 *
 * @example
 * const read = readSuccessTopicRecord(record, { delivery: "raw" });
 * if (read.kind === "message") ship(read.dedupeKey, read.message); // "outcome:5b7c…", SuccessTopicMessage
 */
export function readSuccessTopicRecord<D extends Delivery | "detect" = "detect">(
  record: SqsRecordInput,
  options: ReadTopicRecordOptions<D> = {},
): TopicRecordRead<SuccessTopicMessage, DeliveryOf<D>> {
  return readTopicRecord(record, SUCCESS_TOPIC, options) as TopicRecordRead<
    SuccessTopicMessage,
    DeliveryOf<D>
  >;
}

/**
 * Reads one SQS record of a queue subscribed to the failure topic, raw or in the SNS envelope:
 * a FAILURE outcome or an OnFailure destination record (see `readSuccessTopicRecord`).
 *
 * @example
 * const read = readFailureTopicRecord(record, { delivery: "sns-envelope" });
 * if (read.kind === "message" && isOutcome(read.message)) alert(read.message.error_code);
 */
export function readFailureTopicRecord<D extends Delivery | "detect" = "detect">(
  record: SqsRecordInput,
  options: ReadTopicRecordOptions<D> = {},
): TopicRecordRead<FailureTopicMessage, DeliveryOf<D>> {
  return readTopicRecord(record, FAILURE_TOPIC, options) as TopicRecordRead<
    FailureTopicMessage,
    DeliveryOf<D>
  >;
}

/**
 * The key a consumer deduplicates a topic message on: every copy of one outcome (and the outcome
 * of every redelivery of its order) has one `outcome_id`; a destination record has its
 * invocation's request id.
 *
 * @example dedupeKeyOf(outcome) // "outcome:5b7c2a3e-…"; dedupeKeyOf(destinationRecord) // "request:c6af9ac6-…"
 */
export function dedupeKeyOf(message: { outcome_id: string } | DestinationLike): string {
  return "outcome_id" in message
    ? `outcome:${message.outcome_id}`
    : `request:${message.requestContext.requestId}`;
}

const rejected = (error: TopicRecordError) => ({ kind: "rejected", error }) as const;

function readTopicRecord<O extends { outcome_id: string }, D extends DestinationLike>(
  record: SqsRecordInput,
  topic: Topic<O, D>,
  options: ReadTopicRecordOptions,
): TopicRecordRead<O | D> {
  if (typeof record?.body !== "string")
    return rejected(
      new TopicRecordError(
        "INVALID_RECORD",
        "not an SQS record: its body is not a string; pass one record of the Lambda event's Records",
      ),
    );
  const body = parseText(record.body, "record body", options);
  if (!body.ok) return rejected(body.error);
  if (validateSnsConfirmation(body.value))
    return { kind: "confirmation", confirmation: body.value };
  const delivery = deliveryOf(body.value, options.delivery ?? "detect", topic);
  if (delivery instanceof TopicRecordError) return rejected(delivery);

  if (delivery === "raw") {
    const read = readMessage(body.value, "", topic);
    if (read instanceof TopicRecordError) return rejected(read);
    const attributes = readAttributes(
      read,
      record.messageAttributes,
      validateOutcomeMessageAttributesRawDelivery,
      { where: "record", pointer: "/messageAttributes" },
    );
    if (attributes instanceof TopicRecordError) return rejected(attributes);
    return { kind: "message", delivery, message: read, dedupeKey: dedupeKeyOf(read), attributes };
  }

  const envelope = checked(validateSnsNotification, body.value, "SNS envelope", "");
  if (envelope instanceof TopicRecordError) return rejected(envelope);
  const inner = parseText(envelope.Message, "SNS envelope Message", options);
  if (!inner.ok) return rejected(inner.error);
  const read = readMessage(inner.value, "/Message", topic);
  if (read instanceof TopicRecordError) return rejected(read);
  const attributes = readAttributes(
    read,
    envelope.MessageAttributes,
    validateOutcomeMessageAttributesSnsEnvelope,
    { where: "body", pointer: "/MessageAttributes" },
  );
  if (attributes instanceof TopicRecordError) return rejected(attributes);
  return {
    kind: "message",
    delivery,
    message: read,
    dedupeKey: dedupeKeyOf(read),
    attributes,
    envelope,
  };
}

function parseText(
  text: string,
  what: string,
  options: ReadTopicRecordOptions,
): { ok: true; value: unknown } | { ok: false; error: TopicRecordError } {
  const parsed = parseJsonBody(text, {
    maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_RECORD_BODY_BYTES,
  });
  if (parsed.ok) return parsed;
  return { ok: false, error: new TopicRecordError(parsed.code, `${what}: ${parsed.message}`) };
}

/** True for a JSON object (not an array, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How this record was delivered, or why it is in the other form than the caller declared. */
function deliveryOf(
  body: unknown,
  declared: Delivery | "detect",
  topic: Pick<Topic<never, never>, "name">,
): Delivery | TopicRecordError {
  const found: Delivery = isObject(body) && body.Type === "Notification" ? "sns-envelope" : "raw";
  if (declared === "detect" || declared === found) return found;
  if (declared === "raw")
    return new TopicRecordError(
      "WRONG_DELIVERY_MODE",
      `record body is an SNS envelope, but the ${topic.name}-topic subscription was declared raw: set RawMessageDelivery=true on the subscription, or read with { delivery: "sns-envelope" } or "detect"`,
    );
  if (isObject(body) && body.Type === undefined)
    return new TopicRecordError(
      "WRONG_DELIVERY_MODE",
      `record body is a bare message, not an SNS envelope, but the ${topic.name}-topic subscription was declared enveloped: set RawMessageDelivery=false on the subscription, or read with { delivery: "raw" } or "detect"`,
    );
  // Anything else was meant as an envelope: its validation says what is wrong with it.
  return "sns-envelope";
}

/** Issues whose pointers are relative to what holds the validated value at `prefix`. */
function prefixed(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((i) => ({ pointer: `${prefix}${i.pointer}`, message: i.message }));
}

/** Validates with a shipped validator; a SCHEMA_VIOLATION whose pointers start at `prefix`. */
function checked<T>(
  validator: Validator<T>,
  value: unknown,
  what: string,
  prefix: string,
): T | TopicRecordError {
  const result = validate(validator, value);
  if (result.ok) return result.value;
  const issues = prefixed(result.issues, prefix);
  return new TopicRecordError(
    "SCHEMA_VIOLATION",
    `${what} does not match its schema: ${describeIssues(issues)}`,
    issues,
  );
}

/**
 * The topic's message: an outcome (message_type "order.outcome") must have the topic's status
 * and match its schema; anything else must be the topic's destination record.
 */
function readMessage<O extends { outcome_id: string }, D extends DestinationLike>(
  value: unknown,
  prefix: string,
  topic: Topic<O, D>,
): O | D | TopicRecordError {
  const where = prefix === "" ? "record body" : "SNS envelope Message";
  if (!isObject(value))
    return new TopicRecordError(
      "SCHEMA_VIOLATION",
      `${where} is JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not a ${topic.name}-topic message object`,
      [{ pointer: prefix, message: "must be an object" }],
    );
  const message = value;
  if (message.message_type === "order.outcome") {
    if (message.status !== topic.status) {
      const pointer = `${prefix}/status`;
      return new TopicRecordError(
        "WRONG_TOPIC",
        `${pointer} must be "${topic.status}" but is ${JSON.stringify(message.status)}: this queue receives the ${topic.name} topic only; check which topic its subscription points at`,
        [{ pointer, message: `must be "${topic.status}"` }],
      );
    }
    return checked(topic.outcome, message, `${topic.status} outcome`, prefix);
  }
  return checked(
    topic.destination,
    message,
    `${topic.name} destination record (a message without message_type "order.outcome")`,
    prefix,
  );
}

/**
 * An outcome's attributes in their delivered form: validated against that form's schema and
 * against the outcome. Undefined when the record carries none, and for destination records
 * (Lambda publishes them without attributes).
 */
function readAttributes<A extends DeliveredOutcomeAttributes>(
  message: object,
  attributes: Readonly<Record<string, unknown>> | undefined,
  validator: Validator<A>,
  at: { where: "body" | "record"; pointer: string },
): A | undefined | TopicRecordError {
  if (!("outcome_id" in message) || attributes === undefined) return undefined;
  if (Object.keys(attributes).length === 0) return undefined;
  const result = validate(validator, attributes);
  if (!result.ok) {
    const issues = prefixed(result.issues, at.pointer);
    return new TopicRecordError(
      "INVALID_ATTRIBUTES",
      `message attributes do not match the outcome attributes schema: ${describeIssues(issues)}; the publisher must send the attributes derived from the outcome`,
      issues,
      at.where,
    );
  }
  const mismatch = attributeMismatch(
    attributeValues(result.value),
    message as Record<string, unknown>,
  );
  if (mismatch) {
    const [name, attribute, bodyValue] = mismatch;
    return new TopicRecordError(
      "ATTRIBUTE_MISMATCH",
      `message attribute ${name} is ${JSON.stringify(attribute)} but the body says ${JSON.stringify(bodyValue)}; the publisher must derive the attributes from the outcome, since subscription filter policies route on them`,
      [{ pointer: `${at.pointer}/${name}`, message: `must equal the outcome's ${name}` }],
      at.where,
    );
  }
  return result.value;
}
