import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SqsEvent } from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { toAwsLambdaSqsEvent, validate } from "../../lib/validation";
import { SAMPLES, type SampleUse } from "../support/aws-sample-uses";
import { readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";
import { repoRoot } from "../support/paths";
import { typeCheckerFrom } from "../support/type-checker";

// The way out to @types/aws-lambda: every real SQS event, validated, then converted, is an
// SQSEvent to a checker derived from that package's .d.ts, nulls included; nothing else changes.

const communitySqsEvent = typeCheckerFrom(
  join(repoRoot, "node_modules", "@types", "aws-lambda", "trigger", "sqs.d.ts"),
)("SQSEvent");

const events = Object.entries(SAMPLES)
  .filter((e): e is [string, SampleUse] => "schemas" in e[1])
  .filter(([, use]) => use.schemas.some(([title]) => title === "SqsEvent"))
  .flatMap(([file, use]) => {
    const raw = readAwsSample(file);
    const sample = file.includes("localstack") ? withRealisticPlaceholders(raw) : raw;
    return (use.extract ? use.extract(sample) : [sample]).map((event) => [file, event] as const);
  });

/** The event with the two nulls left out, by a route independent of the code under test. */
const withoutNulls = (event: unknown): unknown =>
  JSON.parse(
    JSON.stringify(event, (key, value) =>
      (key === "md5OfMessageAttributes" || key === "binaryValue") && value === null
        ? undefined
        : value,
    ),
  );

describe("toAwsLambdaSqsEvent", () => {
  it("covers samples that carry both nulls", () => {
    const nulls = events.filter(([, e]) => communitySqsEvent(e).length > 0).map(([f]) => f);
    expect(nulls).toEqual([
      "sqs-event--aws-lambda-dotnet--message-attributes-binaryValue-null.json",
      "sqs-event--localstack-aws-recorded--batch-of-15--RECORDS-ARRAY-ONLY.json",
    ]);
  });

  it.each(events)(
    "%s: validated then converted, it is an SQSEvent and otherwise the same",
    (_file, input) => {
      const before = JSON.stringify(input);
      const checked = validate(validateSqsEvent, input);
      if (!checked.ok) throw new Error(JSON.stringify(checked.issues));

      const converted = toAwsLambdaSqsEvent(checked.value);

      expect(communitySqsEvent(converted)).toEqual([]);
      expect(converted).toEqual(withoutNulls(input));
      expect(JSON.stringify(input)).toBe(before);
    },
  );

  it("keeps a binaryValue that is a string", () => {
    const [, event] = events[0] as [string, SqsEvent];
    const record = {
      ...event.Records[0],
      messageAttributes: { a: { dataType: "Binary", binaryValue: "AQI=" } },
    };

    const converted = toAwsLambdaSqsEvent({ Records: [record] });

    expect(converted.Records[0]?.messageAttributes.a).toEqual({
      dataType: "Binary",
      binaryValue: "AQI=",
    });
  });
});
