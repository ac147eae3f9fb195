import { describe, expect, it } from "vitest";
import {
  validateOrderMessage,
  validateOutcomeMessageAttributes,
} from "../../generated/validators.cjs";
import {
  assertValid,
  describeIssues,
  SchemaValidationError,
  toIssue,
  validate,
} from "../../lib/validation";

const order = {
  order_id: "ORD-1",
  customer_id: "C-1",
  currency: "EUR",
  line_items: [{ sku: "SKU-1", quantity: 1, unit_price_minor: 100 }],
  submitted_at: "2026-11-26T10:00:00Z",
};

describe("validate", () => {
  it("returns the typed value when valid", () => {
    expect(validate(validateOrderMessage, order)).toEqual({ ok: true, value: order });
  });

  it("reports a missing field as a pointer to the field", () => {
    const { order_id: _, ...rest } = order;
    expect(validate(validateOrderMessage, rest)).toEqual({
      ok: false,
      issues: [{ pointer: "/order_id", message: "is required" }],
    });
  });

  it("reports an unknown field by name", () => {
    expect(validate(validateOrderMessage, { ...order, coupon: "X" })).toEqual({
      ok: false,
      issues: [{ pointer: "/coupon", message: "is not an allowed field" }],
    });
  });

  it("reports a nested type error readably", () => {
    const bad = { ...order, line_items: [{ sku: "SKU-1", quantity: "1", unit_price_minor: 100 }] };
    expect(validate(validateOrderMessage, bad)).toEqual({
      ok: false,
      issues: [{ pointer: "/line_items/0/quantity", message: "must be integer" }],
    });
  });

  it("names the allowed values of an enum or const", () => {
    const attrs = {
      message_type: { DataType: "String", StringValue: "order.outcome" },
      schema_version: { DataType: "String", StringValue: "1" },
      status: { DataType: "String", StringValue: "DONE" },
    };
    expect(validate(validateOutcomeMessageAttributes, attrs)).toEqual({
      ok: false,
      issues: [{ pointer: "/status/StringValue", message: 'must be one of "SUCCESS", "FAILURE"' }],
    });
  });

  it("escapes JSON pointer tokens", () => {
    expect(
      toIssue({
        instancePath: "",
        schemaPath: "#",
        keyword: "additionalProperties",
        params: { additionalProperty: "a/b~c" },
      }),
    ).toEqual({ pointer: "/a~1b~0c", message: "is not an allowed field" });
  });

  it("assertValid throws a SchemaValidationError with the issues and a readable message", () => {
    expect(() =>
      assertValid(validateOrderMessage, { ...order, currency: "eur" }, "OrderMessage"),
    ).toThrow(SchemaValidationError);
    try {
      assertValid(validateOrderMessage, { ...order, currency: "eur" }, "OrderMessage");
    } catch (error) {
      const e = error as SchemaValidationError;
      expect(e.name).toBe("SchemaValidationError");
      expect(e.issues).toEqual([
        { pointer: "/currency", message: "must match the pattern ^[A-Z]{3}$" },
      ]);
      expect(e.message).toBe(
        "OrderMessage is invalid: /currency must match the pattern ^[A-Z]{3}$",
      );
    }
  });

  it("describes a root issue as (root)", () => {
    expect(describeIssues([{ pointer: "", message: "must be object" }])).toBe(
      "(root) must be object",
    );
  });
});
