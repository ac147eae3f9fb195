import { Logger } from "@aws-lambda-powertools/logger";
import type { SqsBatchResponse, SqsEvent } from "../../generated/types";
import { consumeFailureAlertBatch } from "./consume";

const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "failure-alerts" });

/**
 * Lambda entry point for the failure-alerts queue (subscribed to the failure topic, raw delivery
 * off). Returns a partial batch response (the event source mapping needs ReportBatchItemFailures).
 *
 * @example await handler(sqsEvent) // → { batchItemFailures: [] }
 */
export async function handler(event: SqsEvent): Promise<SqsBatchResponse> {
  return consumeFailureAlertBatch(event, logger).response;
}
