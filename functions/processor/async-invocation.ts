import type { OrderSuccessOutcome } from "../../generated/types";
import { processOrderPayload, type RulesConfig } from "./core";
import { OrderRejectedError } from "./errors";

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
