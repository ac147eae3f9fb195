import { processorSettings, settingDefaults } from "../../lib/processor-settings";

/**
 * The processor's business limits the producer must know to make an order that passes or breaks
 * exactly one rule.
 */
export interface ProducerLimits {
  acceptedCurrencies: readonly string[];
  maxLineItems: number;
  maxTotalQuantity: number;
  maxOrderTotalMinor: number;
  maxBodyBytes: number;
  clockSkewSeconds: number;
}

/**
 * The processor's defaults (`processorSettings.rules`), which the deployed stacks use unless
 * configured otherwise.
 *
 * @example buildValidOrder(seededRandom(1), new Date(), DEFAULT_PRODUCER_LIMITS).line_items.length <= DEFAULT_PRODUCER_LIMITS.maxLineItems // true
 */
export const DEFAULT_PRODUCER_LIMITS: Readonly<ProducerLimits> = Object.freeze(
  settingDefaults(processorSettings.rules),
);
