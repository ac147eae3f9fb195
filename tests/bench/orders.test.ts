import { describe, expect, it } from "vitest";
import { makeOrders } from "../../bench/data/orders";
import { validateOrderMessage } from "../../generated/validators.cjs";

describe("the benchmark's orders", () => {
  const orders = makeOrders({ count: 10_000, submittedFrom: new Date("2026-01-01T00:00:00Z") });

  it("are the same for the same seed and differ for another", () => {
    const again = makeOrders({ count: 10_000, submittedFrom: new Date("2026-01-01T00:00:00Z") });
    expect(again).toEqual(orders);
    const other = makeOrders({
      count: 100,
      seed: 7,
      submittedFrom: new Date("2026-01-01T00:00:00Z"),
    });
    expect(other.map((o) => o.body)).not.toEqual(orders.slice(0, 100).map((o) => o.body));
  });

  it("fail exactly one in ten, each kind equally often", () => {
    const failing = orders.filter((o) => o.failure !== null);
    expect(failing).toHaveLength(1000);
    const kinds: Record<string, number> = {};
    for (const o of failing) kinds[o.failure ?? "none"] = (kinds[o.failure ?? "none"] ?? 0) + 1;
    expect(kinds).toEqual({
      invalid_json: 250,
      schema_violation: 250,
      unknown_field: 250,
      currency_rule: 250,
    });
  });

  it("fail the seed exactly when they fail us: the word error marks every failure and nothing else", () => {
    for (const order of orders) {
      expect(order.body.toLowerCase().includes("error"), order.body).toBe(order.failure !== null);
    }
  });

  it("are schema-valid unless they are meant to fail parsing or validation", () => {
    for (const order of orders) {
      if (order.failure === "invalid_json") {
        expect(() => JSON.parse(order.body)).toThrow(SyntaxError);
        continue;
      }
      const schemaValid = validateOrderMessage(JSON.parse(order.body));
      const expected = order.failure === null || order.failure === "currency_rule";
      expect(schemaValid, order.body).toBe(expected);
    }
  });

  it("have realistic sizes and distinct order ids", () => {
    const sizes = orders.map((o) => Buffer.byteLength(o.body));
    expect(Math.min(...sizes)).toBeGreaterThan(200);
    expect(Math.max(...sizes)).toBeLessThan(1200);
    const ids = orders.filter((o) => o.failure === null).map((o) => JSON.parse(o.body).order_id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
