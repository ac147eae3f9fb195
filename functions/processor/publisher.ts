import type { OutcomeMessageAttributes } from "../../generated/types";

/** One outcome to publish: a batch entry id unique in its call, the message text and attributes. */
export interface PublishEntry {
  /** Unique within one `publishBatch` call; `[A-Za-z0-9_-]{1,80}` as SNS requires. */
  readonly id: string;
  readonly message: string;
  readonly attributes: OutcomeMessageAttributes;
  /** The size SNS counts (message plus attributes), for chunking. */
  readonly bytes: number;
}

/** What became of one entry: published (with the transport's message id) or failed (with why). */
export type PublishEntryResult =
  | { readonly id: string; readonly ok: true; readonly messageId: string }
  | {
      readonly id: string;
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      /** True when the transport blames the request (SNS `SenderFault`), false when itself. */
      readonly senderFault: boolean;
    };

/** Per-call options of `publishBatch`. */
export interface PublishOptions {
  /**
   * Aborted at the invocation's deadline: stop waiting, give up the connection. A publisher that
   * ignores it is still not waited for (the caller stops at the deadline either way).
   */
  readonly abortSignal?: AbortSignal;
}

/**
 * Where outcomes go: SNS in production (`createSnsOutcomePublisher`), memory in tests and benchmarks
 * (`createInMemoryOutcomePublisher`). One call publishes one chunk (at most 10 entries within SNS's
 * aggregate size) to one topic and reports on its entries by id, in any order. It may throw, and may
 * leave an entry out: the caller reads its answer with `resultsInEntryOrder` and `failedEntries`,
 * which count such entries as not published.
 *
 * @example
 * const results = await publisher.publishBatch(topicArn, [{ id: "r0", message, attributes, bytes }]);
 * results[0].ok; // true once published
 */
export interface OutcomePublisher {
  publishBatch(
    topicArn: string,
    entries: readonly PublishEntry[],
    options?: PublishOptions,
  ): Promise<readonly PublishEntryResult[]>;
}

/**
 * Every entry of a call that threw or got no answer, as failed: the code is the error's name (an
 * SDK exception's, `ThrottledException`), or Node's code when the name says only "Error" (a network
 * error's `ECONNREFUSED`); `senderFault` when the SDK blames the request.
 *
 * @example failedEntries(entries, new Error("connect ECONNREFUSED"))[0].code; // "Error"
 */
export function failedEntries(
  entries: readonly PublishEntry[],
  error: unknown,
): PublishEntryResult[] {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; $fault?: unknown };
  const name = typeof e?.name === "string" && e.name !== "Error" ? e.name : undefined;
  const code = name ?? (typeof e?.code === "string" ? e.code : "Error");
  const message = typeof e?.message === "string" ? e.message : String(error);
  const senderFault = e?.$fault === "client";
  return entries.map((entry) => ({ id: entry.id, ok: false, code, message, senderFault }));
}

/**
 * A publisher's answer as one result per entry, in entry order: an entry it reported nothing on
 * (or only under an id it was not given) is failed with `MissingFromResponse`.
 *
 * @example resultsInEntryOrder([{ id: "r0", … }], [])[0].code; // "MissingFromResponse"
 */
export function resultsInEntryOrder(
  entries: readonly PublishEntry[],
  reported: readonly PublishEntryResult[],
): PublishEntryResult[] {
  return entries.map((entry, i) => {
    // Publishers usually answer in entry order; look further only when this one does not.
    const inOrder = reported[i];
    const result = inOrder?.id === entry.id ? inOrder : reported.find((r) => r.id === entry.id);
    return (
      result ?? {
        id: entry.id,
        ok: false,
        code: "MissingFromResponse",
        message: "the publisher reported the entry neither as published nor as failed",
        senderFault: false,
      }
    );
  });
}
