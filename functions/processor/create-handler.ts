import { randomUUID } from "node:crypto";
import type { OrderSuccessOutcome, SqsBatchResponse } from "../../generated/types";
import { describeIssues } from "../../lib/validation";
import { processAsyncInvocation } from "./async-invocation";
import { boundText } from "./core";
import { MalformedSqsEventError, OrderRejectedError } from "./errors";
import { processSqsBatch, type SqsBatchDeps } from "./sqs-batch";
import { hasRecords } from "./sqs-records";
import { noMetrics, silentLogger } from "./telemetry";

/** The parts of the Lambda context the processor reads; a full `Context` fits. */
export interface ProcessorContext {
  readonly awsRequestId?: string;
  readonly invokedFunctionArn?: string;
  /** Lambda's remaining time: the SQS path stops waiting on SNS a margin before it runs out. */
  getRemainingTimeInMillis?(): number;
}

/** The processor's Lambda handler: a batch response for an SQS event, an outcome for a direct payload. */
export type ProcessorHandler = (
  event: unknown,
  context?: ProcessorContext,
) => Promise<SqsBatchResponse | OrderSuccessOutcome>;

/**
 * Builds the processor's handler from its dependencies; `handler.ts` wires the real ones from the
 * environment, tests and the local pipeline wire their own (a fauxqs-backed SNS client, an in-memory
 * publisher, a fixed clock, fault-injecting middleware).
 *
 * The event is told apart by its envelope: an object with a `Records` field takes the SQS path
 * (`processSqsBatch`, which validates each record on its own and stops waiting on SNS before the
 * context's remaining time runs out); anything else is a direct payload and takes the asynchronous
 * path (`processAsyncInvocation`), which returns the SUCCESS outcome or throws `OrderRejectedError`.
 * An event with `Records` that cannot be answered record by record (no records, a record without a
 * message id) throws: the whole batch fails, logged at ERROR and counted as `MalformedSqsEvents`.
 *
 * @example
 * const handler = createProcessorHandler({ config, publisher: createInMemoryOutcomePublisher() });
 * await handler(sqsEvent); // { batchItemFailures: [] }
 */
export function createProcessorHandler(deps: SqsBatchDeps): ProcessorHandler {
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  return async (event, context) => {
    let malformed: MalformedSqsEventError | undefined;
    if (hasRecords(event)) {
      try {
        return await processSqsBatch(event, deps, context);
      } catch (error) {
        if (!(error instanceof MalformedSqsEventError)) throw error;
        // Rejected below as a payload too, so that an asynchronous invocation gets a typed error.
        malformed = error;
      }
    }

    const started = performance.now();
    const requestId = context?.awsRequestId ?? `local-${randomUUID()}`;
    try {
      const outcome = processAsyncInvocation(
        event,
        {
          requestId,
          ...(context?.invokedFunctionArn ? { functionArn: context.invokedFunctionArn } : {}),
          now: deps.now?.() ?? new Date(),
        },
        deps.config.rules,
      );
      metrics.count("AsyncAccepted", 1);
      logger.info("async order accepted", {
        request_id: requestId,
        outcome_id: outcome.outcome_id,
        order_id: outcome.order_id,
        status: outcome.status,
        duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      });
      return outcome;
    } catch (caught) {
      const error = malformed ? explainMalformedSqsEvent(malformed, caught) : caught;
      if (error !== caught) {
        // Most likely an SQS batch the function cannot read: an error to alarm on, not a rejection.
        metrics.count("MalformedSqsEvents", 1);
        logger.error("event has Records but is not a valid SQS event; the whole batch fails", {
          request_id: requestId,
          error: (error as Error).message,
        });
      } else if (error instanceof OrderRejectedError) {
        metrics.count("AsyncRejected", 1);
        metrics.count("AsyncRejected", 1, { error_code: error.code });
        logger.info("async order rejected", {
          request_id: requestId,
          outcome_id: error.outcome.outcome_id,
          order_id: error.outcome.order_id,
          status: "FAILURE",
          error_code: error.code,
          duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
        });
      }
      throw error;
    }
  };
}

/**
 * An event with `Records` was meant for the SQS path: say why it is not a usable SQS event, not only
 * why it is not an order. Keeps `OrderRejectedError` (SCHEMA_VIOLATION), the asynchronous path's type.
 */
function explainMalformedSqsEvent(malformed: MalformedSqsEventError, error: unknown): unknown {
  if (!(error instanceof OrderRejectedError)) return error;
  const explained = boundText(
    `event has Records but is not a valid SQS event (aws/sqs-event.v1: ${describeIssues(malformed.issues)}), and is not an order either: ${error.outcome.error}`,
    1024,
  );
  return new OrderRejectedError({ ...error.outcome, error: explained }, { cause: malformed });
}
