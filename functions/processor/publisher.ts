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
 * aggregate size) to one topic and reports every entry. It may throw: the caller then treats every
 * entry of the call as not published.
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
