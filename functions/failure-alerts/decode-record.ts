import type { FailureTopicMessage, SnsNotification, SqsRecord } from "../../generated/types";
import {
  validateOrderFailureDestinationRecord,
  validateOrderFailureOutcome,
  validateSnsNotification,
} from "../../generated/validators.cjs";
import {
  type AttributeStrings,
  checkOutcomeAttributes,
  type Decoded,
  isJsonObject,
  isSnsConfirmation,
  parseJson,
  type Rejection,
  validateAs,
} from "../../lib/consumers";

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
  const parsed = parseJson(record.body, "failure-alerts record body");
  if (!parsed.ok) return { kind: "rejected", rejection: parsed.rejection };
  const body = parsed.value;
  if (isSnsConfirmation(body)) return { kind: "confirmation", confirmation: body };
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

  if (message.message_type === "order.outcome") {
    if (message.status !== "FAILURE") {
      return { kind: "rejected", rejection: wrongStatus(message.status) };
    }
    const outcome = validateAs(validateOrderFailureOutcome, message, "FAILURE outcome", "/Message");
    if (!outcome.ok) return { kind: "rejected", rejection: outcome.rejection };
    const mismatch = checkOutcomeAttributes(envelopeAttributeStrings(envelope.value), message);
    if (mismatch) return { kind: "rejected", rejection: mismatch };
    return {
      kind: "message",
      message: outcome.value,
      dedupeKey: `outcome:${outcome.value.outcome_id}`,
    };
  }

  const destination = validateAs(
    validateOrderFailureDestinationRecord,
    message,
    'failure destination record (a message without message_type "order.outcome")',
    "/Message",
  );
  if (!destination.ok) return { kind: "rejected", rejection: destination.rejection };
  return {
    kind: "message",
    message: destination.value,
    dedupeKey: `request:${destination.value.requestContext.requestId}`,
  };
}

function wrongStatus(status: unknown): Rejection {
  return {
    reason: "SCHEMA_VIOLATION",
    message: `/Message/status must be "FAILURE" but is ${JSON.stringify(status)}: the failure-alerts queue receives only the failure topic; check which topic its subscription points at`,
    issues: [{ pointer: "/Message/status", message: 'must be "FAILURE"' }],
  };
}
