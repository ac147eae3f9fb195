import type {
  FailureTopicMessage,
  OrderFailureDestinationRecord,
  OrderFailureOutcome,
  SnsNotification,
  SqsRecord,
} from "../../generated/types";
import {
  validateOrderFailureDestinationRecord,
  validateOrderFailureOutcome,
  validateSnsNotification,
} from "../../generated/validators.cjs";
import {
  type AttributeStrings,
  type Decoded,
  decodeTopicMessage,
  isJsonObject,
  parseJson,
  readRecordBody,
  type TopicMessageKinds,
  validateAs,
} from "../../lib/consumers";

/** The failure topic, delivered in an SNS envelope: the message is the envelope's Message. */
const FAILURE_TOPIC: TopicMessageKinds<OrderFailureOutcome, OrderFailureDestinationRecord> = {
  status: "FAILURE",
  validateOutcome: validateOrderFailureOutcome,
  validateDestination: validateOrderFailureDestinationRecord,
  pointerPrefix: "/Message",
  wrongTopicHint: "the failure-alerts queue receives only the failure topic",
};

/** SNS envelope attributes ({Type, Value}) reduced to their strings. */
export function envelopeAttributeStrings(envelope: SnsNotification): AttributeStrings {
  const strings: AttributeStrings = {};
  for (const [name, attribute] of Object.entries(envelope.MessageAttributes ?? {})) {
    if (attribute?.Type === "String") strings[name] = attribute.Value;
  }
  return strings;
}

/**
 * Reads one record of the failure-alerts queue (raw delivery off: the body is the SNS envelope and
 * its Message is the failure-topic message as JSON text): a FAILURE outcome (deduplicated by
 * outcome_id) or an OnFailure destination record (deduplicated by requestContext.requestId).
 * SubscriptionConfirmation messages are returned as confirmations. Added fields are accepted.
 *
 * @example decodeFailureAlertRecord(record) // → { kind: "message", message, dedupeKey: "request:c6af…" }
 */
export function decodeFailureAlertRecord(record: SqsRecord): Decoded<FailureTopicMessage> {
  const read = readRecordBody(record.body, "failure-alerts record body");
  if (!read.ok) return read.done;
  const body = read.value;
  if (isJsonObject(body) && body.Type === undefined && body.message_type === "order.outcome") {
    return {
      kind: "rejected",
      rejection: {
        reason: "WRONG_DELIVERY_MODE",
        message:
          "failure-alerts record body is a bare outcome, not an SNS envelope: the failure-topic subscription of the failure-alerts queue must have RawMessageDelivery=false",
      },
    };
  }
  const envelope = validateAs(validateSnsNotification, body, "SNS envelope");
  if (!envelope.ok) return { kind: "rejected", rejection: envelope.rejection };

  const inner = parseJson(envelope.value.Message, "SNS envelope Message");
  if (!inner.ok) return { kind: "rejected", rejection: inner.rejection };
  const message = inner.value;
  if (!isJsonObject(message)) {
    return {
      kind: "rejected",
      rejection: {
        reason: "SCHEMA_VIOLATION",
        message: "SNS envelope Message is not a JSON object, so it is no failure-topic message",
      },
    };
  }

  return decodeTopicMessage(message, envelopeAttributeStrings(envelope.value), FAILURE_TOPIC);
}
