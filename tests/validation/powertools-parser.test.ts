import { parse, parser } from "@aws-lambda-powertools/parser";
import { SnsSqsEnvelope, SqsEnvelope } from "@aws-lambda-powertools/parser/envelopes";
import { parser as parserMiddleware } from "@aws-lambda-powertools/parser/middleware";
import { describe, expect, expectTypeOf, it } from "vitest";
import { outcomeAttributes } from "../../functions/processor/core";
import type { FailureTopicMessage, SqsEvent, SuccessTopicMessage } from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateSnsNotification,
  validateSqsEvent,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { jsonBodySchema } from "../../lib/validation";
import { envelopeDelivery, rawDelivery, sqsEvent } from "../consumers/support/sqs-delivery";
import { SAMPLES, type SampleUse } from "../support/aws-sample-uses";
import { readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";
import { EXAMPLE_ORDER, processorOutcome } from "../support/processor-outcomes";

// Powertools for AWS Lambda's parser runs the package's validators as the Standard Schemas they
// are: on every real AWS sample they model, and on topic messages from the processor's real core
// in both delivery forms, through Powertools' own SqsEnvelope and SnsSqsEnvelope, which call
// parse/safeParse on each record body: jsonBodySchema gives them those, without Zod.

const samples = Object.entries(SAMPLES)
  .filter((e): e is [string, SampleUse] => "schemas" in e[1])
  .map(([file, use]) => {
    const raw = readAwsSample(file);
    const sample = file.includes("localstack") ? withRealisticPlaceholders(raw) : raw;
    return [file, use, use.extract ? use.extract(sample) : [sample]] as const;
  });

const accepted = processorOutcome(JSON.stringify(EXAMPLE_ORDER), "m-accepted");
const rejected = processorOutcome(
  JSON.stringify({ ...EXAMPLE_ORDER, currency: "JPY" }),
  "m-rejected",
);
const broken = processorOutcome('"not an order"', "m-broken");

describe("@aws-lambda-powertools/parser with the package's validators as Standard Schemas", () => {
  it.each(samples)("parse() returns the real AWS sample %s as it came", (_file, use, payloads) => {
    for (const payload of payloads)
      for (const [, validator] of use.schemas)
        if (validator(payload)) expect(parse(payload, undefined, validator)).toBe(payload);
  });

  it("types what parse() returns with the validator's type", () => {
    const event = samples.find(([file]) => file.startsWith("sqs-event--aws-docs"))?.[2][0];
    const parsed = parse(event, undefined, validateSqsEvent);
    expectTypeOf(parsed).toEqualTypeOf<SqsEvent>();
    expect(parsed.Records[0].eventSource).toBe("aws:sqs");
  });

  it("fails with Powertools' ParseError carrying our issues, path segments included", () => {
    const result = parse({ Records: [{ messageId: "" }] }, undefined, validateSqsEvent, true);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.name).toBe("ParseError");
    expect(result.error.cause).toEqual([
      { message: "/Records/0/receiptHandle is required", path: ["Records", 0, "receiptHandle"] },
    ]);
  });

  it("reads real SQS events whose bodies are SNS envelopes through SqsEnvelope", () => {
    const enveloped = samples.filter(([file]) => file.includes("body-is-sns"));
    expect(enveloped.length).toBeGreaterThanOrEqual(3);
    for (const [, , [event]] of enveloped) {
      const envelopes = parse(event, SqsEnvelope, jsonBodySchema(validateSnsNotification));
      expect(envelopes.map((e) => e.Type)).toEqual(
        (event as SqsEvent).Records.map(() => "Notification"),
      );
    }
  });

  it("reads raw-delivered success-topic messages through SqsEnvelope", () => {
    const event = sqsEvent(
      rawDelivery(accepted, outcomeAttributes(accepted)),
      rawDelivery(accepted, outcomeAttributes(accepted)),
    );

    const messages = parse(event, SqsEnvelope, jsonBodySchema(validateSuccessTopicMessage));

    expectTypeOf(messages).toEqualTypeOf<SuccessTopicMessage[]>();
    expect(messages).toEqual([accepted, accepted]);
  });

  it("reads enveloped failure-topic messages through SnsSqsEnvelope", () => {
    const event = sqsEvent(
      envelopeDelivery(rejected, outcomeAttributes(rejected)),
      envelopeDelivery(broken, outcomeAttributes(broken)),
    );

    const messages = parse(event, SnsSqsEnvelope, jsonBodySchema(validateFailureTopicMessage));

    expectTypeOf(messages).toEqualTypeOf<FailureTopicMessage[]>();
    expect(messages).toEqual([rejected, broken]);
  });

  it("names the record and the field when a message breaks the contract", () => {
    const event = sqsEvent(envelopeDelivery(rejected), envelopeDelivery(accepted));

    const result = parse(event, SnsSqsEnvelope, jsonBodySchema(validateFailureTopicMessage), true);

    expect(result.success).toBe(false);
    const issues = result.success ? [] : (result.error.cause as { issues: unknown[] }).issues;
    // The failure topic is a union: a SUCCESS outcome misses the FAILURE outcome's fields.
    expect(issues).toContainEqual(
      expect.objectContaining({
        message: "/error is required",
        path: ["Records", 1, "body", "error"],
      }),
    );
  });

  it("throws, through SqsEnvelope, a ParseError whose cause names the record and the field", () => {
    const event = sqsEvent(rawDelivery(accepted), rawDelivery(rejected));

    const error = (() => {
      try {
        parse(event, SqsEnvelope, jsonBodySchema(validateSuccessTopicMessage));
      } catch (thrown) {
        return thrown as Error & { cause: { issues: { message: string; path: unknown[] }[] } };
      }
      throw new Error("a FAILURE outcome passed as a success-topic message");
    })();

    expect(error.name).toBe("ParseError");
    expect(error.message).toBe("Failed to parse SQS Record at index 1");
    expect(error.cause.issues).toContainEqual(
      expect.objectContaining({ path: ["Records", 1, "body", "order"] }),
    );
  });

  it("through SnsSqsEnvelope's parse, keeps our issues in the message Powertools gives any error", () => {
    const event = sqsEvent(envelopeDelivery(accepted));

    const error = (() => {
      try {
        parse(event, SnsSqsEnvelope, jsonBodySchema(validateFailureTopicMessage));
      } catch (thrown) {
        return thrown as Error & { cause: { issues: { message: string; path: unknown[] }[] } };
      }
      throw new Error("a SUCCESS outcome passed as a failure-topic message");
    })();

    // SnsSqsEnvelope's parse labels every error of a schema that is not Zod's "Invalid JSON".
    expect(error.cause.issues).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Invalid JSON - .*\/error is required/),
        path: ["Records", 0, "body"],
      }),
    ]);
  });

  it("reports a body that is not JSON as an issue of that record, parsed as the readers do", () => {
    const event = sqsEvent(rawDelivery(accepted), rawDelivery('{"__proto__": {"x": 1}}'));

    const result = parse(event, SqsEnvelope, jsonBodySchema(validateSuccessTopicMessage), true);

    expect(result.success).toBe(false);
    const issues = result.success ? [] : (result.error.cause as { issues: unknown[] }).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        message: "body has a __proto__ or constructor.prototype key",
        path: ["Records", 1, "body"],
      }),
    ]);
  });

  it("runs in Powertools' middleware and decorator, which parse the event the same way", async () => {
    const event = sqsEvent(envelopeDelivery(rejected, outcomeAttributes(rejected)));
    const options = {
      schema: jsonBodySchema(validateFailureTopicMessage),
      envelope: SnsSqsEnvelope,
    };

    const request = { event: event as unknown };
    await parserMiddleware(options).before?.(request as never);
    expect(request.event).toEqual([rejected]);

    const descriptor = { value: async (parsed: unknown) => parsed };
    parser(options)({ handler: descriptor.value }, "handler", descriptor);
    expect(await descriptor.value(event)).toEqual([rejected]);
  });
});
