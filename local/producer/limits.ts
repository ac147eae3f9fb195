/**
 * The processor's business limits the producer must know to make an order that passes or breaks
 * exactly one rule. Defaults are the processor's documented defaults (TEAM.md; a test checks they
 * agree with the processor's defaultRulesConfig).
 */
export interface ProducerLimits {
  acceptedCurrencies: readonly string[];
  maxLineItems: number;
  maxTotalQuantity: number;
  maxOrderTotalMinor: number;
  maxBodyBytes: number;
  clockSkewSeconds: number;
}

/** The processor's defaults: EUR/USD/GBP, 50 lines, 1000 units, 10,000,000 minor units, 256 KiB, 300 s. */
export const DEFAULT_PRODUCER_LIMITS: Readonly<ProducerLimits> = {
  acceptedCurrencies: ["EUR", "USD", "GBP"],
  maxLineItems: 50,
  maxTotalQuantity: 1000,
  maxOrderTotalMinor: 10_000_000,
  maxBodyBytes: 262_144,
  clockSkewSeconds: 300,
};
