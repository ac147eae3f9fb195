import { randomUUID } from "node:crypto";
import type { OrderSuccessOutcome, SqsBatchResponse } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators/sqs-event.cjs";
import { describeIssues, validate } from "../../lib/validation";
import { processAsyncInvocation } from "./async-invocation";
import { boundText } from "./core";
import { OrderRejectedError } from "./errors";
import { processSqsBatch, type SqsBatchDeps } from "./sqs-batch";
import { noMetrics, silentLogger } from "./telemetry";

/** The parts of the Lambda context the processor reads; a full `Context` fits. */
export interface ProcessorContext {
  readonly awsRequestId?: string;
  readonly invokedFunctionArn?: string;
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
 * The event is told apart by validating it against the schemas: an event valid against
 * `aws/sqs-event.v1` takes the SQS path (`processSqsBatch`); anything else is a direct payload and
 * takes the asynchronous path (`processAsyncInvocation`), which returns the SUCCESS outcome or throws
 * `OrderRejectedError`.
 *
 * @example
 * const handler = createProcessorHandler({ config, publisher: createInMemoryOutcomePublisher() });
 * await handler(sqsEvent); // { batchItemFailures: [] }
 */
export function createProcessorHandler(deps: SqsBatchDeps): ProcessorHandler {
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  return async (event, context) => {
    if (validateSqsEvent(event)) return processSqsBatch(event, deps);

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
      const error = explainAlmostSqsEvent(event, caught);
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
 * An event with `Records` that failed the SQS event schema was most likely meant for the SQS path:
 * say why it is not a valid SQS event, not only why it is not an order.
 */
function explainAlmostSqsEvent(event: unknown, error: unknown): unknown {
  const hasRecords = typeof event === "object" && event !== null && Object.hasOwn(event, "Records");
  if (!hasRecords || !(error instanceof OrderRejectedError)) return error;
  const sqs = validate(validateSqsEvent, event);
  if (sqs.ok) return error;
  const explained = boundText(
    `event has Records but is not a valid SQS event (aws/sqs-event.v1: ${describeIssues(sqs.issues)}), and is not an order either: ${error.outcome.error}`,
    1024,
  );
  return new OrderRejectedError({ ...error.outcome, error: explained }, { cause: error });
}
