import { randomUUID } from "node:crypto";
import type { OrderSuccessOutcome } from "../../generated/types";
import { describeIssues } from "../../lib/validation";
import type { ProcessorConfig } from "./config";
import { boundText, processOrderPayload, type RulesConfig } from "./core";
import { type MalformedSqsEventError, OrderRejectedError } from "./errors";
import { noMetrics, type ProcessorLogger, type ProcessorMetrics, silentLogger } from "./telemetry";

/** What the asynchronous path knows about its invocation. */
export interface AsyncInvocationInput {
  /** The invocation's request id (`context.awsRequestId`); Lambda keeps it across its retries. */
  readonly requestId: string;
  /** The invoked function ARN (`context.invokedFunctionArn`), when known. */
  readonly functionArn?: string;
  readonly now: Date;
}

/**
 * The asynchronous path (`InvocationType: Event`, one order as the payload). Returns the SUCCESS outcome,
 * which Lambda puts in the OnSuccess destination record's `responsePayload`; publishes nothing. Throws
 * `OrderRejectedError` (`name` = `OrderRejected.<ERROR_CODE>`) for any other outcome, which Lambda turns
 * into the OnFailure record's `errorType` and `errorMessage`.
 *
 * Invalid payloads (not JSON-serializable, not an order, breaking a rule) throw too: the OnFailure
 * record is the only place a rejection of this path can be seen. The decision is deterministic, so
 * Lambda's retries of a function error reach the same verdict: configure the event invoke config with
 * MaximumRetryAttempts 0 to get the record at once instead of after two pointless retries (only an
 * INTERNAL_ERROR could change on retry, and this path has no I/O to fail).
 *
 * @example
 * const outcome = processAsyncInvocation(event, { requestId: context.awsRequestId, now: new Date() }, rules);
 */
export function processAsyncInvocation(
  payload: unknown,
  input: AsyncInvocationInput,
  rules: RulesConfig,
): OrderSuccessOutcome {
  const outcome = processOrderPayload(
    payload,
    {
      messageId: input.requestId,
      source: {
        kind: "async_invocation",
        request_id: input.requestId,
        ...(input.functionArn ? { function_arn: input.functionArn } : {}),
      },
      now: input.now,
    },
    rules,
  );
  if (outcome.status === "FAILURE") throw new OrderRejectedError(outcome);
  return outcome;
}

/** What answering an asynchronous invocation needs; only `config` is required. */
export interface AsyncInvocationDeps {
  readonly config: Pick<ProcessorConfig, "rules">;
  readonly logger?: ProcessorLogger;
  readonly metrics?: ProcessorMetrics;
  /** The clock (default: `new Date()`). */
  readonly now?: () => Date;
}

/**
 * `processAsyncInvocation` as the handler runs it: with the invocation's request id (a local one
 * without a context) and function ARN, one log line and a count (`AsyncAccepted`, `AsyncRejected`
 * and `AsyncRejected.<ERROR_CODE>`). Given `malformed`, the event was meant for the SQS path: its
 * rejection says why it is not a usable SQS event too, is logged at ERROR and counted as
 * `MalformedSqsEvents`, not as a rejected order.
 *
 * @example
 * const outcome = answerAsyncInvocation(payload, { config }, context); // or throws OrderRejectedError
 */
export function answerAsyncInvocation(
  event: unknown,
  deps: AsyncInvocationDeps,
  context?: { readonly awsRequestId?: string; readonly invokedFunctionArn?: string },
  malformed?: MalformedSqsEventError,
): OrderSuccessOutcome {
  const logger = deps.logger ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
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
