/**
 * The business limits the processor applies to a valid order, and the body limits it applies before
 * parsing. Read from the environment by `readProcessorConfig`; `defaultRulesConfig` holds the defaults.
 */
export interface RulesConfig {
  /** ISO 4217 codes accepted in `currency` (ACCEPTED_CURRENCIES). */
  readonly acceptedCurrencies: readonly string[];
  /** Most line items one order may have (MAX_LINE_ITEMS; the schema alone allows 100). */
  readonly maxLineItems: number;
  /** Most units over all lines (MAX_TOTAL_QUANTITY). */
  readonly maxTotalQuantity: number;
  /** Highest order total, in minor units (MAX_ORDER_TOTAL_MINOR). */
  readonly maxOrderTotalMinor: number;
  /** Largest body parsed, in UTF-8 bytes; larger ones fail with BODY_TOO_LARGE (MAX_BODY_BYTES). */
  readonly maxBodyBytes: number;
  /** Largest body echoed in an outcome's `body`, in UTF-8 bytes (MAX_ECHO_BODY_BYTES). */
  readonly maxEchoBodyBytes: number;
  /** How far `submitted_at` may lie after the processing time, in seconds (CLOCK_SKEW_SECONDS). */
  readonly clockSkewSeconds: number;
}

/**
 * The defaults of every rule, the values the processor uses when no environment variable overrides them.
 *
 * @example
 * const rules = { ...defaultRulesConfig, maxLineItems: 10 };
 * processOrderBody(body, { messageId, source, now: new Date() }, rules);
 */
export const defaultRulesConfig: RulesConfig = Object.freeze({
  acceptedCurrencies: Object.freeze(["EUR", "USD", "GBP"]),
  maxLineItems: 50,
  maxTotalQuantity: 1000,
  maxOrderTotalMinor: 10_000_000,
  maxBodyBytes: 262_144,
  maxEchoBodyBytes: 65_536,
  clockSkewSeconds: 300,
});
