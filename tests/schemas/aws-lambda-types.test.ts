import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { SAMPLES, type SampleUse } from "../support/aws-sample-uses";
import { readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";
import { repoRoot } from "../support/paths";
import { typeCheckerFrom } from "../support/type-checker";

// @types/aws-lambda's SQSEvent, as a runtime checker derived from its .d.ts, against every real
// SQS event sample our schema accepts: the only values it refuses must be the nulls AWS sends
// (listed in package/README.md, with the samples as evidence).

const communitySqsEvent = typeCheckerFrom(
  join(repoRoot, "node_modules", "@types", "aws-lambda", "trigger", "sqs.d.ts"),
)("SQSEvent");
const packageReadme = readFileSync(join(repoRoot, "package", "README.md"), "utf8");

/** The fields AWS sends as null where the community type says string (or absent). */
const KNOWN_NULLS = [
  /^\/Records\/\d+\/md5OfMessageAttributes must be string$/,
  /^\/Records\/\d+\/messageAttributes\/[^/]+\/binaryValue must be string$/,
];

/** The value at a JSON pointer. */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((node, token) => (node as Record<string, unknown>)?.[token], value);
}

/** The event with the documented nulls left out, as the community type wants them. */
function withoutKnownNulls(event: unknown): unknown {
  return JSON.parse(
    JSON.stringify(event, (key, value) =>
      (key === "md5OfMessageAttributes" || key === "binaryValue") && value === null
        ? undefined
        : value,
    ),
  );
}

const sqsEvents = Object.entries(SAMPLES)
  .filter((e): e is [string, SampleUse] => "schemas" in e[1])
  .filter(([, use]) => use.schemas.some(([title]) => title === "SqsEvent"))
  .map(([file, use]) => {
    const raw = readAwsSample(file);
    const sample = file.includes("localstack") ? withRealisticPlaceholders(raw) : raw;
    return [file, use.extract ? use.extract(sample) : [sample]] as const;
  });

describe("real SQS events against @types/aws-lambda's SQSEvent", () => {
  it("checks every SQS event sample", () => {
    expect(sqsEvents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(sqsEvents)("%s: fits it, but for the nulls AWS sends", (file, events) => {
    for (const event of events) {
      expect(validateSqsEvent(event)).toBe(true);
      const problems = communitySqsEvent(event);
      for (const problem of problems) {
        expect(
          KNOWN_NULLS.some((known) => known.test(problem)),
          problem,
        ).toBe(true);
        expect(at(event, problem.split(" ")[0] as string)).toBeNull();
      }
      if (problems.length > 0) expect(packageReadme).toContain(file);
      expect(communitySqsEvent(withoutKnownNulls(event))).toEqual([]);
    }
  });

  it("the package README names every sample with such a null", () => {
    const withNulls = sqsEvents
      .filter(([, events]) => events.some((e) => communitySqsEvent(e).length > 0))
      .map(([file]) => file);
    expect(withNulls).toEqual([
      "sqs-event--aws-lambda-dotnet--message-attributes-binaryValue-null.json",
      "sqs-event--localstack-aws-recorded--batch-of-15--RECORDS-ARRAY-ONLY.json",
    ]);
  });
});
