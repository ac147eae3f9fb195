import type { Validator } from "../../generated/validators.cjs";
import { type AttributeStrings, checkOutcomeAttributes } from "./attributes";
import { type Decoded, validateAs } from "./decode";
import type { Rejection } from "./rejection";

/** The part of a destination record a consumer deduplicates on. */
interface DestinationLike {
  requestContext: { requestId: string };
}

/** What one topic carries: outcomes of a single status and the matching destination records. */
export interface TopicMessageKinds<O extends { outcome_id: string }, D extends DestinationLike> {
  /** The only outcome status the topic carries. */
  readonly status: "SUCCESS" | "FAILURE";
  readonly validateOutcome: Validator<O>;
  readonly validateDestination: Validator<D>;
  /** Where the message sits in the record body, for error pointers: "" (raw) or "/Message" (envelope). */
  readonly pointerPrefix: string;
  /** Says which queue reads which topic, e.g. "the fulfilment queue receives only the success topic". */
  readonly wrongTopicHint: string;
}

/**
 * Decides what a topic message (already a JSON object) is: an outcome (message_type
 * "order.outcome") must have the topic's status, match its schema and agree with the record's
 * attributes, and is deduplicated by outcome_id; anything else must be a destination record,
 * deduplicated by requestContext.requestId.
 *
 * @example
 * decodeTopicMessage(body, attributes, {
 *   status: "SUCCESS",
 *   validateOutcome: validateOrderSuccessOutcome,
 *   validateDestination: validateOrderSuccessDestinationRecord,
 *   pointerPrefix: "",
 *   wrongTopicHint: "the fulfilment queue receives only the success topic",
 * }) // → { kind: "message", message, dedupeKey: "outcome:5b7c…" }
 */
export function decodeTopicMessage<O extends { outcome_id: string }, D extends DestinationLike>(
  message: Record<string, unknown>,
  attributes: AttributeStrings,
  kinds: TopicMessageKinds<O, D>,
): Decoded<O | D> {
  if (message.message_type === "order.outcome") {
    if (message.status !== kinds.status) {
      return { kind: "rejected", rejection: wrongStatus(message.status, kinds) };
    }
    const outcome = validateAs(
      kinds.validateOutcome,
      message,
      `${kinds.status} outcome`,
      kinds.pointerPrefix,
    );
    if (!outcome.ok) return { kind: "rejected", rejection: outcome.rejection };
    const mismatch = checkOutcomeAttributes(attributes, message);
    if (mismatch) return { kind: "rejected", rejection: mismatch };
    return {
      kind: "message",
      message: outcome.value,
      dedupeKey: `outcome:${outcome.value.outcome_id}`,
    };
  }

  const destination = validateAs(
    kinds.validateDestination,
    message,
    `${kinds.status.toLowerCase()} destination record (a message without message_type "order.outcome")`,
    kinds.pointerPrefix,
  );
  if (!destination.ok) return { kind: "rejected", rejection: destination.rejection };
  return {
    kind: "message",
    message: destination.value,
    dedupeKey: `request:${destination.value.requestContext.requestId}`,
  };
}

/** An outcome of the other status: the queue is subscribed to the wrong topic. */
function wrongStatus(
  status: unknown,
  kinds: Pick<
    TopicMessageKinds<{ outcome_id: string }, DestinationLike>,
    "status" | "pointerPrefix" | "wrongTopicHint"
  >,
): Rejection {
  const pointer = `${kinds.pointerPrefix}/status`;
  return {
    reason: "SCHEMA_VIOLATION",
    message: `${pointer} must be "${kinds.status}" but is ${JSON.stringify(status)}: ${kinds.wrongTopicHint}; check which topic its subscription points at`,
    issues: [{ pointer, message: `must be "${kinds.status}"` }],
  };
}
