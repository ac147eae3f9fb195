import type { OrderLineItem, OrderMessage } from "../../generated/types";
import { processorSettings } from "../../lib/processor-settings";
import { DEFAULT_PRODUCER_LIMITS, type ProducerLimits } from "./limits";
import { type Random, seededRandom } from "./random";
import { type ExpectedOutcome, expectedOutcomeOf, type OrderVariant } from "./variants";

/** One message the producer made: the body to send, and what the processor must decide. */
export interface ProducedOrderMessage {
  variant: OrderVariant;
  /** The SQS message body / asynchronous invocation payload. */
  body: string;
  /** The order, when the body is one (valid orders and business-rule breakers); absent otherwise. */
  order?: OrderMessage;
  expected: ExpectedOutcome;
}

/** Inputs that fully determine a message: the same inputs give the same bytes. */
export interface BuildOrderOptions {
  seed: number;
  /** Processing time the message is made for: submitted_at is a little before it. */
  now: Date;
  limits?: Partial<ProducerLimits>;
}

const SKUS = ["SKU-RED-1", "SKU-BLUE-2", "SKU-GREEN-3", "SKU-TEAL-4", "SKU-GOLD-5", "SKU-GREY-6"];
const UNACCEPTED = ["JPY", "CHF", "SEK", "NOK", "AUD", "CAD"];

/** Fisher-Yates with the seeded source: the same seed gives the same order on every engine. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const hex = (random: Random, length: number) =>
  Array.from({ length }, () => random.int(0, 15).toString(16)).join("");

/**
 * A valid order: 1 to 5 lines of distinct SKUs, an accepted currency, submitted 1 to 120 seconds
 * before `now`, well inside every default limit.
 *
 * @example buildValidOrder(seededRandom(7), new Date()) // → { schema_version: "1", order_id: "ORD-…", … }
 */
export function buildValidOrder(
  random: Random,
  now: Date,
  limits: ProducerLimits = DEFAULT_PRODUCER_LIMITS,
): OrderMessage {
  const lineCount = random.int(1, Math.min(5, limits.maxLineItems, SKUS.length));
  const skus = shuffled(SKUS, random).slice(0, lineCount);
  const line_items = skus.map((sku) => ({
    sku,
    quantity: random.int(1, 5),
    unit_price_minor: random.int(100, 20_000),
  })) as OrderMessage["line_items"];
  return {
    schema_version: "1",
    order_id: `ORD-${hex(random, 8).toUpperCase()}`,
    customer_id: `CUST-${random.int(1, 9999)}`,
    currency: random.pick(limits.acceptedCurrencies),
    line_items,
    submitted_at: new Date(now.getTime() - random.int(1_000, 120_000)).toISOString(),
    correlation_id: `req-${hex(random, 12)}`,
  };
}

/** The order-shaped variants: a valid order changed to break exactly one business rule. */
function breakRule(
  variant: OrderVariant,
  order: OrderMessage,
  random: Random,
  now: Date,
  limits: ProducerLimits,
): OrderMessage {
  switch (variant) {
    case "unsupported-currency":
      return {
        ...order,
        currency: random.pick(UNACCEPTED.filter((c) => !limits.acceptedCurrencies.includes(c))),
      };
    case "duplicate-sku": {
      const first = order.line_items[0] as OrderLineItem;
      return { ...order, line_items: [first, { ...first, quantity: first.quantity + 1 }] };
    }
    case "too-many-items": {
      const count = limits.maxLineItems + 1;
      const schemaLines = processorSettings.rules.maxLineItems.max;
      if (count > schemaLines)
        throw new Error(
          `maxLineItems ${limits.maxLineItems} leaves no room under the schema's ${schemaLines} lines`,
        );
      return {
        ...order,
        line_items: Array.from({ length: count }, (_, i) => ({
          sku: `SKU-BULK-${i + 1}`,
          quantity: 1,
          unit_price_minor: 100,
        })) as OrderMessage["line_items"],
      };
    }
    case "quantity-limit-exceeded": {
      const perLine = Math.ceil((limits.maxTotalQuantity + 1) / 2);
      return {
        ...order,
        line_items: [
          { sku: "SKU-BULK-1", quantity: perLine, unit_price_minor: 1 },
          { sku: "SKU-BULK-2", quantity: perLine, unit_price_minor: 1 },
        ],
      };
    }
    case "order-total-limit-exceeded":
      return {
        ...order,
        line_items: [
          { sku: "SKU-GOLD-5", quantity: 1, unit_price_minor: limits.maxOrderTotalMinor + 1 },
        ],
      };
    case "submitted-in-future":
      return {
        ...order,
        submitted_at: new Date(
          now.getTime() + (limits.clockSkewSeconds + 3600) * 1000,
        ).toISOString(),
      };
    default:
      return order;
  }
}

/** A body that is JSON but not a valid order: one of several typical producer mistakes. */
function schemaViolation(order: OrderMessage, random: Random): unknown {
  const mistakes: (() => unknown)[] = [
    () => ({
      ...order,
      line_items: order.line_items.map((l) => ({ ...l, quantity: String(l.quantity) })),
    }),
    () => {
      const { customer_id: _dropped, ...rest } = order;
      return rest;
    },
    () => ({ ...order, coupon: "SPRING" }),
    () => ({ ...order, currency: order.currency.toLowerCase() }),
    () => ({ ...order, line_items: [] }),
  ];
  return random.pick(mistakes)();
}

/**
 * Builds one producer message of the given variant, deterministically from a seed (same seed,
 * `now` and limits: same bytes). Invalid variants are deliberate: each breaks one thing the
 * processor checks, and `expected` says which error code it must answer with.
 *
 * @example
 * buildOrderMessage("unsupported-currency", { seed: 1, now: new Date("2026-11-26T10:15:00Z") })
 * // → { variant: "unsupported-currency", body: '{"schema_version":"1",…,"currency":"JPY",…}',
 * //     order: {…}, expected: { status: "FAILURE", error_code: "UNSUPPORTED_CURRENCY" } }
 */
export function buildOrderMessage(
  variant: OrderVariant,
  options: BuildOrderOptions,
): ProducedOrderMessage {
  const limits = { ...DEFAULT_PRODUCER_LIMITS, ...options.limits };
  const random = seededRandom(options.seed);
  const valid = buildValidOrder(random, options.now, limits);
  const expected = expectedOutcomeOf(variant);
  switch (variant) {
    case "invalid-json": {
      const text = JSON.stringify(valid);
      return { variant, body: text.slice(0, Math.floor(text.length / 2)), expected };
    }
    case "body-too-large": {
      const text = JSON.stringify(valid);
      // Valid JSON padded with whitespace past the limit: the size check must come before parsing.
      return { variant, body: text + " ".repeat(limits.maxBodyBytes + 1 - text.length), expected };
    }
    case "schema-violation":
      return { variant, body: JSON.stringify(schemaViolation(valid, random)), expected };
    default: {
      const order = breakRule(variant, valid, random, options.now, limits);
      return { variant, body: JSON.stringify(order), order, expected };
    }
  }
}
