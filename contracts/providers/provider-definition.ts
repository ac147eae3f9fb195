import type { MessageProviders, VerifierOptions } from "@pact-foundation/pact";
import type { Pacticipant } from "../participants";

/** Pact's state handlers (the type is not exported from the package root). */
export type StateHandlers = NonNullable<VerifierOptions["stateHandlers"]>;

/** What verification needs from a provider: its name, its state handlers and its message builders. */
export interface ProviderDefinition {
  provider: Pacticipant;
  stateHandlers: StateHandlers;
  messageProviders: MessageProviders;
}

/** A message with the metadata it is sent with, in the shape Pact's message verifier expects. */
export interface MessageWithMetadata {
  __pactMessageMetadata: Record<string, string>;
  message: unknown;
}

/**
 * Holds the scenario the current provider state set up, for the message builder that follows.
 * Pact only warns about a state without a handler; `take` turns that into a failure that names the
 * message and the states this provider knows, so a renamed state cannot pass unnoticed.
 */
export class ScenarioSlot<S> {
  private current: { state: string; scenario: S } | undefined;

  constructor(private readonly known: readonly string[]) {}

  set(state: string, scenario: S): void {
    this.current = { state, scenario };
  }

  take(description: string): S {
    const current = this.current;
    this.current = undefined;
    if (!current) {
      const problem = `no known provider state was set up before "${description}"; this provider knows the states: ${this.known.map((s) => `"${s}"`).join(", ")}`;
      // Pact only sees an empty message; say why where the person running verification reads.
      process.stderr.write(`contracts: ${problem}\n`);
      throw new Error(problem);
    }
    return current.scenario;
  }
}

/** State handlers that put the scenario of each known state into the slot. */
export function stateHandlersFor<S>(
  scenarios: Readonly<Record<string, S>>,
  slot: ScenarioSlot<S>,
): StateHandlers {
  return Object.fromEntries(
    Object.entries(scenarios).map(([state, scenario]) => [
      state,
      async () => {
        slot.set(state, scenario);
      },
    ]),
  );
}
