import type { SqsBatchResponse, SqsEvent } from "../../generated/types";
import type { ConsumerSteps } from "./batch";
import { consumeBatchOnce } from "./idempotent-batch";
import type { ConsumerLogger } from "./logger";
import {
  type IdempotencySettings,
  type InvocationDeadline,
  powertoolsOnce,
} from "./powertools-once";

/**
 * A consumer's Lambda handler: one batch through `consumeBatchOnce`, each record's work at most
 * once per dedupe key across invocations (Powertools idempotency on the consumer's table, with
 * this invocation's deadline), answered with the partial batch response.
 *
 * @example
 * export const handler = createConsumerHandler(fulfilmentSteps, { logger, idempotency: idempotencyFromEnvironment(process.env, "fulfilment") });
 */
export function createConsumerHandler<M, R>(
  steps: ConsumerSteps<M, R>,
  dependencies: { logger: ConsumerLogger; idempotency: IdempotencySettings },
): (event: SqsEvent, context: InvocationDeadline) => Promise<SqsBatchResponse> {
  return async (event, context) => {
    const once = powertoolsOnce(dependencies.idempotency, context);
    return (await consumeBatchOnce(event, steps, dependencies.logger, once)).response;
  };
}
