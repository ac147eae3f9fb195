import type { FailureTopicMessage, SqsEvent } from "../../generated/types";
import {
  type BatchResult,
  type ConsumerLogger,
  type ConsumerSteps,
  consumeBatch,
} from "../../lib/consumers";
import { type AlertRecord, toAlert } from "./alert";
import { decodeFailureAlertRecord } from "./decode-record";

/** The failure-alerts consumer's steps: read a failure-topic envelope, turn it into an alert. */
export const failureAlertSteps: ConsumerSteps<FailureTopicMessage, AlertRecord> = {
  consumer: "failure-alerts",
  decode: decodeFailureAlertRecord,
  work: toAlert,
  describe: (alert) => ({ alert }),
};

/**
 * Consumes one batch of the failure-alerts queue. Every alert is logged as structured JSON
 * ("failure-alerts handled a message", field alert, with its severity).
 *
 * @example const { response, records } = consumeFailureAlertBatch(event, logger);
 */
export function consumeFailureAlertBatch(
  event: SqsEvent,
  logger: ConsumerLogger,
): BatchResult<AlertRecord> {
  return consumeBatch(event, failureAlertSteps, logger);
}
