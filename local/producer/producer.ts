import type { ProducerLimits } from "./limits";
import { buildOrderMessage, type ProducedOrderMessage, shuffled } from "./orders";
import { seededRandom } from "./random";
import { ORDER_VARIANTS, type OrderVariant } from "./variants";

/** Options of an order producer. */
export interface OrderProducerOptions {
  seed: number;
  /** Clock for submitted_at; default: the system clock. Pass a fixed one for repeatable bytes. */
  now?: () => Date;
  limits?: Partial<ProducerLimits>;
}

/** Makes a deterministic stream of order messages. */
export interface OrderProducer {
  /** The next message of a variant (default: valid). */
  next(variant?: OrderVariant): ProducedOrderMessage;
  /**
   * `count` messages, a share of them invalid (default 0.3), the invalid ones cycling through
   * every failure variant so each appears.
   */
  mixed(count: number, options?: { invalidShare?: number }): ProducedOrderMessage[];
}

/** Mixes the producer seed with a message's sequence number into that message's own seed. */
function messageSeed(seed: number, sequence: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(sequence, 0xc2b2ae35)) | 0;
}

/**
 * A deterministic order producer: demo traffic for `npm start`, test data for other teams, and the
 * provider of the processor's order-message contract. The same seed and clock give the same
 * messages in the same order.
 *
 * @example
 * const producer = createOrderProducer({ seed: 42, now: () => new Date("2026-11-26T10:15:00Z") });
 * producer.next().body;                 // a valid order as JSON text
 * producer.next("duplicate-sku").expected; // { status: "FAILURE", error_code: "DUPLICATE_SKU" }
 * producer.mixed(20);                   // 14 valid, 6 invalid of different kinds
 */
export function createOrderProducer(options: OrderProducerOptions): OrderProducer {
  const now = options.now ?? (() => new Date());
  let sequence = 0;
  const next = (variant: OrderVariant = "valid") => {
    sequence += 1;
    return buildOrderMessage(variant, {
      seed: messageSeed(options.seed, sequence),
      now: now(),
      ...(options.limits ? { limits: options.limits } : {}),
    });
  };
  return {
    next,
    mixed(count, mixOptions = {}) {
      const share = mixOptions.invalidShare ?? 0.3;
      if (!(share >= 0 && share <= 1))
        throw new Error(`invalidShare must be between 0 and 1, got ${share}`);
      const invalid = Math.round(count * share);
      const failures = ORDER_VARIANTS.filter((v) => v !== "valid");
      const variants: OrderVariant[] = [
        ...Array.from({ length: invalid }, (_, i) => failures[i % failures.length] as OrderVariant),
        ...Array.from({ length: count - invalid }, () => "valid" as const),
      ];
      // Shuffled deterministically so invalid messages are spread through the stream.
      return shuffled(variants, seededRandom(options.seed)).map((variant) => next(variant));
    },
  };
}
