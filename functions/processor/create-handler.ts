import type { OrderSuccessOutcome, SqsBatchResponse } from "../../generated/types";
import { answerAsyncInvocation } from "./async-invocation";
import { MalformedSqsEventError } from "./errors";
import { processSqsBatch, type SqsBatchDeps } from "./sqs-batch";
import { hasRecords } from "./sqs-records";

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
 * path (`answerAsyncInvocation`), which returns the SUCCESS outcome or throws `OrderRejectedError`.
 * An event with `Records` that cannot be answered record by record (no records, a record without a
 * message id) is rejected as a payload too, saying both why, so that an asynchronous invocation of
 * it still gets a typed error: the whole batch fails, logged at ERROR and counted as
 * `MalformedSqsEvents`.
 *
 * @example
 * const handler = createProcessorHandler({ config, publisher: createInMemoryOutcomePublisher() });
 * await handler(sqsEvent); // { batchItemFailures: [] }
 */
export function createProcessorHandler(deps: SqsBatchDeps): ProcessorHandler {
  return async (event, context) => {
    let malformed: MalformedSqsEventError | undefined;
    if (hasRecords(event)) {
      try {
        return await processSqsBatch(event, deps, context);
      } catch (error) {
        if (!(error instanceof MalformedSqsEventError)) throw error;
        malformed = error;
      }
    }
    return answerAsyncInvocation(event, deps, context, malformed);
  };
}
