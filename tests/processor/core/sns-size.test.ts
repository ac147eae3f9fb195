import { describe, expect, it } from "vitest";
import {
  defaultRulesConfig,
  exceedsNesting,
  fitOutcome,
  outcomeAttributes,
  outcomeIdFor,
  prepareOutcome,
  processOrderBody,
  SNS_MAX_MESSAGE_BYTES,
  serializeOutcome,
  snsMessageBytes,
  uuidV5,
} from "../../../functions/processor/core";
import type { OrderOutcome } from "../../../generated/types";
import {
  validateOrderFailureOutcome,
  validateOrderSuccessOutcome,
  validateOutcomeMessageAttributes,
} from "../../../generated/validators.cjs";
import { lines, NOW, validOrder } from "../support/fixtures";

const input = {
  messageId: "m-1",
  source: { kind: "sqs", queue_arn: "arn:aws:sqs:us-east-1:123456789012:orders", receive_count: 1 },
  now: NOW,
} as const;

describe("snsMessageBytes", () => {
  it("counts the message's UTF-8 bytes plus each attribute's name, type and value, as SNS does", () => {
    expect(snsMessageBytes("é", {})).toBe(2);
    expect(snsMessageBytes("{}", { status: { DataType: "String", StringValue: "FAILURE" } })).toBe(
      2 + 6 + 6 + 7,
    );
  });
});

describe("serializeOutcome", () => {
  it("escapes U+FFFE and U+FFFF, which SNS refuses and JSON.stringify keeps", () => {
    const outcome = processOrderBody("\uffff\ufffe", input, defaultRulesConfig);
    const text = serializeOutcome(outcome);
    expect(text).not.toMatch(/[\ufffe\uffff]/);
    expect(text).toContain("\\uffff\\ufffe");
    expect(JSON.parse(text)).toEqual(outcome);
  });

  it("leaves no raw control character or lone surrogate in the message", () => {
    const outcome = processOrderBody("\u0000\u001f\ud800 x", input, defaultRulesConfig);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
    expect(serializeOutcome(outcome)).not.toMatch(/[\u0000-\u001f]|[\ud800-\udfff]/);
  });
});

describe("fitOutcome: every outcome fits SNS", () => {
  it("drops an echo whose JSON escaping grows past the limit (64 KiB of control characters → 384 KB)", () => {
    const body = "\u0001".repeat(65_536);
    const { outcome, serialized } = prepareOutcome(body, input, defaultRulesConfig);
    expect(serialized.bytes).toBeLessThanOrEqual(SNS_MAX_MESSAGE_BYTES);
    expect(outcome).toMatchObject({ body: "", body_truncated: true, body_bytes: 65_536 });
    expect(validateOrderFailureOutcome(outcome)).toBe(true);
  });

  it("fits a SUCCESS carrying the largest schema-valid order and a body echo up to the limit", () => {
    const order = validOrder({
      order_id: "O".repeat(64),
      customer_id: "C".repeat(64),
      correlation_id: "~".repeat(128),
      line_items: lines(100, 1, 1).map((l, i) => ({
        ...l,
        sku: `${"S".repeat(28)}${i}`,
      })) as ReturnType<typeof lines>,
    });
    const padded = `${JSON.stringify(order)}${" ".repeat(245_000)}`; // whitespace is valid JSON: 253 KB, under MAX_BODY_BYTES
    const rules = { ...defaultRulesConfig, maxLineItems: 100, maxEchoBodyBytes: 262_144 };
    const { outcome, serialized } = prepareOutcome(padded, input, rules);
    expect(outcome.status).toBe("SUCCESS");
    expect(validateOrderSuccessOutcome(outcome)).toBe(true);
    expect(outcome.body_truncated).toBe(true);
    expect(serialized.bytes).toBeLessThanOrEqual(SNS_MAX_MESSAGE_BYTES);
  });

  it("keeps an outcome that fits exactly as it is", () => {
    const outcome = processOrderBody(JSON.stringify(validOrder()), input, defaultRulesConfig);
    const fitted = fitOutcome(outcome);
    expect(fitted.outcome).toBe(outcome);
    expect(fitted.serialized.message).toBe(serializeOutcome(outcome));
    expect(fitted.serialized.bytes).toBe(
      snsMessageBytes(fitted.serialized.message, outcomeAttributes(outcome)),
    );
  });

  it("drops validation details as a last resort under a tiny limit", () => {
    const outcome = processOrderBody('{"x":1}', input, defaultRulesConfig);
    expect(outcome).toHaveProperty("validation_errors");
    const { outcome: fitted } = fitOutcome(outcome, 600);
    expect(fitted).not.toHaveProperty("validation_errors");
    expect(fitted).toMatchObject({
      body: "",
      body_truncated: true,
      error_code: "SCHEMA_VIOLATION",
    });
  });
});

describe("outcomeAttributes", () => {
  it("gives a SUCCESS message_type, schema_version and status, valid against their schema", () => {
    const attributes = outcomeAttributes(
      processOrderBody(JSON.stringify(validOrder()), input, defaultRulesConfig),
    );
    expect(attributes).toEqual({
      message_type: { DataType: "String", StringValue: "order.outcome" },
      schema_version: { DataType: "String", StringValue: "1" },
      status: { DataType: "String", StringValue: "SUCCESS" },
    });
    expect(validateOutcomeMessageAttributes(attributes)).toBe(true);
  });

  it("adds error_code to a FAILURE", () => {
    const outcome: OrderOutcome = processOrderBody("[]", input, defaultRulesConfig);
    const attributes = outcomeAttributes(outcome);
    expect(attributes.status.StringValue).toBe("FAILURE");
    expect(attributes.error_code).toEqual({ DataType: "String", StringValue: "SCHEMA_VIOLATION" });
    expect(validateOutcomeMessageAttributes(attributes)).toBe(true);
  });
});

describe("outcome ids", () => {
  it("computes RFC 9562 UUID v5 (the RFC's DNS example)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("ignores the receive count and separates SQS sources from asynchronous ones", () => {
    const queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    const once = outcomeIdFor({ kind: "sqs", queue_arn: queue, receive_count: 1 }, "id-1");
    const again = outcomeIdFor({ kind: "sqs", queue_arn: queue, receive_count: 9 }, "id-1");
    const direct = outcomeIdFor({ kind: "async_invocation", request_id: "id-1" }, "id-1");
    expect(again).toBe(once);
    expect(direct).not.toBe(once);
  });
});

describe("exceedsNesting", () => {
  it("counts only brackets outside strings, escapes included", () => {
    expect(exceedsNesting('{"a":[{"b":"[[[[\\"[[["}]}', 3)).toBe(false);
    expect(exceedsNesting('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(exceedsNesting(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, 3)).toBe(true);
  });
});
