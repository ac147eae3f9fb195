import { createHash } from "node:crypto";
import { MatchersV3 } from "@pact-foundation/pact";
import { describe, expect, it } from "vitest";
import type { SqsEvent, SqsRecord } from "../../generated/types";
import {
  validateOutcomeMessageAttributes,
  validateSnsNotification,
  validateSqsRecord,
} from "../../generated/validators.cjs";
import {
  deliveredRecord,
  type PactMessageBuilder,
  PROCESSOR_MESSAGES,
  pactMessages,
  withMessage,
} from "../../lib/pact";
import { md5OfMessageAttributes } from "../../lib/pact/delivered-record";
import { readFailureTopicRecord, readSuccessTopicRecord } from "../../lib/validation";
import { attributeValues } from "../../lib/validation/delivered-attributes";
import { readAwsSample } from "../support/aws-samples";
import { validatorForKind } from "../support/validators";

// The Pact consumer kit as the package ships it (lib/pact, data from gen): every message kind, its
// example, matchers and metadata, and the SQS records deliveredRecord builds from them. That the
// processor satisfies every kind is proven by provider verification (tests/contract).

const messages = Object.entries(pactMessages);
/** Reads a record with the reader of `topic`, for the delivery declared. */
function readOn<D extends "raw" | "sns-envelope">(
  topic: "success" | "failure",
  record: SqsRecord,
  delivery: D,
) {
  return topic === "success"
    ? readSuccessTopicRecord(record, { delivery })
    : readFailureTopicRecord(record, { delivery });
}

describe("pactMessages", () => {
  it("has one message per kind of PROCESSOR_MESSAGES, with its description and state", () => {
    expect(Object.keys(pactMessages)).toEqual(Object.keys(PROCESSOR_MESSAGES));
    for (const [name, m] of messages)
      expect(m).toMatchObject({
        ...PROCESSOR_MESSAGES[name as keyof typeof PROCESSOR_MESSAGES],
        provider: "processor",
      });
  });

  it.each(messages)("%s: its example is valid and is what Pact gives the consumer", (_name, m) => {
    expect(validatorForKind(m.schema)(m.example), m.schema).toBe(true);
    expect(MatchersV3.reify(m.content as never)).toEqual(m.example);
  });

  it.each(messages)("%s: pins what makes the kind", (_name, m) => {
    for (const pointer of m.pinned) {
      const node = pointer
        .split("/")
        .slice(1)
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], m.content);
      expect(node, pointer).toMatchObject({ "pact:matcher:type": "equality" });
    }
    if ("errorCode" in m) expect(m.example.error_code).toBe(m.errorCode);
  });

  it.each(messages)(
    "%s: an outcome's metadata are its attributes, a record has none",
    (_name, m) => {
      const example = m.example as unknown as Record<string, unknown>;
      if (example.message_type !== "order.outcome") {
        expect(m.metadata).toEqual({});
        return;
      }
      const attributes = Object.fromEntries(
        Object.entries(m.metadata).map(([k, v]) => [k, { DataType: "String", StringValue: v }]),
      );
      expect(validateOutcomeMessageAttributes(attributes)).toBe(true);
      for (const [name, value] of Object.entries(m.metadata)) expect(example[name]).toBe(value);
    },
  );
});

describe("deliveredRecord", () => {
  it.each(messages)(
    "%s, raw: the reader of its topic reads it, attributes as SQS delivers them",
    (_name, m) => {
      const record = deliveredRecord(m, { delivery: "raw", messageId: "m-1" });

      expect(validateSqsRecord(record)).toBe(true);
      expect(record.messageId).toBe("m-1");
      expect(record.md5OfBody).toBe(createHash("md5").update(record.body).digest("hex"));
      const read = readOn(m.topic, record, "raw");
      expect(read).toMatchObject({ kind: "message", message: m.example, delivery: "raw" });
      const attributes = read.kind === "message" ? read.attributes : undefined;
      expect(attributes ? attributeValues(attributes) : {}).toEqual(m.metadata);
    },
  );

  it.each(messages)("%s, in the SNS envelope: the reader of its topic reads it", (_name, m) => {
    const record = deliveredRecord(m, { delivery: "sns-envelope" });

    expect(validateSqsRecord(record)).toBe(true);
    expect(validateSnsNotification(JSON.parse(record.body))).toBe(true);
    expect(record.messageAttributes).toEqual({});
    const read = readOn(m.topic, record, "sns-envelope");
    expect(read).toMatchObject({ kind: "message", message: m.example, delivery: "sns-envelope" });
    const attributes = read.kind === "message" ? read.attributes : undefined;
    expect(attributes ? attributeValues(attributes) : {}).toEqual(m.metadata);
  });

  it("takes the message Pact hands a consumer test, its attributes among Pact's own metadata", () => {
    const m = pactMessages.duplicateSkuFailure;
    const fromPact = {
      contents: { content: MatchersV3.reify(m.content as never) },
      metadata: { ...m.metadata, contentType: "application/json" },
    };

    expect(deliveredRecord(fromPact, { delivery: "raw" })).toEqual(
      deliveredRecord(m, { delivery: "raw" }),
    );
  });

  it("refuses an attribute the outcomes do not carry, naming those they do", () => {
    expect(() =>
      deliveredRecord({ contents: { content: {} }, metadata: {} }, { delivery: "raw" }),
    ).not.toThrow();
    expect(() =>
      deliveredRecord(
        { ...pactMessages.successOutcome, metadata: { priority: "high" } },
        { delivery: "sns-envelope" },
      ),
    ).toThrow(
      'deliveredRecord: "priority" is not an outcome message attribute; the outcome attributes are message_type, schema_version, status, error_code',
    );
  });

  it("computes md5OfMessageAttributes as SQS does (a real AWS record, recorded by LocalStack)", () => {
    const event = readAwsSample(
      "sqs-event--localstack-aws-recorded--3-message-attributes.json",
    ) as SqsEvent;
    const [record] = event.Records;

    expect(md5OfMessageAttributes(record.messageAttributes)).toBe(record.md5OfMessageAttributes);
    expect(md5OfMessageAttributes({})).toBeNull();
  });
});

describe("withMessage", () => {
  /** Records what a Pact builder is asked to do. */
  const recorder = () => {
    const calls: [string, unknown][] = [];
    const builder: PactMessageBuilder = {
      withJSONContent: (content) => {
        calls.push(["content", content]);
        return builder;
      },
      withMetadata: (metadata) => {
        calls.push(["metadata", metadata]);
        return builder;
      },
    };
    return { calls, builder };
  };

  it("gives Pact the content, and the metadata when there are any (Pact refuses empty metadata)", () => {
    const outcome = recorder();
    withMessage(pactMessages.successOutcome)(outcome.builder);
    expect(outcome.calls).toEqual([
      ["content", pactMessages.successOutcome.content],
      ["metadata", pactMessages.successOutcome.metadata],
    ]);

    const record = recorder();
    withMessage(pactMessages.successRecord)(record.builder);
    expect(record.calls).toEqual([["content", pactMessages.successRecord.content]]);
  });
});
