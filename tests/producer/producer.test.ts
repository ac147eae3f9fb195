import { describe, expect, it } from "vitest";
import { validateOrderMessage } from "../../generated/validators.cjs";
import {
  buildOrderMessage,
  createOrderProducer,
  DEFAULT_PRODUCER_LIMITS,
  ORDER_VARIANTS,
  seededRandom,
} from "../../local/producer";

const now = new Date("2026-11-26T10:15:00.000Z");
const limits = DEFAULT_PRODUCER_LIMITS;
const fixedClock = () => now;

describe("order producer", () => {
  it("makes the same bytes from the same seed and clock, and other bytes from another seed", () => {
    const a = createOrderProducer({ seed: 42, now: fixedClock }).mixed(30);
    const b = createOrderProducer({ seed: 42, now: fixedClock }).mixed(30);
    const c = createOrderProducer({ seed: 43, now: fixedClock }).mixed(30);

    expect(a.map((m) => m.body)).toEqual(b.map((m) => m.body));
    expect(a.map((m) => m.body)).not.toEqual(c.map((m) => m.body));
  });

  it("makes valid orders that pass the order schema and every default limit", () => {
    const producer = createOrderProducer({ seed: 7, now: fixedClock });
    for (let i = 0; i < 200; i++) {
      const message = producer.next();
      const order = JSON.parse(message.body);

      expect(validateOrderMessage(order), message.body).toBe(true);
      expect(message.expected).toEqual({ status: "SUCCESS" });
      expect(DEFAULT_PRODUCER_LIMITS.acceptedCurrencies).toContain(order.currency);
      const skus = order.line_items.map((l: { sku: string }) => l.sku);
      expect(new Set(skus).size).toBe(skus.length);
      expect(Date.parse(order.submitted_at)).toBeLessThan(now.getTime());
    }
  });

  it.each(ORDER_VARIANTS.filter((v) => v !== "valid"))(
    "makes a %s message that the schema judges as the processor must",
    (variant) => {
      const message = buildOrderMessage(variant, { seed: 3, now });

      expect(message.expected).toMatchObject({ status: "FAILURE" });
      const schemaValid = (() => {
        try {
          return validateOrderMessage(JSON.parse(message.body));
        } catch {
          return false;
        }
      })();
      // Only the three input errors break the schema; the business-rule breakers are valid orders.
      const inputError = ["invalid-json", "schema-violation", "body-too-large"].includes(variant);
      expect(schemaValid).toBe(!inputError || variant === "body-too-large");
      if (variant === "body-too-large") {
        expect(Buffer.byteLength(message.body)).toBe(DEFAULT_PRODUCER_LIMITS.maxBodyBytes + 1);
      }
      if (variant === "invalid-json") expect(() => JSON.parse(message.body)).toThrow();
    },
  );

  it("breaks exactly the rule each variant names", () => {
    const order = (v: Parameters<typeof buildOrderMessage>[0]) =>
      buildOrderMessage(v, { seed: 11, now }).order;

    expect(DEFAULT_PRODUCER_LIMITS.acceptedCurrencies).not.toContain(
      order("unsupported-currency")?.currency,
    );
    const dup = order("duplicate-sku")?.line_items ?? [];
    expect(dup[0]?.sku).toBe(dup[1]?.sku);
    expect(order("too-many-items")?.line_items).toHaveLength(limits.maxLineItems + 1);
    const units = (order("quantity-limit-exceeded")?.line_items ?? []).reduce(
      (s, l) => s + l.quantity,
      0,
    );
    expect(units).toBeGreaterThan(limits.maxTotalQuantity);
    expect(units).toBeLessThanOrEqual(limits.maxTotalQuantity + 2);
    expect(order("order-total-limit-exceeded")?.line_items[0]?.unit_price_minor).toBe(
      limits.maxOrderTotalMinor + 1,
    );
    expect(Date.parse(order("submitted-in-future")?.submitted_at ?? "")).toBeGreaterThan(
      now.getTime() + limits.clockSkewSeconds * 1000,
    );
  });

  it("follows the limits it is given", () => {
    const message = buildOrderMessage("too-many-items", {
      seed: 1,
      now,
      limits: { maxLineItems: 3 },
    });

    expect(message.order?.line_items).toHaveLength(4);
    expect(() =>
      buildOrderMessage("too-many-items", { seed: 1, now, limits: { maxLineItems: 100 } }),
    ).toThrow(/no room under the schema's 100 lines/);
  });

  it("mixes a share of invalid messages, spread over every failure variant", () => {
    const messages = createOrderProducer({ seed: 5, now: fixedClock }).mixed(30, {
      invalidShare: 0.3,
    });

    const invalid = messages.filter((m) => m.variant !== "valid");
    expect(invalid).toHaveLength(9);
    expect(new Set(invalid.map((m) => m.variant)).size).toBe(9);
    expect(messages.slice(0, 9).every((m) => m.variant !== "valid")).toBe(false);
    expect(() => createOrderProducer({ seed: 1 }).mixed(3, { invalidShare: 2 })).toThrow(
      /invalidShare must be between 0 and 1/,
    );
  });

  it("uses a seeded random source that repeats and rejects a non-integer seed", () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    expect([a.next(), a.int(1, 6), a.pick(["x", "y"])]).toEqual([
      b.next(),
      b.int(1, 6),
      b.pick(["x", "y"]),
    ]);
    expect(() => seededRandom(1.5)).toThrow(/seed must be an integer/);
  });
});
