import { createHash } from "node:crypto";
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

  it("counts non-ASCII, lone-surrogate and long attribute names and values in UTF-8 bytes", () => {
    const long = "x".repeat(100);
    const attributes = {
      état: { DataType: "String", StringValue: "€" },
      lone: { DataType: "String.\ud800", StringValue: long },
      absent: undefined,
    };
    // é 2, € 3, a lone surrogate 3 (encoded as U+FFFD), as Buffer.byteLength counts them
    expect(snsMessageBytes("", attributes)).toBe(5 + 6 + 3 + (4 + 10 + 100));
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

  it("agrees with SHA-1 over namespace bytes and UTF-8 name for any name and namespace", () => {
    // The reference: RFC 9562 section 5.5 spelt out with a Hash object per id.
    const reference = (name: string, namespace: string) => {
      const ns = Buffer.from(namespace.replaceAll("-", ""), "hex");
      const h = createHash("sha1").update(ns).update(name, "utf8").digest();
      h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
      h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
      const hex = h.subarray(0, 16).toString("hex");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    const names = ["", "id-1", "é😀 \ud800 x", "x".repeat(5000), "€".repeat(1400), "sqs\narn\nid"];
    for (let i = 0; i < 300; i++)
      names.push(`${i.toString(36).repeat(i % 17)}${String.fromCharCode(i * 211)}`);
    // Alternating namespaces (upper case too) must not reuse the previous namespace's bytes.
    const namespaces = [
      "c730934a-31aa-4b29-98d7-0502e529eb7c",
      "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
      "6BA7B811-9DAD-11D1-80B4-00C04FD430C8",
    ];
    for (const name of names) {
      for (const ns of namespaces) expect(uuidV5(name, ns)).toBe(reference(name, ns));
    }
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/is not a UUID/);
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

  it("agrees with a character-by-character scan on strings, escapes and unterminated strings", () => {
    const reference = (text: string, maxDepth: number) => {
      let depth = 0;
      let inString = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
          if (c === "\\") i++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === "{" || c === "[") {
          if (++depth > maxDepth) return true;
        } else if (c === "}" || c === "]") depth--;
      }
      return false;
    };
    const pieces = ["[", "]", "{", "}", '"', "\\", "a", ":", ","];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let len = next() % 24; len > 0; len--) text += pieces[next() % pieces.length];
      for (const depth of [0, 1, 3])
        expect(exceedsNesting(text, depth), text).toBe(reference(text, depth));
    }
    expect(exceedsNesting('{"a":"\\\\"}[[[[', 3)).toBe(true); // an escaped backslash ends no string
    expect(exceedsNesting('{"a":"\\"[[[[', 3)).toBe(false); // an escaped quote does not close it
  });
});
