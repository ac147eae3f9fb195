import type { SqsRecord, SuccessTopicMessage } from "../../generated/types";
import {
  validateOrderSuccessDestinationRecord,
  validateOrderSuccessOutcome,
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
  const parsed = parseJson(record.body, "fulfilment record body");
  if (!parsed.ok) return { kind: "rejected", rejection: parsed.rejection };
  const body = parsed.value;
  if (isSnsConfirmation(body)) return { kind: "confirmation", confirmation: body };
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

  if (body.message_type === "order.outcome") {
    if (body.status !== "SUCCESS") return { kind: "rejected", rejection: wrongStatus(body.status) };
    const outcome = validateAs(validateOrderSuccessOutcome, body, "SUCCESS outcome");
    if (!outcome.ok) return { kind: "rejected", rejection: outcome.rejection };
    const mismatch = checkOutcomeAttributes(sqsAttributeStrings(record), body);
    if (mismatch) return { kind: "rejected", rejection: mismatch };
    return {
      kind: "message",
      message: outcome.value,
      dedupeKey: `outcome:${outcome.value.outcome_id}`,
    };
  }

  const destination = validateAs(
    validateOrderSuccessDestinationRecord,
    body,
    'success destination record (a message without message_type "order.outcome")',
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
    message: `/status must be "SUCCESS" but is ${JSON.stringify(status)}: the fulfilment queue receives only the success topic; check which topic its subscription points at`,
    issues: [{ pointer: "/status", message: 'must be "SUCCESS"' }],
  };
}
