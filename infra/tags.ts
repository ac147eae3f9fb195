// Tag keys the program sets and the policy pack reads (policy/ imports them from here).

/** Marks how a function is invoked: "sqs", "async" or "sqs async" (space-separated). */
export const INVOCATION_TAG = "order-events:invocation";

/** The topology key of a resource ("orders", "processor", "success"). */
export const COMPONENT_TAG = "order-events:component";

/** sha256 of a function's bundle, to tell which build a deployed function runs. */
export const BUNDLE_SHA256_TAG = "order-events:bundle-sha256";

/**
 * The value of INVOCATION_TAG for a function's invocation modes.
 *
 * @example invocationTagValue({ sqsQueues: ["orders"], asynchronous: true }) // "sqs async"
 */
export function invocationTagValue(invocation: {
  sqsQueues: string[];
  asynchronous: boolean;
}): string {
  return [
    invocation.sqsQueues.length > 0 ? "sqs" : undefined,
    invocation.asynchronous ? "async" : undefined,
  ]
    .filter((m): m is string => m !== undefined)
    .join(" ");
}

/** True when INVOCATION_TAG says the function is invoked asynchronously. */
export function expectsAsyncInvocation(tags: Record<string, string> | undefined): boolean {
  return (tags?.[INVOCATION_TAG] ?? "").split(" ").includes("async");
}
