import { Logger } from "@aws-lambda-powertools/logger";
import type { SqsBatchResponse, SqsEvent } from "../../generated/types";
import { consumeFulfilmentBatch } from "./consume";

const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "fulfilment" });

/**
 * Lambda entry point for the fulfilment queue (subscribed to the success topic with raw delivery).
 * Returns a partial batch response (the event source mapping needs ReportBatchItemFailures).
 *
 * @example await handler(sqsEvent) // → { batchItemFailures: [] }
 */
export async function handler(event: SqsEvent): Promise<SqsBatchResponse> {
  return consumeFulfilmentBatch(event, logger).response;
}
