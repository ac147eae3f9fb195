export { DEFAULT_PRODUCER_LIMITS, type ProducerLimits } from "./limits";
export {
  type BuildOrderOptions,
  buildOrderMessage,
  buildValidOrder,
  type ProducedOrderMessage,
} from "./orders";
export { createOrderProducer, type OrderProducer, type OrderProducerOptions } from "./producer";
export { type Random, seededRandom } from "./random";
export {
  EXPECTED_ERROR_CODE,
  type ExpectedOutcome,
  expectedOutcomeOf,
  ORDER_VARIANTS,
  type OrderVariant,
} from "./variants";
