/**
 * What the event source mapping does with a batch after the function ran: which messages it
 * deletes and which it leaves on the queue (they reappear after the visibility timeout, their
 * receive count grows, and after maxReceiveCount SQS moves them to the DLQ).
 */
export interface BatchDisposition {
  /** Message ids to delete from the queue. */
  readonly delete: readonly string[];
  /** Message ids left on the queue for redelivery. */
  readonly retry: readonly string[];
  /** Set when the whole batch is retried: why, in words a person can act on. */
  readonly wholeBatchFailure?: string;
}

/** How the function ended: it returned a value, or it threw. */
export type InvocationResult =
  | { readonly kind: "returned"; readonly value: unknown }
  | { readonly kind: "threw"; readonly error: unknown };

/**
 * Applies Lambda's rules for an SQS batch
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html):
 * - the function threw: the whole batch stays on the queue;
 * - without ReportBatchItemFailures the response is ignored and a return deletes everything;
 * - with it: `null`/`undefined`, `{}`, and an empty or null `batchItemFailures` mean complete
 *   success; the listed messages stay, the others are deleted;
 * - a response that is not a batch response, an item without `itemIdentifier`, an empty or null
 *   identifier, or an identifier that is not a message id of the batch: the whole batch stays.
 * Pure.
 *
 * @example
 * disposeBatch(["a", "b"], { kind: "returned", value: { batchItemFailures: [{ itemIdentifier: "b" }] } }, true)
 * // → { delete: ["a"], retry: ["b"] }
 */
export function disposeBatch(
  messageIds: readonly string[],
  result: InvocationResult,
  reportBatchItemFailures: boolean,
): BatchDisposition {
  const wholeBatch = (reason: string): BatchDisposition => ({
    delete: [],
    retry: [...messageIds],
    wholeBatchFailure: reason,
  });
  if (result.kind === "threw") {
    return wholeBatch(`the function threw (${describeError(result.error)})`);
  }
  if (!reportBatchItemFailures) return { delete: [...messageIds], retry: [] };

  const response = result.value;
  if (response === null || response === undefined) return { delete: [...messageIds], retry: [] };
  if (typeof response !== "object" || Array.isArray(response)) {
    return wholeBatch(
      `the function returned ${JSON.stringify(response)}, which is not a batch response ({ batchItemFailures: [...] })`,
    );
  }
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === null || failures === undefined) return { delete: [...messageIds], retry: [] };
  if (!Array.isArray(failures)) {
    return wholeBatch("batchItemFailures is not an array");
  }

  const inBatch = new Set(messageIds);
  const retry = new Set<string>();
  for (const [index, item] of failures.entries()) {
    const identifier =
      item !== null && typeof item === "object"
        ? (item as { itemIdentifier?: unknown }).itemIdentifier
        : undefined;
    if (typeof identifier !== "string" || identifier === "") {
      return wholeBatch(
        `batchItemFailures[${index}] has no non-empty string itemIdentifier (got ${JSON.stringify(item)})`,
      );
    }
    if (!inBatch.has(identifier)) {
      return wholeBatch(
        `batchItemFailures[${index}].itemIdentifier ${JSON.stringify(identifier)} is not a message id of the batch`,
      );
    }
    retry.add(identifier);
  }
  return {
    delete: messageIds.filter((id) => !retry.has(id)),
    retry: messageIds.filter((id) => retry.has(id)),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
