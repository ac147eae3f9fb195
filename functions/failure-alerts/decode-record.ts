import type { FailureTopicMessage, SqsRecord } from "../../generated/types";
import { type Decoded, decodedFrom } from "../../lib/consumers";
import { readFailureTopicRecord } from "../../lib/validation";

/**
 * Reads one record of the failure-alerts queue with the package's failure-topic reader, the SNS
 * envelope declared (raw delivery is off, so a bare message is a WRONG_DELIVERY_MODE rejection):
 * a FAILURE outcome (deduplicated by outcome_id) or an OnFailure destination record (deduplicated
 * by requestContext.requestId). SubscriptionConfirmation messages are returned as confirmations.
 * Added fields are accepted.
 *
 * @example decodeFailureAlertRecord(record) // → { kind: "message", message, dedupeKey: "request:c6af…" }
 */
export function decodeFailureAlertRecord(record: SqsRecord): Decoded<FailureTopicMessage> {
  return decodedFrom(readFailureTopicRecord(record, { delivery: "sns-envelope" }));
}
