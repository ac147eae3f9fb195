import type { SqsEvent, SuccessTopicMessage } from "../../generated/types";
import {
  type BatchResult,
  type ConsumerLogger,
  type ConsumerSteps,
  consumeBatch,
} from "../../lib/consumers";
import { decodeFulfilmentRecord } from "./decode-record";
import { type FulfilmentRequest, toFulfilmentRequest } from "./fulfilment-request";

/** The fulfilment consumer's steps: read a success-topic message, turn it into a fulfilment request. */
export const fulfilmentSteps: ConsumerSteps<SuccessTopicMessage, FulfilmentRequest> = {
  consumer: "fulfilment",
  decode: decodeFulfilmentRecord,
  work: toFulfilmentRequest,
  describe: (request) => ({ fulfilment_request: request }),
};

/**
 * Consumes one batch of the fulfilment queue. Every fulfilment request is logged as structured JSON
 * ("fulfilment handled a message", field fulfilment_request).
 *
 * @example const { response, records } = consumeFulfilmentBatch(event, logger);
 */
export function consumeFulfilmentBatch(
  event: SqsEvent,
  logger: ConsumerLogger,
): BatchResult<FulfilmentRequest> {
  return consumeBatch(event, fulfilmentSteps, logger);
}
