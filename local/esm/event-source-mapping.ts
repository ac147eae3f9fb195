import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import type { SqsEvent } from "../../generated/types";
import { type BatchDisposition, disposeBatch, type InvocationResult } from "./batch-result";
import { toSqsEvent } from "./sqs-event";

/** Lambda's synchronous invocation payload limit: a batch never exceeds it. */
export const MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;

/** A function the mapping invokes synchronously with one SQS event. */
export type SqsEventHandler = (event: SqsEvent) => unknown;

/** One invocation, as observers (progress, summaries, tests) see it. */
export interface InvocationReport {
  readonly mapping: string;
  readonly event: SqsEvent;
  readonly result: InvocationResult;
  readonly disposition: BatchDisposition;
  readonly durationMs: number;
  /** Messages whose delete failed (receipt handle expired): SQS will deliver them again. */
  readonly deleteFailures: readonly string[];
}

/** Counters of one mapping. */
export interface MappingStats {
  invocations: number;
  records: number;
  deleted: number;
  retried: number;
  wholeBatchFailures: number;
  deleteFailures: number;
}

/** Settings with the names and meaning of Lambda's CreateEventSourceMapping, plus local timing. */
export interface EventSourceMappingOptions {
  /** A name for reports, e.g. the function's name. */
  readonly name: string;
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  readonly handler: SqsEventHandler;
  /** BatchSize: 1 to 10,000 on a standard queue. */
  readonly batchSize: number;
  /** MaximumBatchingWindowInSeconds: 0 to 300; required ≥ 1 when batchSize > 10. */
  readonly maximumBatchingWindowSeconds: number;
  /** FunctionResponseTypes includes ReportBatchItemFailures. */
  readonly reportBatchItemFailures: boolean;
  /** ScalingConfig.MaximumConcurrency: how many batches run at once (local pollers). Default 2. */
  readonly maximumConcurrency?: number;
  /**
   * Local time compression: the visibility timeout each receive asks for, instead of the queue's
   * (so a failed message comes back after this many seconds, not after minutes). Undefined: the
   * queue's own VisibilityTimeout, exactly as in AWS.
   */
  readonly visibilityTimeoutSeconds?: number;
  /** Local time compression of the batching window, in milliseconds. Undefined: the real window. */
  readonly batchingWindowMs?: number;
  /** Called after every invocation and its deletes. */
  readonly onInvocation?: (report: InvocationReport) => void;
}

/**
 * Polls an SQS queue and invokes a function with Lambda's SQS event source mapping semantics:
 * batches of up to `batchSize` gathered within the batching window (and under the 6 MB payload
 * limit), records shaped as AWS shapes them, a synchronous invocation, deletion of what succeeded
 * and nothing else (partial batch responses per ReportBatchItemFailures; a throw or an invalid
 * response keeps the whole batch). What is not deleted reappears after the visibility timeout
 * with a higher ApproximateReceiveCount, and SQS itself (the emulator) redrives it to the DLQ
 * after the queue's maxReceiveCount.
 *
 * @example
 * const esm = new EventSourceMapping({ name: "processor", sqs, queueUrl, queueArn, region,
 *   handler, batchSize: 10, maximumBatchingWindowSeconds: 0, reportBatchItemFailures: true });
 * esm.start();
 * // ...
 * await esm.stop();
 */
export class EventSourceMapping {
  readonly stats: MappingStats = {
    invocations: 0,
    records: 0,
    deleted: 0,
    retried: 0,
    wholeBatchFailures: 0,
    deleteFailures: 0,
  };
  private readonly abort = new AbortController();
  private pollers: Promise<void>[] = [];
  private busy = 0;

