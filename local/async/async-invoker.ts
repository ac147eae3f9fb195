import { randomUUID } from "node:crypto";
import {
  type AsyncHandler,
  type AsyncInvocationResult,
  invokeAsyncWithDestinations,
} from "../destinations";

/** Largest payload of an asynchronous Invoke (API_Invoke: 1 MB). */
export const MAX_ASYNC_PAYLOAD_BYTES = 1_048_576;

/** When Lambda retries after a function error: ~1 minute, then ~2 minutes later (invocation-async). */
export const AWS_RETRY_DELAYS_SECONDS = [60, 120] as const;

/** EventInvokeConfig (PutFunctionEventInvokeConfig): retries, event age, destinations. */
export interface EventInvokeConfig {
  /** 0 to 2. */
  readonly maximumRetryAttempts: number;
  /** 60 to 21,600. */
  readonly maximumEventAgeSeconds: number;
  readonly onSuccessDestinationArn?: string;
  readonly onFailureDestinationArn?: string;
}

/** Sends a record to a destination (an SNS topic here: the record text is the SNS Message). */
export type DestinationDelivery = (destinationArn: string, recordJson: string) => Promise<void>;

/** What happened to one asynchronous invocation, for progress, summaries and tests. */
export interface AsyncInvocationReport {
  readonly requestId: string;
  readonly payloadJson: string;
  readonly result: AsyncInvocationResult;
  /** Where the record went; undefined when no destination is configured for its condition. */
  readonly destinationArn?: string;
  /** Set when the record could not be delivered (AWS: the DestinationDeliveryFailures metric). */
  readonly deliveryError?: string;
}

export interface AsyncInvokerOptions {
  /** Unqualified function ARN (records carry it with :$LATEST). */
  readonly functionArn: string;
  readonly handler: AsyncHandler;
  readonly config: EventInvokeConfig;
  readonly deliver: DestinationDelivery;
  readonly onSettled?: (report: AsyncInvocationReport) => void;
}

/**
 * After how many failed attempts an event is older than MaximumEventAgeInSeconds when its next
 * retry is due (Lambda then sends EventAgeExceeded instead of retrying); undefined when every
 * retry is still young enough. Counted in AWS's time: retries ~60 s and ~180 s after the event.
 *
 * @example attemptsBeforeEventAgeExceeded(100, 2) // → 2 (the 2nd retry would be 180 s old)
 */
export function attemptsBeforeEventAgeExceeded(
  maximumEventAgeSeconds: number,
  maximumRetryAttempts: number,
): number | undefined {
  let ageSeconds = 0;
  for (let attempt = 1; attempt <= maximumRetryAttempts; attempt++) {
    ageSeconds += AWS_RETRY_DELAYS_SECONDS[attempt - 1] ?? 120;
    if (ageSeconds > maximumEventAgeSeconds) return attempt;
  }
  return undefined;
}

/**
 * Lambda's asynchronous invocation (InvocationType Event) of a local function: Invoke checks the
 * payload (JSON, at most 1 MB) and returns 202 with a request id at once; in the background the
 * function runs and is retried per the EventInvokeConfig (local/destinations runs the attempts and
 * builds the record exactly as AWS does), then the Success / RetriesExhausted / EventAgeExceeded
 * record is delivered to the OnSuccess or OnFailure destination. Retry waits are compressed to
 * nothing; event age is judged in AWS's time.
 *
 * @example
 * const invoker = new AsyncInvoker({ functionArn, handler, config, deliver });
 * const { requestId } = invoker.invoke(JSON.stringify(order));
 * await invoker.settled();
 */
export class AsyncInvoker {
  readonly stats = { invoked: 0, succeeded: 0, failed: 0, attempts: 0, deliveryFailures: 0 };
  private readonly pending = new Set<Promise<void>>();
  private readonly expiresAfterAttempts: number | undefined;

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
    this.expiresAfterAttempts = attemptsBeforeEventAgeExceeded(
      maximumEventAgeSeconds,
      maximumRetryAttempts,
    );
  }

  /**
   * Invoke with InvocationType Event. Throws, as Invoke answers 413 / 400, when the payload is
   * larger than 1 MB or is not JSON; otherwise returns at once while the invocation runs.
   */
  invoke(payloadJson: string): { requestId: string; statusCode: 202 } {
    const bytes = Buffer.byteLength(payloadJson);
    if (bytes > MAX_ASYNC_PAYLOAD_BYTES) {
      throw new Error(
        `RequestEntityTooLargeException: the payload is ${bytes} bytes; an asynchronous Invoke accepts at most ${MAX_ASYNC_PAYLOAD_BYTES}. Send it through the orders queue instead.`,
      );
    }
    try {
      JSON.parse(payloadJson);
    } catch (error) {
      throw new Error(
        `InvalidRequestContentException: could not parse the request body into JSON (${(error as Error).message}); an Invoke payload must be JSON`,
      );
    }
    const requestId = randomUUID();
    this.stats.invoked++;
    const run = this.run(requestId, payloadJson).finally(() => this.pending.delete(run));
    this.pending.add(run);
    return { requestId, statusCode: 202 };
  }

  /** Resolves when every invocation accepted so far has delivered its record (or failed to). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Invocations still running. */
  get inFlight(): number {
    return this.pending.size;
  }

  private async run(requestId: string, payloadJson: string): Promise<void> {
    const { functionArn, handler, config, deliver, onSettled } = this.options;
    const result = await invokeAsyncWithDestinations(handler, payloadJson, {
      functionArn,
      requestId,
      maximumRetryAttempts: config.maximumRetryAttempts,
      ...(this.expiresAfterAttempts === undefined
        ? {}
        : { expiresAfterAttempts: this.expiresAfterAttempts }),
    });
    this.stats.attempts += result.attempts;
    if (result.condition === "Success") this.stats.succeeded++;
    else this.stats.failed++;

    const destinationArn =
      result.condition === "Success"
        ? config.onSuccessDestinationArn
        : config.onFailureDestinationArn;
    const report = { requestId, payloadJson, result };
    if (destinationArn === undefined) {
      onSettled?.(report);
      return;
    }
    try {
      await deliver(destinationArn, result.json);
      onSettled?.({ ...report, destinationArn });
    } catch (error) {
      this.stats.deliveryFailures++;
      onSettled?.({ ...report, destinationArn, deliveryError: (error as Error).message });
    }
  }
}
