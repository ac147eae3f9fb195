import type { LambdaDestinationRecord } from "../../generated/types";
import { nodeErrorPayload } from "./error-payload";
import { LATEST, qualifierOf, qualifyFunctionArn } from "./function-arn";

/** The record format version in every known record. */
export const RECORD_VERSION = "1.0";

/** Conditions of an asynchronous invocation record: OnSuccess, or one of the OnFailure reasons. */
export type InvocationCondition = "Success" | "RetriesExhausted" | "EventAgeExceeded";

/** Facts about the invocation that Lambda puts in requestContext and responseContext. */
export interface InvocationFacts {
  /** The asynchronous invocation's request id (unchanged across retries). */
  requestId: string;
  /** The invoked function's ARN; unqualified ARNs are recorded with `:$LATEST`. */
  functionArn: string;
  /** How many times Lambda ran the function: 1 without retries, up to 3. */
  approximateInvokeCount: number;
  /** When Lambda made the record. */
  timestamp: Date;
  /** The version that ran; default: the ARN's qualifier when it is a version number, else `$LATEST`. */
  executedVersion?: string;
}

/** Everything a record is made of. Payloads are JSON text, embedded verbatim as Lambda does. */
export interface DestinationRecordParts {
  invocation: InvocationFacts;
  condition: InvocationCondition;
  /** The invocation payload exactly as the caller sent it (Lambda does not re-serialise it). */
  requestPayloadJson: string;
  /**
   * What the runtime reported: the returned value's JSON on success, the error object's JSON on
   * failure. Omitted for a failure that never ran (then the record has no responseContext either).
   */
  responsePayloadJson?: string;
}

/** A built record: the exact text Lambda publishes, and the same record parsed. */
export interface BuiltDestinationRecord {
  json: string;
  record: LambdaDestinationRecord;
}

function assertJson(text: string, what: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${what} must be JSON text, as Lambda only accepts JSON payloads: ${(error as Error).message}`,
    );
  }
}

function executedVersionOf(invocation: InvocationFacts): string {
  if (invocation.executedVersion !== undefined) return invocation.executedVersion;
  const qualifier = qualifierOf(invocation.functionArn);
  return /^[0-9]+$/.test(qualifier) ? qualifier : LATEST;
}

/**
 * Builds a Lambda destination record byte for byte as Lambda does (the format:
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html, and the
 * recorded samples in tests/fixtures/aws-samples/): compact JSON, fields in AWS's order (version,
 * timestamp, requestContext, requestPayload, responseContext, responsePayload), the function ARN
 * qualified, statusCode 200 even on failure, functionError "Unhandled" on failure, and both
 * payloads embedded verbatim.
 *
 * @example
 * destinationRecord({
 *   invocation: { requestId: "c6af…", functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
 *                 approximateInvokeCount: 1, timestamp: new Date() },
 *   condition: "Success",
 *   requestPayloadJson: '{"order_id":"ORD-1"}',
 *   responsePayloadJson: '{"status":"SUCCESS"}',
 * }).json // → '{"version":"1.0","timestamp":"…","requestContext":{…},"requestPayload":{"order_id":"ORD-1"},…}'
 */
export function destinationRecord(parts: DestinationRecordParts): BuiltDestinationRecord {
  const { invocation, condition, requestPayloadJson, responsePayloadJson } = parts;
  if (
    !Number.isInteger(invocation.approximateInvokeCount) ||
    invocation.approximateInvokeCount < 1
  ) {
    throw new Error(
      `approximateInvokeCount must be an integer of at least 1, got ${invocation.approximateInvokeCount}`,
    );
  }
  if (condition === "Success" && responsePayloadJson === undefined) {
    throw new Error("a Success record needs responsePayloadJson (what the function returned)");
  }
  assertJson(requestPayloadJson, "requestPayloadJson");
  if (responsePayloadJson !== undefined) assertJson(responsePayloadJson, "responsePayloadJson");

  const head = JSON.stringify({
    version: RECORD_VERSION,
    timestamp: invocation.timestamp.toISOString(),
    requestContext: {
      requestId: invocation.requestId,
      functionArn: qualifyFunctionArn(invocation.functionArn),
      condition,
      approximateInvokeCount: invocation.approximateInvokeCount,
    },
  });
  let json = `${head.slice(0, -1)},"requestPayload":${requestPayloadJson}`;
  if (responsePayloadJson !== undefined) {
    const responseContext = {
      statusCode: 200,
      executedVersion: executedVersionOf(invocation),
      ...(condition === "Success" ? {} : { functionError: "Unhandled" }),
    };
    json += `,"responseContext":${JSON.stringify(responseContext)},"responsePayload":${responsePayloadJson}`;
  }
  json += "}";
  return { json, record: JSON.parse(json) as LambdaDestinationRecord };
}

/**
 * The OnSuccess record for an invocation whose handler returned `returned`. The Node.js runtime
 * serialises the return value with JSON.stringify (undefined becomes null).
 *
 * @example successDestinationRecord({ invocation, requestPayloadJson: body, returned: outcome }).record
 */
export function successDestinationRecord(input: {
  invocation: InvocationFacts;
  requestPayloadJson: string;
  returned: unknown;
}): BuiltDestinationRecord {
  return destinationRecord({
    invocation: input.invocation,
    condition: "Success",
    requestPayloadJson: input.requestPayloadJson,
    responsePayloadJson: JSON.stringify(input.returned === undefined ? null : input.returned),
  });
}

/**
 * The OnFailure record for an invocation whose last attempt threw `error` (the responsePayload is
 * the Node.js runtime's error object, see nodeErrorPayload). Pass `error: undefined` with
 * `neverRan: true` for an event that expired before any attempt.
 *
 * @example failureDestinationRecord({ invocation, condition: "RetriesExhausted", requestPayloadJson: body, error }).json
 */
export function failureDestinationRecord(input: {
  invocation: InvocationFacts;
  condition: Exclude<InvocationCondition, "Success">;
  requestPayloadJson: string;
  error: unknown;
  neverRan?: boolean;
}): BuiltDestinationRecord {
  return destinationRecord({
    invocation: input.invocation,
    condition: input.condition,
    requestPayloadJson: input.requestPayloadJson,
    ...(input.neverRan
      ? {}
      : { responsePayloadJson: JSON.stringify(nodeErrorPayload(input.error)) }),
  });
}
