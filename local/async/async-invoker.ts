import { randomUUID } from "node:crypto";
import type { Context } from "aws-lambda";
import { type InvocationIdentity, lambdaContext, qualifiedFunctionArn } from "./lambda-context";

/** Largest payload of an asynchronous Invoke (API_Invoke: 1 MB since 2025). */
export const MAX_ASYNC_PAYLOAD_BYTES = 1_048_576;

/** Delay before the 1st and 2nd retry of a function error, in AWS's time (~1 min, ~2 min). */
export const AWS_RETRY_DELAYS_SECONDS = [60, 120] as const;

/** The function an asynchronous invocation runs. */
export type AsyncHandler = (event: unknown, context: Context) => unknown;

/** EventInvokeConfig: retries, event age, destinations (PutFunctionEventInvokeConfig). */
export interface EventInvokeConfig {
  /** 0 to 2. */
  readonly maximumRetryAttempts: number;
  /** 60 to 21,600. */
  readonly maximumEventAgeSeconds: number;
  readonly onSuccessDestinationArn?: string;
  readonly onFailureDestinationArn?: string;
}

/** How the last attempt ended. */
export type AttemptResult =
  | { readonly kind: "success"; readonly response: unknown }
  | { readonly kind: "error"; readonly error: unknown };

/** Everything a destination record is made of. */
export interface DestinationRecordInput {
  readonly requestId: string;
  /** Qualified (…:$LATEST). */
  readonly functionArn: string;
  readonly condition: "Success" | "RetriesExhausted" | "EventAgeExceeded";
  readonly approximateInvokeCount: number;
  /** The payload exactly as the invoker sent it (Lambda embeds it verbatim). */
  readonly requestPayloadText: string;
  readonly last: AttemptResult;
  readonly timestamp: Date;
}

/** Builds the JSON text of a destination record (AWS's format: lib/destinations). */
export type DestinationRecordBuilder = (input: DestinationRecordInput) => string;

/** Sends a record to a destination (an SNS topic here: the record is the SNS Message). */
export type DestinationDelivery = (destinationArn: string, recordText: string) => Promise<void>;

/** What happened to one asynchronous invocation, for progress, summaries and tests. */
export interface AsyncInvocationReport {
  readonly requestId: string;
  readonly requestPayloadText: string;
  readonly attempts: number;
  readonly condition: DestinationRecordInput["condition"];
  readonly destinationArn?: string;
  readonly recordText?: string;
  /** Set when the record could not be delivered (AWS: the DestinationDeliveryFailures metric). */
  readonly deliveryError?: string;
}

export interface AsyncInvokerOptions {
  readonly functionName: string;
  /** Unqualified function ARN. */
  readonly functionArn: string;
  readonly handler: AsyncHandler;
  readonly config: EventInvokeConfig;
  readonly buildRecord: DestinationRecordBuilder;
  readonly deliver: DestinationDelivery;
  /**
   * Local time compression: real milliseconds to wait before each retry (AWS waits ~1 and ~2
   * minutes; event age is computed in AWS's time, AWS_RETRY_DELAYS_SECONDS). Default [20, 40].
   */
  readonly retryDelaysMs?: readonly [number, number];
  readonly onSettled?: (report: AsyncInvocationReport) => void;
}

/**
 * Runs a function the way Lambda runs an asynchronous invocation (InvocationType Event): Invoke
 * accepts the payload and returns at once; the function runs, is retried after a function error
 * up to MaximumRetryAttempts times (unless the event grew older than MaximumEventAgeInSeconds),
 * then a destination record (Success, RetriesExhausted or EventAgeExceeded) goes to the OnSuccess
 * or OnFailure destination. Event age is counted in AWS's time (retries after ~1 and ~2 minutes)
 * while the waits themselves are compressed.
 *
 * @example
 * const invoker = new AsyncInvoker({ functionName: "processor", functionArn, handler, config, buildRecord, deliver });
 * const { requestId } = invoker.invoke(JSON.stringify(order));
 * await invoker.settled();
 */
export class AsyncInvoker {
  private readonly pending = new Set<Promise<void>>();
  readonly stats = { invoked: 0, succeeded: 0, failed: 0, attempts: 0, deliveryFailures: 0 };

