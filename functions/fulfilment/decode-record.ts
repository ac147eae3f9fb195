import type { SqsRecord, SuccessTopicMessage } from "../../generated/types";
import { type Decoded, decodedFrom } from "../../lib/consumers";
import { readSuccessTopicRecord } from "../../lib/validation";

/**
 * Reads one record of the fulfilment queue with the package's success-topic reader, raw delivery
 * declared (the subscription sets RawMessageDelivery=true, so an enveloped body is a
 * WRONG_DELIVERY_MODE rejection): a SUCCESS outcome (deduplicated by outcome_id) or an OnSuccess
 * destination record (deduplicated by requestContext.requestId). Fields added by a newer
 * producer are accepted.
 *
 * @example decodeFulfilmentRecord(record) // → { kind: "message", message, dedupeKey: "outcome:5b7c…" }
 */
export function decodeFulfilmentRecord(record: SqsRecord): Decoded<SuccessTopicMessage> {
  return decodedFrom(readSuccessTopicRecord(record, { delivery: "raw" }));
}
