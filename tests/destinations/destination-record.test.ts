import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  validateLambdaDestinationRecord,
  validateOrderFailureDestinationRecord,
} from "../../generated/validators.cjs";
import {
  destinationRecord,
  failureDestinationRecord,
  nodeErrorPayload,
  qualifyFunctionArn,
  successDestinationRecord,
} from "../../local/destinations";
import { awsSamplesDir } from "../support/paths";

const sampleText = (file: string) => readFileSync(join(awsSamplesDir, file), "utf8");
const sample = (file: string) => JSON.parse(sampleText(file));
/** An error whose stack is exactly `lines` (to reproduce a recorded runtime trace). */
function errorWithTrace(name: string, message: string, lines: string[]): Error {
  const error = new Error(message);
  error.name = name;
  error.stack = lines.join("\n");
  return error;
}
/** Key paths of a JSON value, in order: compares the shape (and field order) of two records. */
function shape(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => [`${path}/${k}`, ...shape(v, `${path}/${k}`)]);
}

describe("destination records, built as AWS builds them", () => {
  it("reproduces byte for byte a real record read from an SQS destination (payloads verbatim)", () => {
    // serverless/blog 2020-03-10: a record on an SQS destination, body exactly as Lambda wrote it.
    const received = sample(
      "sqs-api-receive--serverless-blog-real--destination-record-in-sqs-body.json",
    );
    const body: string = received.Messages[0].Body;

    const { json } = destinationRecord({
      invocation: {
        requestId: "cabbfbd0-e266-42a9-a52e-6e96eb16c695",
        functionArn:
          "arn:aws:lambda:us-east-1:757370802528:function:arn-based-destinations-dev-helloStarting",
        approximateInvokeCount: 3,
        timestamp: new Date("2020-03-09T22:01:53.075Z"),
      },
      condition: "RetriesExhausted",
      requestPayloadJson: '{ "Success": true }',
      responsePayloadJson:
        '{"errorMessage": "name \'body\' is not defined", "errorType": "NameError", "stackTrace": ["  File \\"/var/task/handler.py\\", line 8, in starting\\n    \\"body\\": json.dumps(body)\\n"]}',
    });

    expect(json).toBe(body);
  });

  it("reproduces a real Node.js failure record (errorType, errorMessage, trace) from a thrown error", () => {
    const real = sample("destination-record--vgaltes-real--retries-exhausted-sns-trigger.json");
    const thrown = errorWithTrace("Error", "Simulating error", real.responsePayload.trace);

    const { json, record } = failureDestinationRecord({
      invocation: {
        requestId: real.requestContext.requestId,
        functionArn:
          "arn:aws:lambda:eu-west-1:XXXXXXXXXXX:function:demo-destinations-dev-functionWithError",
        approximateInvokeCount: 3,
        timestamp: new Date(real.timestamp),
      },
      condition: "RetriesExhausted",
      requestPayloadJson: JSON.stringify(real.requestPayload),
      error: thrown,
    });

    expect(json).toBe(JSON.stringify(real));
    expect(record).toEqual(real);
  });

  it("reproduces a real Node.js success record from the handler's return value", () => {
    const real = sample("destination-record--vgaltes-real--success-sns-trigger.json");

    const { json } = successDestinationRecord({
      invocation: {
        requestId: real.requestContext.requestId,
        functionArn: real.requestContext.functionArn,
        approximateInvokeCount: 1,
        timestamp: new Date(real.timestamp),
      },
      requestPayloadJson: JSON.stringify(real.requestPayload),
      returned: { statusCode: 200, body: '{"message":"hello"}' },
    });

    expect(json).toBe(JSON.stringify(real));
  });

  it.each([
    ["destination-record--localstack-aws-recorded--success.json", "Success"],
    [
      "destination-record--localstack-aws-recorded--retries-exhausted-3-attempts.json",
      "RetriesExhausted",
    ],
    [
      "destination-record--localstack-aws-recorded--retries-exhausted-maxretry-0.json",
      "RetriesExhausted",
    ],
    ["destination-record--localstack-aws-recorded--event-age-exceeded.json", "EventAgeExceeded"],
    ["destination-record--aws-docs--retries-exhausted.json", "RetriesExhausted"],
  ] as const)("has the fields, in the order, of the AWS-recorded %s", (file, condition) => {
    const recorded = sample(file);

    const { record } = destinationRecord({
      invocation: {
        requestId: "c6af9ac6-7b61-11e6-9a41-93e812345678",
        functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
        approximateInvokeCount: recorded.requestContext.approximateInvokeCount,
        timestamp: new Date("2026-11-26T10:15:02.568Z"),
      },
      condition,
      requestPayloadJson: JSON.stringify(recorded.requestPayload),
      responsePayloadJson: JSON.stringify(recorded.responsePayload),
    });

    expect(shape(record)).toEqual(shape(recorded));
    expect(record.responseContext).toEqual(recorded.responseContext);
    expect(record.requestContext.functionArn).toMatch(/:\$LATEST$/);
  });

  it("keeps a qualified ARN and reports a published version as executedVersion", () => {
    const { record } = successDestinationRecord({
      invocation: {
        requestId: "r",
        functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor:7",
        approximateInvokeCount: 1,
        timestamp: new Date(0),
      },
      requestPayloadJson: "{}",
      returned: undefined,
    });

    expect(record.requestContext.functionArn).toBe(
      "arn:aws:lambda:us-east-2:123456789012:function:processor:7",
    );
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: "7" });
    expect(record.responsePayload).toBeNull();
  });

  it("omits responseContext and responsePayload for an event that expired before it ran", () => {
    const { record } = failureDestinationRecord({
      invocation: {
        requestId: "r",
        functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
        approximateInvokeCount: 1,
        timestamp: new Date(0),
      },
      condition: "EventAgeExceeded",
      requestPayloadJson: '{"order_id":"X"}',
      error: undefined,
      neverRan: true,
    });

    expect(Object.keys(record)).toEqual([
      "version",
      "timestamp",
      "requestContext",
      "requestPayload",
    ]);
    expect(validateOrderFailureDestinationRecord(record)).toBe(true);
  });

  it("builds records that validate against the shared destination-record schema", () => {
    const { record } = failureDestinationRecord({
      invocation: {
        requestId: "r",
        functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
        approximateInvokeCount: 2,
        timestamp: new Date("2026-11-26T10:15:02.568Z"),
      },
      condition: "RetriesExhausted",
      requestPayloadJson: "[1,2]",
      error: "a thrown string",
    });

    expect(validateLambdaDestinationRecord(record)).toBe(true);
    expect(record.responsePayload).toEqual({
      errorType: "string",
      errorMessage: "a thrown string",
      trace: [],
    });
  });

  it("refuses parts Lambda would never produce, saying what is wrong", () => {
    const invocation = {
      requestId: "r",
      functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
      approximateInvokeCount: 1,
      timestamp: new Date(0),
    };
    expect(() =>
      destinationRecord({ invocation, condition: "Success", requestPayloadJson: "{oops" }),
    ).toThrow(/Success record needs responsePayloadJson/);
    expect(() =>
      destinationRecord({
        invocation,
        condition: "RetriesExhausted",
        requestPayloadJson: "{oops",
        responsePayloadJson: "{}",
      }),
    ).toThrow(/requestPayloadJson must be JSON text/);
    expect(() =>
      destinationRecord({
        invocation: { ...invocation, approximateInvokeCount: 0 },
        condition: "Success",
        requestPayloadJson: "{}",
        responsePayloadJson: "{}",
      }),
    ).toThrow(/approximateInvokeCount must be an integer of at least 1/);
    expect(() => qualifyFunctionArn("processor")).toThrow(/is not a Lambda function ARN/);
  });
});

describe("nodeErrorPayload (the Node.js runtime's error object)", () => {
  it("reports a typed error's name as errorType, like OrderRejected.<CODE>", () => {
    class OrderRejected extends Error {
      override name = "OrderRejected.UNSUPPORTED_CURRENCY";
    }
    const payload = nodeErrorPayload(new OrderRejected("currency JPY is not accepted"));

    expect(payload.errorType).toBe("OrderRejected.UNSUPPORTED_CURRENCY");
    expect(payload.errorMessage).toBe("currency JPY is not accepted");
    expect(payload.trace[0]).toBe(
      "OrderRejected.UNSUPPORTED_CURRENCY: currency JPY is not accepted",
    );
    expect(Object.keys(payload)).toEqual(["errorType", "errorMessage", "trace"]);
  });
});