  constructor(private readonly options: AsyncInvokerOptions) {
    const { maximumRetryAttempts, maximumEventAgeSeconds } = options.config;
    if (
      !Number.isInteger(maximumRetryAttempts) ||
      maximumRetryAttempts < 0 ||
      maximumRetryAttempts > 2
    ) {
      throw new RangeError(`MaximumRetryAttempts ${maximumRetryAttempts} is outside 0..2`);
    }
    if (maximumEventAgeSeconds < 60 || maximumEventAgeSeconds > 21_600) {
      throw new RangeError(
        `MaximumEventAgeInSeconds ${maximumEventAgeSeconds} is outside 60..21600`,
      );
    }
  }

  /**
   * Invoke with InvocationType Event: validates the payload as Lambda does (JSON, at most 1 MB),
   * then returns the request id while the invocation runs in the background.
   * Throws (as Invoke answers 400/413) when the payload is not accepted.
   */
  invoke(payloadText: string): { requestId: string; statusCode: 202 } {
    const bytes = Buffer.byteLength(payloadText);
    if (bytes > MAX_ASYNC_PAYLOAD_BYTES) {
      throw new Error(
        `RequestEntityTooLargeException: the payload is ${bytes} bytes; an asynchronous Invoke accepts at most ${MAX_ASYNC_PAYLOAD_BYTES}. Send large orders through the queue instead.`,
      );
    }
    let event: unknown;
    try {
      event = JSON.parse(payloadText);
    } catch (error) {
      throw new Error(
        `InvalidRequestContentException: could not parse the request body into JSON (${(error as Error).message}); an Invoke payload must be JSON`,
      );
    }
    const requestId = randomUUID();
    this.stats.invoked++;
    const run = this.run(requestId, payloadText, event).finally(() => this.pending.delete(run));
    this.pending.add(run);
    return { requestId, statusCode: 202 };
  }

  /** Resolves when every invocation accepted so far has delivered its record (or failed to). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Invocations still running or waiting for a retry. */
  get inFlight(): number {
    return this.pending.size;
  }

  private async run(requestId: string, payloadText: string, event: unknown): Promise<void> {
    const { config, functionName, functionArn, retryDelaysMs = [20, 40] } = this.options;
    const identity: InvocationIdentity = {
      functionName,
      functionArn: qualifiedFunctionArn(functionArn),
      requestId,
    };
    let ageSeconds = 0;
    let attempts = 0;
    let last: AttemptResult = { kind: "error", error: new Error("never ran") };
    let condition: DestinationRecordInput["condition"] = "RetriesExhausted";
    for (;;) {
      attempts++;
      this.stats.attempts++;
      last = await this.attempt(event, identity);
      if (last.kind === "success") {
        condition = "Success";
        break;
      }
      const retriesDone = attempts - 1;
      if (retriesDone >= config.maximumRetryAttempts) {
        condition = "RetriesExhausted";
        break;
      }
      ageSeconds += AWS_RETRY_DELAYS_SECONDS[retriesDone] ?? 120;
      if (ageSeconds > config.maximumEventAgeSeconds) {
        condition = "EventAgeExceeded";
        break;
      }
      await sleep(retryDelaysMs[retriesDone] ?? 40);
    }
    if (condition === "Success") this.stats.succeeded++;
    else this.stats.failed++;
    await this.sendRecord({
      requestId,
      functionArn: identity.functionArn,
      condition,
      approximateInvokeCount: attempts,
      requestPayloadText: payloadText,
      last,
      timestamp: new Date(),
    });
  }

  private async attempt(event: unknown, identity: InvocationIdentity): Promise<AttemptResult> {
    try {
      // Each attempt gets the payload afresh: a handler that mutates its event must not leak it.
      const response = await this.options.handler(structuredClone(event), lambdaContext(identity));
      return { kind: "success", response };
    } catch (error) {
      return { kind: "error", error };
    }
  }

  private async sendRecord(input: DestinationRecordInput): Promise<void> {
    const { config, buildRecord, deliver, onSettled } = this.options;
    const destinationArn =
      input.condition === "Success"
        ? config.onSuccessDestinationArn
        : config.onFailureDestinationArn;
    const base = {
      requestId: input.requestId,
      requestPayloadText: input.requestPayloadText,
      attempts: input.approximateInvokeCount,
      condition: input.condition,
    };
    if (destinationArn === undefined) {
      onSettled?.(base);
      return;
    }
    const recordText = buildRecord(input);
    try {
      await deliver(destinationArn, recordText);
      onSettled?.({ ...base, destinationArn, recordText });
    } catch (error) {
      this.stats.deliveryFailures++;
      onSettled?.({
        ...base,
        destinationArn,
        recordText,
        deliveryError: (error as Error).message,
      });
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
