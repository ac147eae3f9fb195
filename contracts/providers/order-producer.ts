import { buildOrderMessage, type OrderVariant } from "../../local/producer";
import { MESSAGES, PACTICIPANTS, STATES } from "../participants";
import { type ProviderDefinition, ScenarioSlot, stateHandlersFor } from "./provider-definition";

/** The clock and seed the producer builds contract messages with (any fixed values would do). */
export const PRODUCER_CONTRACT_CLOCK = new Date("2026-11-26T10:15:01.123Z");
export const PRODUCER_CONTRACT_SEED = 20261126;

/** What the order producer builds: the real `local/producer`, or a variant of it in tests. */
export type BuildOrderMessage = typeof buildOrderMessage;

const SCENARIOS: Readonly<Record<string, OrderVariant>> = {
  [STATES.validOrder]: "valid",
  [STATES.unacceptedCurrencyOrder]: "unsupported-currency",
  [STATES.duplicateSkuOrder]: "duplicate-sku",
};

/**
 * The order producer as a Pact provider: each provider state chooses which kind of order the
 * customer submits, and every message is built by `local/producer` (the code that makes demo traffic)
 * and sent as the JSON text it puts on the orders queue.
 *
 * @example await verifyProvider(orderProducerProvider(), await pactSourceFromEnvironment());
 */
export function orderProducerProvider(
  build: BuildOrderMessage = buildOrderMessage,
): ProviderDefinition {
  const slot = new ScenarioSlot<OrderVariant>(Object.keys(SCENARIOS));
  const message = (description: string) => async () => {
    const variant = slot.take(description);
    const produced = build(variant, { seed: PRODUCER_CONTRACT_SEED, now: PRODUCER_CONTRACT_CLOCK });
    // The body is what goes on the queue: verify exactly those bytes, parsed.
    return JSON.parse(produced.body) as unknown;
  };
  return {
    provider: PACTICIPANTS.orderProducer,
    stateHandlers: stateHandlersFor(SCENARIOS, slot),
    messageProviders: {
      [MESSAGES.validOrder]: message(MESSAGES.validOrder),
      [MESSAGES.unsupportedCurrencyOrder]: message(MESSAGES.unsupportedCurrencyOrder),
      [MESSAGES.duplicateSkuOrder]: message(MESSAGES.duplicateSkuOrder),
    },
  };
}
