import { describe, expect, it } from "vitest";
import {
  validateLambdaDestinationRecord,
  validateOrderSuccessDestinationRecord,
  validateSnsNotification,
} from "../../generated/validators.cjs";
import { validate } from "../../lib/validation";
import { envelopeInBodies, SAMPLES, type SampleUse } from "../support/aws-sample-uses";
import { listAwsSamples, readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";

type Json = Record<string, unknown>;

const applicable = Object.entries(SAMPLES).filter(
  (e): e is [string, SampleUse] => "schemas" in e[1],
);

describe("AWS sample payloads", () => {
  it("classifies every sample file: a schema it maps to, or why none applies", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(listAwsSamples());
  });

  describe.each(applicable)("%s", (file, use) => {
    const raw = readAwsSample(file);
    const sample = file.includes("localstack") ? withRealisticPlaceholders(raw) : raw;
    const payloads = use.extract ? use.extract(sample) : [sample];

    it.each(use.schemas)("validates against %s", (_name, validator) => {
      expect(payloads.length).toBeGreaterThan(0);
      for (const payload of payloads) {
        const result = validate(validator, payload);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }
    });
  });

  it("SQS bodies that hold an SNS envelope validate as SnsNotification, Message parsed twice", () => {
    for (const file of [
      "sqs-event--powertools-python--body-is-sns-envelope.json",
      "sqs-event--powertools-python--fifo-queue-body-is-sns-fifo-envelope.json",
      "sqs-event--powertools-ts--body-is-sns-envelope-subject-null.json",
    ]) {
      const envelopes = envelopeInBodies.extract?.(readAwsSample(file)) ?? [];
      expect(envelopes.length).toBeGreaterThan(0);
      for (const envelope of envelopes) {
        expect(validate(validateSnsNotification, envelope)).toMatchObject({ ok: true });
        expect(typeof (envelope as Json).Message).toBe("string");
      }
    }
  });

  it("the FIFO envelope has a SequenceNumber and no signature fields, and still validates", () => {
    const sample = readAwsSample(
      "sqs-event--powertools-python--fifo-queue-body-is-sns-fifo-envelope.json",
    );
    const [envelope] = (envelopeInBodies.extract?.(sample) ?? []) as Json[];
    expect(envelope).toHaveProperty("SequenceNumber");
    expect(envelope).not.toHaveProperty("Signature");
    expect(validateSnsNotification(envelope)).toBe(true);
  });

  it("success records of other functions are not OrderSuccessDestinationRecords (payload is no order)", () => {
    for (const file of [
      "destination-record--localstack-aws-recorded--success.json",
      "destination-record--vgaltes-real--success-sns-trigger.json",
    ]) {
      const result = validate(
        validateOrderSuccessDestinationRecord,
        withRealisticPlaceholders(readAwsSample(file)),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.pointer).toMatch(/^\/requestPayload/);
    }
  });

  it("the seed's invented destination payload is not a destination record", () => {
    const seedShaped = {
      version: "1.0",
      invocationId: "x",
      functionName: "my-lambda-function",
      invocationRequest: { event: { Records: [] } },
      invocationResponse: { status: 200 },
    };
    expect(validateLambdaDestinationRecord(seedShaped)).toBe(false);
  });

  it("LocalStack placeholders are only rewritten where a format is checked", () => {
    const raw = readAwsSample("destination-record--localstack-aws-recorded--success.json") as Json;
    expect(validateLambdaDestinationRecord(raw)).toBe(false); // "timestamp": "date"
    const fixed = withRealisticPlaceholders(raw) as Json;
    expect(fixed.timestamp).toBe("2025-11-24T23:11:08.000Z");
    expect((fixed.requestContext as Json).requestId).toBe("<uuid:1>");
  });
});