  constructor(private readonly options: EventSourceMappingOptions) {
    const { batchSize, maximumBatchingWindowSeconds } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      throw new RangeError(
        `${options.name}: BatchSize ${batchSize} is outside 1..10000 (standard SQS queue)`,
      );
    }
    if (maximumBatchingWindowSeconds < 0 || maximumBatchingWindowSeconds > 300) {
      throw new RangeError(
        `${options.name}: MaximumBatchingWindowInSeconds ${maximumBatchingWindowSeconds} is outside 0..300`,
      );
    }
    if (batchSize > 10 && maximumBatchingWindowSeconds < 1) {
      throw new RangeError(
        `${options.name}: BatchSize ${batchSize} > 10 needs MaximumBatchingWindowInSeconds >= 1 (AWS rule)`,
      );
    }
  }

  /** True while a batch is being gathered, invoked or deleted. */
  get isBusy(): boolean {
    return this.busy > 0;
  }

  /** Starts the pollers; call once. */
  start(): void {
    if (this.pollers.length > 0) throw new Error(`${this.options.name}: already started`);
    const concurrency = this.options.maximumConcurrency ?? 2;
    for (let i = 0; i < concurrency; i++) this.pollers.push(this.pollLoop());
  }

  /** Stops polling; resolves when every in-flight batch has finished. Messages stay on the queue. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.pollers);
  }

  private async pollLoop(): Promise<void> {
    let carried: Message[] = [];
    while (!this.abort.signal.aborted) {
      try {
        const { batch, rest } = await this.gatherBatch(carried);
        carried = rest;
        if (batch.length === 0) continue;
        this.busy++;
        try {
          await this.invoke(batch);
        } finally {
          this.busy--;
        }
      } catch (error) {
        if (this.abort.signal.aborted) break;
        // A failed poll (emulator restarting, throttling): back off briefly, as Lambda's pollers do.
        process.emitWarning(
          `${this.options.name}: polling ${this.options.queueUrl} failed: ${(error as Error).message}; retrying`,
        );
        await sleep(200);
      }
    }
  }

  /** Receives until the batch is full, the window closes, or the payload limit would be passed. */
  private async gatherBatch(carried: Message[]): Promise<{ batch: Message[]; rest: Message[] }> {
    const { batchSize, maximumBatchingWindowSeconds, batchingWindowMs } = this.options;
    const windowMs = batchingWindowMs ?? maximumBatchingWindowSeconds * 1000;
    const batch: Message[] = [];
    const rest: Message[] = [];
    let bytes = 0;
    const take = (messages: Message[]) => {
      for (const message of messages) {
        const size = Buffer.byteLength(message.Body ?? "") + 1024; // record overhead, generously
        if (batch.length < batchSize && bytes + size <= MAX_SYNC_PAYLOAD_BYTES) {
          batch.push(message);
          bytes += size;
        } else {
          rest.push(message); // already in flight: the next batch of this poller takes it
        }
      }
    };
    take(carried);
    const full = () => batch.length >= batchSize || rest.length > 0;
    // The window opens with the batch's first record; window 0 invokes with what one receive got.
    let deadline = batch.length > 0 ? Date.now() + windowMs : Number.POSITIVE_INFINITY;
    while (!full() && !this.abort.signal.aborted) {
      const remainingMs = deadline - Date.now();
      if (batch.length > 0 && remainingMs <= 0) break;
      // Long polls stay short (≤ 1 s) so that stop() is prompt even without an abortable transport.
      const waitSeconds = batch.length === 0 ? 1 : Math.min(1, Math.floor(remainingMs / 1000));
      const received = await this.receive(Math.min(10, batchSize - batch.length), waitSeconds);
      const hadNone = batch.length === 0;
      take(received);
      if (hadNone && batch.length > 0) deadline = Date.now() + windowMs;
      if (windowMs === 0 && batch.length > 0) break;
      if (received.length === 0 && batch.length > 0) {
        await sleep(Math.min(50, Math.max(0, deadline - Date.now())));
      }
    }
    return { batch, rest };
  }

  private async receive(max: number, waitSeconds: number): Promise<Message[]> {
    const { sqs, queueUrl, visibilityTimeoutSeconds } = this.options;
    try {
      const response = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: max,
          WaitTimeSeconds: waitSeconds,
          MessageSystemAttributeNames: ["All"],
          MessageAttributeNames: ["All"],
          ...(visibilityTimeoutSeconds === undefined
            ? {}
            : { VisibilityTimeout: visibilityTimeoutSeconds }),
        }),
        { abortSignal: this.abort.signal },
      );
      return response.Messages ?? [];
    } catch (error) {
      if (this.abort.signal.aborted) return [];
      throw error;
    }
  }

  private async invoke(batch: Message[]): Promise<void> {
    const { name, queueArn, region, handler, reportBatchItemFailures, onInvocation } = this.options;
    const event = toSqsEvent(batch, { queueArn, region });
    const started = performance.now();
    let result: InvocationResult;
    try {
      result = { kind: "returned", value: await handler(event) };
    } catch (error) {
      result = { kind: "threw", error };
    }
    const durationMs = performance.now() - started;
    const ids = event.Records.map((r) => r.messageId);
    const disposition = disposeBatch(ids, result, reportBatchItemFailures);
    const deleteFailures = await this.deleteMessages(event, disposition.delete);

    this.stats.invocations++;
    this.stats.records += ids.length;
    this.stats.deleted += disposition.delete.length - deleteFailures.length;
    this.stats.retried += disposition.retry.length;
    this.stats.deleteFailures += deleteFailures.length;
    if (disposition.wholeBatchFailure) this.stats.wholeBatchFailures++;
    onInvocation?.({ mapping: name, event, result, disposition, durationMs, deleteFailures });
  }

  /** DeleteMessageBatch in chunks of 10; returns the ids whose delete failed. */
  private async deleteMessages(event: SqsEvent, ids: readonly string[]): Promise<string[]> {
    const handles = new Map(event.Records.map((r) => [r.messageId, r.receiptHandle]));
    const failed: string[] = [];
    for (let i = 0; i < ids.length; i += 10) {
      const chunk = ids.slice(i, i + 10);
      try {
        const response = await this.options.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: this.options.queueUrl,
            Entries: chunk.map((id, index) => ({
              Id: String(index),
              ReceiptHandle: handles.get(id) ?? "",
            })),
          }),
        );
        for (const failure of response.Failed ?? []) {
          const id = chunk[Number(failure.Id)];
          if (id !== undefined) failed.push(id);
        }
      } catch {
        failed.push(...chunk);
      }
    }
    return failed;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
