import { join } from "node:path";
import { PROCESSOR_PACTICIPANT } from "../lib/pact/messages";

/** Where consumer tests write pacts and verification reads them (committed). */
export const PACT_DIR = join(__dirname, "pacts");

/**
 * The example consumer team's pact (examples/consumer-team, written by its own tests from the
 * packed package). Verification from files reads it beside ours, as a broker would serve every
 * consumer's pact of a provider; it is the team's to publish, so ours never publishes it.
 */
export const EXAMPLE_TEAM_PACT_DIR = join(__dirname, "..", "examples", "consumer-team", "pacts");

/** The pacts provider verification reads when no broker is set: ours, then other teams'. */
export const VERIFIED_PACT_DIRS: readonly string[] = [PACT_DIR, EXAMPLE_TEAM_PACT_DIR];

/** Pacticipant names: the same in pact files, in the broker and in verification. */
export const PACTICIPANTS = {
  orderProducer: "order-producer",
  processor: PROCESSOR_PACTICIPANT,
  fulfilment: "fulfilment",
  failureAlerts: "failure-alerts",
} as const;

export type Pacticipant = (typeof PACTICIPANTS)[keyof typeof PACTICIPANTS];

// The processor's messages (what its topics carry), their descriptions and provider states are the
// package's Pact kit: lib/pact/messages.ts, PROCESSOR_MESSAGES. Below, the order producer's.

/**
 * Interaction descriptions of the order producer's messages. The processor's consumer test names
 * interactions with these and the producer's provider keys its message builders by them, so a
 * renamed interaction fails verification instead of passing silently.
 */
export const MESSAGES = {
  validOrder: "an order message",
  unsupportedCurrencyOrder: "an order message in an unaccepted currency",
  duplicateSkuOrder: "an order message with the same SKU on two lines",
} as const;

/** Provider states of the order producer: what must be true for it to send the message. */
export const STATES = {
  validOrder: "a customer submits an order in an accepted currency",
  unacceptedCurrencyOrder: "a customer submits an order in an unaccepted currency",
  duplicateSkuOrder: "a customer submits an order with the same SKU on two lines",
} as const;
