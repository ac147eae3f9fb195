import type { Context } from "aws-lambda";
import {
  type BuiltDestinationRecord,
  failureDestinationRecord,
  type InvocationCondition,
  type InvocationFacts,
  successDestinationRecord,
} from "./record";

/** A Lambda handler as the asynchronous path calls it. */
export type AsyncHandler = (event: unknown, context: Context) => unknown;

/** How Lambda is configured to invoke asynchronously (EventInvokeConfig) and what this run is. */
export interface AsyncInvocationOptions {
  /** The ARN the caller invoked (usually unqualified). */
  functionArn: string;
  /** The invocation's request id; Lambda keeps it across retries. */
  requestId: string;
  /** MaximumRetryAttempts, 0 to 2 (AWS default 2). */
  maximumRetryAttempts?: number;
  /**
   * Simulates MaximumEventAgeInSeconds running out: after this many failed attempts Lambda gives up
   * with EventAgeExceeded instead of retrying further.
   */
  expiresAfterAttempts?: number;
  /** Clock for the record's timestamp. */
  now?: () => Date;
}

/** What an asynchronous invocation ended with, and the record Lambda Destinations would deliver. */
export interface AsyncInvocationResult extends BuiltDestinationRecord {
  condition: InvocationCondition;
  attempts: number;
}

function lambdaContext(options: AsyncInvocationOptions): Context {
  const functionName = options.functionArn.split(":")[6] ?? "function";
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: options.functionArn,
    memoryLimitInMB: "128",
    awsRequestId: options.requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "2026/01/01/[$LATEST]00000000000000000000000000000000",
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * Runs a handler the way Lambda runs an asynchronous invocation with destinations: the payload is
 * parsed afresh for each attempt, a throw is retried up to MaximumRetryAttempts, and the outcome
 * becomes an OnSuccess record (the returned value) or an OnFailure record (RetriesExhausted or
 * EventAgeExceeded, with the last error) built by this module. The payload text is embedded
 * verbatim. No AWS call is made.
 *
 * @example
 * const result = await invokeAsyncWithDestinations(processor.handler, JSON.stringify(order), {
 *   functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor", requestId: randomUUID(),
 * });
 * result.condition; // "Success" | "RetriesExhausted" | "EventAgeExceeded"
 * publish(result.condition === "Success" ? successTopic : failureTopic, result.json);
 */
export async function invokeAsyncWithDestinations(
  handler: AsyncHandler,
  payloadJson: string,
  options: AsyncInvocationOptions,
): Promise<AsyncInvocationResult> {
  const maxRetries = options.maximumRetryAttempts ?? 2;
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 2) {
    throw new Error(`maximumRetryAttempts must be 0, 1 or 2 (as in AWS), got ${maxRetries}`);
  }
  const now = options.now ?? (() => new Date());
  const context = lambdaContext(options);
  let lastError: unknown;
  let attempts = 0;
  while (attempts < 1 + maxRetries) {
    attempts += 1;
    const facts = (): InvocationFacts => ({
      requestId: options.requestId,
      functionArn: options.functionArn,
      approximateInvokeCount: attempts,
      timestamp: now(),
    });
    try {
      const returned = await handler(JSON.parse(payloadJson), context);
      const built = successDestinationRecord({
        invocation: facts(),
        requestPayloadJson: payloadJson,
        returned,
      });
      return { ...built, condition: "Success", attempts };
    } catch (error) {
      lastError = error;
      if (options.expiresAfterAttempts !== undefined && attempts >= options.expiresAfterAttempts) {
        const built = failureDestinationRecord({
          invocation: facts(),
          condition: "EventAgeExceeded",
          requestPayloadJson: payloadJson,
          error,
        });
        return { ...built, condition: "EventAgeExceeded", attempts };
      }
    }
  }
  const built = failureDestinationRecord({
    invocation: {
      requestId: options.requestId,
      functionArn: options.functionArn,
      approximateInvokeCount: attempts,
      timestamp: now(),
    },
    condition: "RetriesExhausted",
    requestPayloadJson: payloadJson,
    error: lastError,
  });
  return { ...built, condition: "RetriesExhausted", attempts };
}
