import { describe, expect, it } from "vitest";
import { validateOrderMessage } from "../../generated/validators.cjs";
import { JsonBodyError, jsonBodySchema } from "../../lib/validation";
import { EXAMPLE_ORDER } from "../support/processor-outcomes";

// jsonBodySchema: a Standard Schema of a record body's JSON text, parsed as the topic readers
// parse it, with the parse/safeParse pair Powertools' envelopes call (powertools-parser.test.ts).

const orders = jsonBodySchema(validateOrderMessage);
const body = JSON.stringify(EXAMPLE_ORDER);

describe("jsonBodySchema", () => {
  it("is a Standard Schema of the validator's vendor, whose value is the parsed message", () => {
    expect(orders["~standard"]).toMatchObject({
      version: 1,
      vendor: validateOrderMessage["~standard"].vendor,
    });
    expect(orders["~standard"].validate(body)).toEqual({ value: EXAMPLE_ORDER });
    expect(orders.parse(body)).toEqual(EXAMPLE_ORDER);
    expect(orders.safeParse(body)).toEqual({ success: true, data: EXAMPLE_ORDER });
  });

  it("reports the validator's issues with their path into the parsed body", () => {
    const result = orders.safeParse(JSON.stringify({ ...EXAMPLE_ORDER, currency: "eur" }));

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(JsonBodyError);
    expect(result.error.issues).toEqual([
      { message: "/currency must match the pattern ^[A-Z]{3}$", path: ["currency"] },
    ]);
    expect(() => orders.parse(JSON.stringify({}))).toThrow(
      expect.objectContaining({ name: "JsonBodyError", message: "/order_id is required" }),
    );
  });

  it.each([
    ["not JSON", "{", /^body is not valid JSON: /],
    [
      "a __proto__ key",
      '{"__proto__": {}}',
      /^body has a __proto__ or constructor\.prototype key$/,
    ],
    [
      "over the size limit",
      body,
      /^body is \d+ bytes, more than the 64 allowed; it was not parsed$/,
    ],
    [
      "not a string",
      { order_id: "ORD-1" },
      /^\(root\) must be the JSON text of a message body, not an object$/,
    ],
  ])(
    "refuses a body %s as one issue at the root, without validating it",
    (_what, text, message) => {
      const result = jsonBodySchema(validateOrderMessage, { maxBodyBytes: 64 }).safeParse(text);

      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.issues).toEqual([{ message: expect.stringMatching(message), path: [] }]);
    },
  );
});
