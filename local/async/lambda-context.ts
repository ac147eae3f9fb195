import type { Context } from "aws-lambda";

/** What identifies one invocation of a local function. */
export interface InvocationIdentity {
  readonly functionName: string;
  /** The ARN the function was invoked by. */
  readonly functionArn: string;
  readonly requestId: string;
  readonly memoryLimitInMB?: number;
  readonly timeoutSeconds?: number;
}

/**
 * A Lambda `Context` for a local synchronous invocation (what the event source mapping passes):
 * request id, function name and ARN, remaining time counted from the function's timeout.
 *
 * @example const context = lambdaContext({ functionName: "processor", functionArn, requestId: randomUUID() });
 */
export function lambdaContext(identity: InvocationIdentity): Context {
  const deadline = Date.now() + (identity.timeoutSeconds ?? 30) * 1000;
  const legacy = (what: string) => () => {
    throw new Error(
      `context.${what}() is the legacy callback API; return a value or throw from an async handler`,
    );
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: identity.functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: identity.functionArn,
    memoryLimitInMB: String(identity.memoryLimitInMB ?? 256),
    awsRequestId: identity.requestId,
    logGroupName: `/aws/lambda/${identity.functionName}`,
    logStreamName: `local/[$LATEST]${identity.requestId.replaceAll("-", "")}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: legacy("done"),
    fail: legacy("fail"),
    succeed: legacy("succeed"),
  };
}

/** The ARN Lambda gives a function of this name in this Region and account. */
export function functionArn(region: string, accountId: string, functionName: string): string {
  return `arn:aws:lambda:${region}:${accountId}:function:${functionName}`;
}
