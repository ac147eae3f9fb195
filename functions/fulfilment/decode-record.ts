import type {
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
  SqsRecord,
  SuccessTopicMessage,
} from "../../generated/types";
import {
  validateOrderSuccessDestinationRecord,
  validateOrderSuccessOutcome,
} from "../../generated/validators.cjs";
import {
  type AttributeStrings,
  type Decoded,
  decodeTopicMessage,
  isJsonObject,
  readRecordBody,
  type TopicMessageKinds,
} from "../../lib/consumers";

/** The success topic, delivered raw: the body is the message itself. */
const SUCCESS_TOPIC: TopicMessageKinds<OrderSuccessOutcome, OrderSuccessDestinationRecord> = {
  status: "SUCCESS",
  validateOutcome: validateOrderSuccessOutcome,
  validateDestination: validateOrderSuccessDestinationRecord,
  pointerPrefix: "",
  wrongTopicHint: "the fulfilment queue receives only the success topic",
};

/** SQS message attributes (raw delivery moves SNS attributes there) reduced to their strings. */
export function sqsAttributeStrings(record: SqsRecord): AttributeStrings {
  const strings: AttributeStrings = {};
  for (const [name, attribute] of Object.entries(record.messageAttributes)) {
    const value = attribute?.stringValue;
    if (typeof value === "string") strings[name] = value;
  }
  return strings;
}

/**
 * Reads one record of the fulfilment queue (raw delivery: the body IS the success-topic message):
 * a SUCCESS outcome (deduplicated by outcome_id) or an OnSuccess destination record (deduplicated
 * by requestContext.requestId). Fields added by a newer producer are accepted.
 *
 * @example decodeFulfilmentRecord(record) // → { kind: "message", message, dedupeKey: "outcome:5b7c…" }
 */
export function decodeFulfilmentRecord(record: SqsRecord): Decoded<SuccessTopicMessage> {
  const read = readRecordBody(record.body, "fulfilment record body");
  if (!read.ok) return read.done;
  const body = read.value;
  if (!isJsonObject(body)) {
    return {
      kind: "rejected",
      rejection: {
        reason: "SCHEMA_VIOLATION",
        message: `fulfilment record body is JSON ${Array.isArray(body) ? "array" : typeof body}, not a success-topic message object`,
      },
    };
  }
  if (body.Type === "Notification" && typeof body.Message === "string") {
    return {
      kind: "rejected",
      rejection: {
        reason: "WRONG_DELIVERY_MODE",
        message:
          "fulfilment record body is an SNS envelope: the success-topic subscription of the fulfilment queue must have RawMessageDelivery=true",
      },
    };
  }

  return decodeTopicMessage(body, sqsAttributeStrings(record), SUCCESS_TOPIC);
}
