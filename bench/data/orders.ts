/**
 * The orders every benchmark feeds to both handlers: deterministic for a seed, realistic in size
 * (1 to 8 lines, about 400 to 900 bytes), and exactly one in ten a failure for both of them.
 * A failing order fails our processor (for a reason that varies: invalid JSON, schema violation,
 * business rule) and carries the word "error" so that the seed's handler fails it too; a valid
 * order never contains that word in any case.
 */

/** Why a failing order fails our processor. */
export type FailureKind = "invalid_json" | "schema_violation" | "unknown_field" | "currency_rule";

export interface BenchOrder {
  /** The SQS message body. */
  body: string;
  /** null for an order that both handlers accept. */
  failure: FailureKind | null;
}

export interface OrderSetOptions {
  count: number;
  /** Every `failureEvery`-th order fails (default 10: 10%). */
  failureEvery?: number;
  seed?: number;
  /** submitted_at of the first order; the rest follow one second apart, never in the future. */
  submittedFrom?: Date;
}

const FAILURE_KINDS: FailureKind[] = [
  "invalid_json",
  "schema_violation",
  "unknown_field",
  "currency_rule",
];
const CURRENCIES = ["EUR", "USD", "GBP"];

/** mulberry32: a tiny seeded PRNG, so a seed always gives the same orders. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function validOrder(index: number, next: () => number, submittedAt: Date) {
  const lineCount = 1 + Math.floor(next() * 8);
  const firstSku = Math.floor(next() * 90_000);
  return {
    schema_version: "1",
    order_id: `ORD-${String(100_000 + index)}`,
    customer_id: `CUST-${String(Math.floor(next() * 1_000_000)).padStart(6, "0")}`,
    currency: CURRENCIES[index % CURRENCIES.length] as string,
    line_items: Array.from({ length: lineCount }, (_, line) => ({
      sku: `SKU-${firstSku + line * 7}-${line % 2 === 0 ? "BLU" : "RED"}`,
      quantity: 1 + Math.floor(next() * 5),
      unit_price_minor: 100 + Math.floor(next() * 20_000),
    })),
    submitted_at: submittedAt.toISOString(),
    correlation_id: `req-${index.toString(16)}-${Math.floor(next() * 1e9).toString(16)}`,
  };
}

function failingBody(kind: FailureKind, order: ReturnType<typeof validOrder>): string {
  const marked = { ...order, correlation_id: `sim-error-${order.order_id}` };
  switch (kind) {
    case "invalid_json":
      return JSON.stringify(marked).slice(0, -7); // truncated mid-value
    case "schema_violation":
      return JSON.stringify({
        ...marked,
        line_items: [{ ...order.line_items[0], quantity: 0 }, ...order.line_items.slice(1)],
      });
    case "unknown_field":
      return JSON.stringify({ ...marked, note: "simulated error" });
    case "currency_rule":
      return JSON.stringify({ ...marked, currency: "JPY" });
  }
}

/**
 * Makes `count` order bodies, every `failureEvery`-th a failure (kinds in rotation).
 *
 * @example const orders = makeOrders({ count: 10_000 }); // 9,000 valid, 1,000 failing
 */
export function makeOrders(options: OrderSetOptions): BenchOrder[] {
  const { count, failureEvery = 10, seed = 42 } = options;
  const from = options.submittedFrom ?? new Date(Date.now() - (count + 3600) * 1000);
  const next = random(seed);
  const orders: BenchOrder[] = [];
  for (let index = 0; index < count; index++) {
    const order = validOrder(index, next, new Date(from.getTime() + index * 1000));
    const failing = index % failureEvery === failureEvery - 1;
    if (!failing) {
      orders.push({ body: JSON.stringify(order), failure: null });
      continue;
    }
    const kind = FAILURE_KINDS[
      Math.floor(index / failureEvery) % FAILURE_KINDS.length
    ] as FailureKind;
    orders.push({ body: failingBody(kind, order), failure: kind });
  }
  return orders;
}
