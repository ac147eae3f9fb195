import { describe, expect, it } from "vitest";
import type { JsonValue, LambdaDestinationRecord } from "../../generated/types";
import { validateLambdaDestinationRecord } from "../../generated/validators.cjs";
import {
  errorPayloadOf,
  isFailureDestinationRecord,
  isJsonObject,
  isSuccessDestinationRecord,
} from "../../lib/validation";
import { readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";

/** A real record from the samples, validated, as a consumer would hold it. */
function record(file: string): LambdaDestinationRecord {
  const sample = withRealisticPlaceholders(readAwsSample(file));
  if (!validateLambdaDestinationRecord(sample)) throw new Error(`${file} is not a record`);
  return sample;
}

const SUCCESS = "destination-record--vgaltes-real--success-sns-trigger.json";
const PYTHON_FAILURE = "destination-record--localstack-aws-recorded--event-age-exceeded.json";
const NODE_CRASH = "destination-record--aws-docs--retries-exhausted.json";

describe("destination record guards", () => {
  it("tell an OnSuccess record from OnFailure ones by requestContext.condition", () => {
    const success = record(SUCCESS);
    const failures = [PYTHON_FAILURE, NODE_CRASH].map(record);
    expect(isSuccessDestinationRecord(success)).toBe(true);
    expect(isFailureDestinationRecord(success)).toBe(false);
    for (const failure of failures) {
      expect(isSuccessDestinationRecord(failure)).toBe(false);
      expect(isFailureDestinationRecord(failure)).toBe(true);
    }
  });

  it("treat a condition AWS has not documented as a failure, as the schema does", () => {
    const failure = record(NODE_CRASH);
    const novel = {
      ...failure,
      requestContext: { ...failure.requestContext, condition: "SomethingNew" },
    };
    expect(validateLambdaDestinationRecord(novel)).toBe(true);
    expect(isFailureDestinationRecord(novel)).toBe(true);
  });
});

describe("isJsonObject", () => {
  it.each<[JsonValue | undefined, boolean]>([
    [{ order_id: "A" }, true],
    [{}, true],
    [[1, 2], false],
    ["text", false],
    [42, false],
    [true, false],
    [null, false],
    [undefined, false],
  ])("%j is an object: %s", (value, expected) => {
    expect(isJsonObject(value)).toBe(expected);
  });
});

describe("errorPayloadOf", () => {
  it("returns the runtime's error object of real failure records (Python and Node)", () => {
    expect(errorPayloadOf(record(PYTHON_FAILURE).responsePayload)).toMatchObject({
      errorType: "Exception",
      errorMessage: "intentional failure",
      requestId: expect.any(String),
      stackTrace: [expect.stringContaining("handler.py")],
    });
    expect(errorPayloadOf(record(NODE_CRASH).responsePayload)?.errorMessage).toMatch(
      /Process exited before completing request/,
    );
  });

  it("returns undefined for whatever else a function returned, so errorType is safe to read", () => {
    for (const payload of [42, "Unhandled", null, [{ errorMessage: "x" }], undefined, true]) {
      expect(errorPayloadOf(payload)).toBeUndefined();
    }
    expect(errorPayloadOf({ status: "SUCCESS" })).toBeUndefined();
    expect(errorPayloadOf({ errorMessage: "x", errorType: 7 })).toBeUndefined();
    expect(errorPayloadOf({ errorMessage: "x", trace: ["a", 1] })).toBeUndefined();
    expect(errorPayloadOf(record(SUCCESS).responsePayload)).toBeUndefined();
  });
});
