import { describe, expect, it } from "vitest";
import {
  currencyAccepted,
  defaultRulesConfig,
  evaluateRules,
  lineItemsWithinLimit,
  orderTotalMinor,
  orderTotalWithinLimit,
  parseRfc3339Millis,
  skusDistinct,
  submittedInPast,
  totalQuantityWithinLimit,
} from "../../../functions/processor/core";
import { lines, NOW, validOrder } from "../support/fixtures";

const rules = defaultRulesConfig;

describe("currencyAccepted (UNSUPPORTED_CURRENCY)", () => {
  it("accepts every configured currency", () => {
    for (const currency of rules.acceptedCurrencies) {
      expect(currencyAccepted(validOrder({ currency }), rules, NOW)).toBeUndefined();
    }
  });

  it("rejects a well-formed code that is not configured, naming the accepted ones", () => {
    const violation = currencyAccepted(validOrder({ currency: "JPY" }), rules, NOW);
    expect(violation).toEqual({
      code: "UNSUPPORTED_CURRENCY",
      pointer: "/currency",
      message: "currency JPY is not accepted; use one of EUR, USD, GBP",
    });
  });

  it("follows the configuration, not a built-in list", () => {
    const yenOnly = { ...rules, acceptedCurrencies: ["JPY"] };
    expect(currencyAccepted(validOrder({ currency: "JPY" }), yenOnly, NOW)).toBeUndefined();
    expect(currencyAccepted(validOrder({ currency: "EUR" }), yenOnly, NOW)?.code).toBe(
      "UNSUPPORTED_CURRENCY",
    );
  });
});

describe("lineItemsWithinLimit (TOO_MANY_ITEMS)", () => {
  it("accepts exactly MAX_LINE_ITEMS lines and rejects one more", () => {
    expect(lineItemsWithinLimit(validOrder({ line_items: lines(50) }), rules, NOW)).toBeUndefined();
    expect(lineItemsWithinLimit(validOrder({ line_items: lines(51) }), rules, NOW)).toEqual({
      code: "TOO_MANY_ITEMS",
      pointer: "/line_items",
      message: "order has 51 line items, more than the 50 allowed; split it into several orders",
    });
  });

  it("uses the configured limit", () => {
    const three = { ...rules, maxLineItems: 3 };
    expect(lineItemsWithinLimit(validOrder({ line_items: lines(4) }), three, NOW)?.code).toBe(
      "TOO_MANY_ITEMS",
    );
  });
});

describe("skusDistinct (DUPLICATE_SKU)", () => {
  it("accepts distinct SKUs", () => {
    expect(skusDistinct(validOrder(), rules, NOW)).toBeUndefined();
  });

  it("points at the second line of a repeated SKU and names both lines", () => {
    const order = validOrder({
      line_items: [
        { sku: "A-1", quantity: 1, unit_price_minor: 1 },
        { sku: "B-2", quantity: 1, unit_price_minor: 1 },
        { sku: "A-1", quantity: 3, unit_price_minor: 1 },
      ],
    });
    expect(skusDistinct(order, rules, NOW)).toEqual({
      code: "DUPLICATE_SKU",
      pointer: "/line_items/2/sku",
      message: "SKU A-1 is on lines 0 and 2; put it on one line with the summed quantity",
    });
  });
});

describe("skusDistinct on short and long orders alike", () => {
  it("reports the first line repeating an earlier SKU, with that SKU's first line", () => {
    for (const count of [3, 9, 16, 17, 40, 99]) {
      // The last line repeats line 1, and one more line after it repeats line 0.
      const items = lines(count);
      const sku = (i: number) => `SKU-${i}`;
      items[count - 1] = { sku: sku(1), quantity: 1, unit_price_minor: 1 };
      items.push({ sku: sku(0), quantity: 1, unit_price_minor: 1 });
      expect(skusDistinct(validOrder({ line_items: items }), rules, NOW), `${count}`).toEqual({
        code: "DUPLICATE_SKU",
        pointer: `/line_items/${count - 1}/sku`,
        message: `SKU ${sku(1)} is on lines 1 and ${count - 1}; put it on one line with the summed quantity`,
      });
      expect(skusDistinct(validOrder({ line_items: lines(count) }), rules, NOW)).toBeUndefined();
    }
  });
});

describe("parseRfc3339Millis", () => {
  it("reads toISOString's form exactly as the general pattern does", () => {
    const general = (text: string) =>
      // the same text in a form the fast path does not take (lower-case z), so the pattern reads it
      parseRfc3339Millis(text.replace(/Z$/, "z"));
    for (const text of [
      "2026-03-01T12:05:00.000Z",
      "1999-12-31T23:59:60.999Z", // leap second: the first instant of the next minute
      "2024-02-29T00:00:00.001Z",
      "0001-01-01T00:00:00.000Z",
      "9999-12-31T23:59:59.999Z",
      new Date(1_772_366_400_123).toISOString(),
    ]) {
      expect(parseRfc3339Millis(text), text).toBe(general(text));
      expect(parseRfc3339Millis(text)).toEqual(expect.any(Number));
    }
    expect(parseRfc3339Millis("2026-03-01T12:05:00.000Z")).toBe(Date.UTC(2026, 2, 1, 12, 5, 0, 0));
  });

  it("leaves near misses of that form to the pattern, which refuses them", () => {
    for (const text of [
      "2026-03-01T12:05:00.00xZ",
      "2026-03-01T12:05:00,000Z",
      "2026-03-01X12:05:00.000Z",
      "+26-03-01T12:05:00.000Z0",
      "2026-03-01T12:05:00.000+",
    ]) {
      expect(parseRfc3339Millis(text), text).toBeUndefined();
    }
  });
});

