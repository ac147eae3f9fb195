import { Logger } from "@aws-lambda-powertools/logger";
import { createConsumerHandler, idempotencyFromEnvironment } from "../../lib/consumers";
import { fulfilmentSteps } from "./consume";

// Powertools reads POWERTOOLS_SERVICE_NAME and POWERTOOLS_LOG_LEVEL itself; the topology sets them.
const logger = new Logger();
// Read once, at cold start: a missing table name fails the start, not every record.
const idempotency = idempotencyFromEnvironment(process.env, fulfilmentSteps.consumer);

/**
 * Lambda entry point for the fulfilment queue (subscribed to the success topic with raw delivery).
 * Each accepted order becomes one fulfilment request, even when SNS or SQS delivers it again in a
 * later batch (Powertools idempotency on IDEMPOTENCY_TABLE_NAME). Returns a partial batch response
 * (the event source mapping needs ReportBatchItemFailures).
 *
 * @example await handler(sqsEvent, context) // → { batchItemFailures: [] }
 */
export const handler = createConsumerHandler(fulfilmentSteps, { logger, idempotency });
