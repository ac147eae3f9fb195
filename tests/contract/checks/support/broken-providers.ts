import { orderProducerProvider } from "../../../../contracts/providers/order-producer";
import {
  processorProvider,
  realProcessorBuilders,
} from "../../../../contracts/providers/processor";
import type { ProviderDefinition } from "../../../../contracts/providers/provider-definition";
import type { OrderOutcome } from "../../../../generated/types";
import { buildOrderMessage } from "../../../../local/producer";

function rename<T extends object>(value: T, from: string, to: string): T {
  const { [from]: moved, ...rest } = value as Record<string, unknown>;
  return { ...rest, [to]: moved } as T;
}

/** Providers broken on purpose, each the way a careless change would break it. */
export const BROKEN_PROVIDERS = {
  "processor renames order_total_minor": (): ProviderDefinition =>
    processorProvider({
      ...realProcessorBuilders,
      processOrderBody: (...args) =>
        rename(
          realProcessorBuilders.processOrderBody(...args),
          "order_total_minor",
          "total_minor",
        ) as OrderOutcome,
    }),
  "processor drops the error_code attribute": (): ProviderDefinition =>
    processorProvider({
      ...realProcessorBuilders,
      outcomeAttributes: (outcome) => {
        const { error_code: _removed, ...rest } = realProcessorBuilders.outcomeAttributes(outcome);
        return rest;
      },
    }),
  "order producer drops customer_id": (): ProviderDefinition =>
    orderProducerProvider((variant, options) => {
      const produced = buildOrderMessage(variant, options);
      const { customer_id: _removed, ...order } = JSON.parse(produced.body);
      return { ...produced, body: JSON.stringify(order) };
    }),
} as const;

export type BrokenProvider = keyof typeof BROKEN_PROVIDERS;

/** What verifying one broken provider gave. */
export interface BrokenVerification {
  passed: boolean;
  errorName?: string;
  message?: string;
}