describe("totalQuantityWithinLimit (QUANTITY_LIMIT_EXCEEDED)", () => {
  it("accepts exactly MAX_TOTAL_QUANTITY units over all lines and rejects one more", () => {
    const atLimit = validOrder({ line_items: lines(4, 250) });
    expect(totalQuantityWithinLimit(atLimit, rules, NOW)).toBeUndefined();
    const over = validOrder({
      line_items: [...lines(4, 250), { sku: "EXTRA", quantity: 1, unit_price_minor: 1 }],
    });
    expect(totalQuantityWithinLimit(over, rules, NOW)).toMatchObject({
      code: "QUANTITY_LIMIT_EXCEEDED",
      message: expect.stringContaining("1001 units in total, more than the 1000 allowed"),
    });
  });
});

describe("orderTotalWithinLimit (ORDER_TOTAL_LIMIT_EXCEEDED)", () => {
  it("sums quantity × unit_price_minor in integer minor units", () => {
    expect(orderTotalMinor(validOrder())).toBe(2 * 1250 + 990);
  });

  it("stays exact at the schema's largest possible total (10^14)", () => {
    const largest = validOrder({ line_items: lines(100, 10_000, 100_000_000) });
    expect(orderTotalMinor(largest)).toBe(100_000_000_000_000);
    expect(Number.isSafeInteger(orderTotalMinor(largest))).toBe(true);
  });

  it("accepts a total of exactly MAX_ORDER_TOTAL_MINOR and rejects one minor unit more", () => {
    const exact = validOrder({
      line_items: [{ sku: "A", quantity: 4, unit_price_minor: 2_500_000 }],
    });
    expect(orderTotalWithinLimit(exact, rules, NOW)).toBeUndefined();
    const over = validOrder({
      line_items: [
        { sku: "A", quantity: 4, unit_price_minor: 2_500_000 },
        { sku: "B", quantity: 1, unit_price_minor: 1 },
      ],
    });
    expect(orderTotalWithinLimit(over, rules, NOW)).toMatchObject({
      code: "ORDER_TOTAL_LIMIT_EXCEEDED",
      pointer: "/line_items",
      message: expect.stringContaining("order total is 10000001 minor units of EUR"),
    });
  });
});

describe("submittedInPast (SUBMITTED_IN_FUTURE)", () => {
  const at = (submitted_at: string) => submittedInPast(validOrder({ submitted_at }), rules, NOW);

  it("accepts times up to CLOCK_SKEW_SECONDS after the processing time", () => {
    expect(at("2026-03-01T12:05:00Z")).toBeUndefined();
    expect(at("2026-03-01T12:05:00.999Z")?.code).toBe("SUBMITTED_IN_FUTURE");
  });

  it("applies the time zone offset", () => {
    expect(at("2026-03-01T14:05:00+02:00")).toBeUndefined();
    expect(at("2026-03-01T14:05:01+02:00")?.code).toBe("SUBMITTED_IN_FUTURE");
    expect(at("2026-03-01T07:05:01-05:00")?.code).toBe("SUBMITTED_IN_FUTURE");
  });

  it("reads what the schema's date-time format allows: lower-case t and z, a leap second", () => {
    expect(at("2026-03-01t12:06:00z")?.code).toBe("SUBMITTED_IN_FUTURE");
    expect(at("2026-03-01T11:59:60Z")).toBeUndefined();
  });

  it("says how far ahead the time is and what to check", () => {
    expect(at("2026-03-01T13:00:00Z")).toEqual({
      code: "SUBMITTED_IN_FUTURE",
      pointer: "/submitted_at",
      message:
        "submitted_at 2026-03-01T13:00:00Z is 3600 s after the processing time 2026-03-01T12:00:00.000Z, more than the 300 s of clock skew allowed; check the producer's clock",
    });
  });
});

describe("evaluateRules", () => {
  it("finds nothing wrong with a valid order", () => {
    expect(evaluateRules(validOrder(), rules, NOW)).toEqual([]);
  });

  it("reports every violation, the winning code first", () => {
    const order = validOrder({
      currency: "CHF",
      line_items: [
        { sku: "A", quantity: 600, unit_price_minor: 100 },
        { sku: "A", quantity: 600, unit_price_minor: 100 },
      ],
      submitted_at: "2027-01-01T00:00:00Z",
    });
    expect(evaluateRules(order, rules, NOW).map((v) => v.code)).toEqual([
      "UNSUPPORTED_CURRENCY",
      "DUPLICATE_SKU",
      "QUANTITY_LIMIT_EXCEEDED",
      "SUBMITTED_IN_FUTURE",
    ]);
  });
});
