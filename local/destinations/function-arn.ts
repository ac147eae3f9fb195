/** `$LATEST`: the unpublished version, what an unqualified invocation runs. */
export const LATEST = "$LATEST";

const FUNCTION_ARN = /^arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:]+(?::([^:]+))?$/;

/**
 * The function ARN as a destination record's requestContext carries it: always qualified. An
 * unqualified ARN (how an async invocation is usually made) gains `:$LATEST`, a qualified one
 * (version or alias) is kept.
 *
 * @example qualifyFunctionArn("arn:aws:lambda:us-east-2:123456789012:function:processor")
 * // → "arn:aws:lambda:us-east-2:123456789012:function:processor:$LATEST"
 */
export function qualifyFunctionArn(functionArn: string): string {
  const match = FUNCTION_ARN.exec(functionArn);
  if (!match) {
    throw new Error(
      `"${functionArn}" is not a Lambda function ARN (arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>])`,
    );
  }
  return match[1] === undefined ? `${functionArn}:${LATEST}` : functionArn;
}

/** The qualifier of a qualified function ARN: `$LATEST`, a version number or an alias name. */
export function qualifierOf(functionArn: string): string {
  const qualified = qualifyFunctionArn(functionArn);
  return qualified.slice(qualified.lastIndexOf(":") + 1);
}
