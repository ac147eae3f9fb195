import type { ErrorCode, OrderMessage } from "../../../generated/types";
import { parseRfc3339Millis } from "./rfc3339";
import type { RulesConfig } from "./rules-config";

/** The error codes a business rule can give: everything but the parsing and internal codes. */
export type RuleErrorCode = Exclude<
  ErrorCode,
  "INVALID_JSON" | "BODY_TOO_LARGE" | "SCHEMA_VIOLATION" | "INTERNAL_ERROR"
>;

/** Why a schema-valid order breaks a rule: its code, the field (JSON pointer) and a readable reason. */
export interface RuleViolation {
  code: RuleErrorCode;
  pointer: string;
  message: string;
}

/** A business rule: pure, given the order, the configuration and the processing time. */
export type OrderRule = (
  order: OrderMessage,
  rules: RulesConfig,
  now: Date,
) => RuleViolation | undefined;

/** UNSUPPORTED_CURRENCY: `currency` is not one of ACCEPTED_CURRENCIES. */
export const currencyAccepted: OrderRule = (order, rules) =>
  rules.acceptedCurrencies.includes(order.currency)
    ? undefined
    : {
        code: "UNSUPPORTED_CURRENCY",
        pointer: "/currency",
        message: `currency ${order.currency} is not accepted; use one of ${rules.acceptedCurrencies.join(", ")}`,
      };

/** TOO_MANY_ITEMS: more than MAX_LINE_ITEMS lines. */
export const lineItemsWithinLimit: OrderRule = (order, rules) =>
  order.line_items.length <= rules.maxLineItems
    ? undefined
    : {
        code: "TOO_MANY_ITEMS",
        pointer: "/line_items",
        message: `order has ${order.line_items.length} line items, more than the ${rules.maxLineItems} allowed; split it into several orders`,
      };

/** DUPLICATE_SKU: the same SKU on two lines (its quantities belong on one line). */
export const skusDistinct: OrderRule = (order) => {
  const lines = order.line_items;
  // Orders have a few lines: comparing each with the earlier ones beats building a Map. Either way
  // the first line repeating an earlier SKU is reported, with that SKU's first line.
  if (lines.length <= 16) {
    for (let index = 1; index < lines.length; index++) {
      const sku = (lines[index] as (typeof lines)[number]).sku;
      for (let earlier = 0; earlier < index; earlier++) {
        if ((lines[earlier] as (typeof lines)[number]).sku === sku) {
          return duplicateSku(sku, earlier, index);
        }
      }
    }
    return undefined;
  }
  const firstLine = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const earlier = firstLine.get(line.sku);
    if (earlier !== undefined) return duplicateSku(line.sku, earlier, index);
    firstLine.set(line.sku, index);
  }
  return undefined;
};

function duplicateSku(sku: string, earlier: number, index: number): RuleViolation {
  return {
    code: "DUPLICATE_SKU",
    pointer: `/line_items/${index}/sku`,
    message: `SKU ${sku} is on lines ${earlier} and ${index}; put it on one line with the summed quantity`,
  };
}

/** QUANTITY_LIMIT_EXCEEDED: more than MAX_TOTAL_QUANTITY units over all lines. */
export const totalQuantityWithinLimit: OrderRule = (order, rules) => {
  const units = order.line_items.reduce((sum, line) => sum + line.quantity, 0);
  return units <= rules.maxTotalQuantity
    ? undefined
    : {
        code: "QUANTITY_LIMIT_EXCEEDED",
        pointer: "/line_items",
        message: `order has ${units} units in total, more than the ${rules.maxTotalQuantity} allowed; split the order or lower the quantities`,
      };
};

/**
 * The order total in minor units: the sum of quantity × unit_price_minor. Integer arithmetic is exact:
 * the schema bounds it by 100 lines × 10,000 units × 100,000,000 = 10^14, below 2^53.
 *
 * @example orderTotalMinor({ ..., line_items: [{ sku: "A", quantity: 3, unit_price_minor: 250 }] }) // → 750
 */
export function orderTotalMinor(order: OrderMessage): number {
  return order.line_items.reduce((sum, line) => sum + line.quantity * line.unit_price_minor, 0);
}

/** ORDER_TOTAL_LIMIT_EXCEEDED: the total is above MAX_ORDER_TOTAL_MINOR. */
export const orderTotalWithinLimit: OrderRule = (order, rules) => {
  const total = orderTotalMinor(order);
  return total <= rules.maxOrderTotalMinor
    ? undefined
    : {
        code: "ORDER_TOTAL_LIMIT_EXCEEDED",
        pointer: "/line_items",
        message: `order total is ${total} minor units of ${order.currency}, more than the ${rules.maxOrderTotalMinor} allowed; split the order`,
      };
};

/** SUBMITTED_IN_FUTURE: `submitted_at` is later than the processing time plus CLOCK_SKEW_SECONDS. */
export const submittedInPast: OrderRule = (order, rules, now) => {
  const submitted = parseRfc3339Millis(order.submitted_at);
  if (submitted === undefined) return undefined; // the schema's date-time format already holds
  const aheadSeconds = (submitted - now.getTime()) / 1000;
  return aheadSeconds <= rules.clockSkewSeconds
    ? undefined
    : {
        code: "SUBMITTED_IN_FUTURE",
        pointer: "/submitted_at",
        message: `submitted_at ${order.submitted_at} is ${Math.ceil(aheadSeconds)} s after the processing time ${now.toISOString()}, more than the ${rules.clockSkewSeconds} s of clock skew allowed; check the producer's clock`,
      };
};

/**
 * Every rule, in the order their codes win: an order breaking several gets the first one's code as
 * `error_code`, and every violation in `validation_errors`.
 */
export const ORDER_RULES: readonly OrderRule[] = [
  currencyAccepted,
  lineItemsWithinLimit,
  skusDistinct,
  totalQuantityWithinLimit,
  orderTotalWithinLimit,
  submittedInPast,
];

/**
 * Applies every rule to a schema-valid order; returns the violations, first-winning first.
 *
 * @example evaluateRules(order, defaultRulesConfig, new Date()) // → [] for an acceptable order
 */
export function evaluateRules(order: OrderMessage, rules: RulesConfig, now: Date): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of ORDER_RULES) {
    const violation = rule(order, rules, now);
    if (violation) violations.push(violation);
  }
  return violations;
}
