import type { Context } from "aws-lambda";

/** What identifies one invocation of a local function. */
export interface InvocationIdentity {
  readonly functionName: string;
  /** Qualified ARN (…:function:name:$LATEST), as destination records carry it. */
  readonly functionArn: string;
  readonly requestId: string;
  readonly memoryLimitInMB?: number;
  readonly timeoutSeconds?: number;
}

/**
 * A Lambda `Context` for a local invocation: the fields a handler reads (request id, function
 * ARN, remaining time), with values shaped as AWS shapes them.
 *
 * @example const context = lambdaContext({ functionName: "processor", functionArn, requestId: randomUUID() });
 */
export function lambdaContext(identity: InvocationIdentity): Context {
  const timeoutMs = (identity.timeoutSeconds ?? 30) * 1000;
  const deadline = Date.now() + timeoutMs;
  const fail = (what: string) => () => {
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
    done: fail("done"),
    fail: fail("fail"),
    succeed: fail("succeed"),
  };
}

/** The qualified ARN of a function version, as Lambda puts it in requestContext.functionArn. */
export function qualifiedFunctionArn(unqualifiedArn: string, qualifier = "$LATEST"): string {
  return `${unqualifiedArn}:${qualifier}`;
}

/** The ARN Lambda would give a function of this name in this Region and account. */
export function functionArn(region: string, accountId: string, functionName: string): string {
  return `arn:aws:lambda:${region}:${accountId}:function:${functionName}`;
}
