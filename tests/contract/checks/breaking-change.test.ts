import { describe, expect, it } from "vitest";
import { orderProducerProvider } from "../../../contracts/providers/order-producer";
import { processorProvider, realProcessorBuilders } from "../../../contracts/providers/processor";
import { ProviderVerificationError } from "../../../contracts/verification/verification-failure";
import { verifyProvider } from "../../../contracts/verification/verify-provider";
import type { OrderOutcome } from "../../../generated/types";
import { buildOrderMessage } from "../../../lib/producer";

/** Verifies against the committed pacts (never the broker: a broken provider must not publish). */
async function verificationError(definition: Parameters<typeof verifyProvider>[0]) {
  // Pact prints its report straight to stdout; say that this one is meant to fail.
  process.stdout.write(
    `\nbreaking-change test: ${definition.provider} was broken on purpose; the Pact failure report below is expected\n`,
  );
  try {
    await verifyProvider(definition, { kind: "files" });
  } catch (error) {
    return error;
  }
  throw new Error("verification passed, but the provider was broken on purpose");
}

function rename<T extends object>(value: T, from: string, to: string): T {
  const { [from]: moved, ...rest } = value as Record<string, unknown>;
  return { ...rest, [to]: moved } as T;
}

describe("a provider that breaks a field a consumer relies on fails verification, readably", () => {
  it("renaming order_total_minor in the processor's outcome builder", async () => {
    const broken = processorProvider({
      ...realProcessorBuilders,
      processOrderBody: (...args) =>
        rename(
          realProcessorBuilders.processOrderBody(...args),
          "order_total_minor",
          "total_minor",
        ) as OrderOutcome,
    });

    const error = await verificationError(broken);

    expect(error).toBeInstanceOf(ProviderVerificationError);
    const message = (error as Error).message;
    expect(message).toContain(
      "processor does not satisfy its consumers' pacts (1 interaction(s) failed)",
    );
    expect(message).toContain("a SUCCESS outcome for an accepted order");
    expect(message).toContain("$ -> Actual map is missing the following keys: order_total_minor");
  }, 60_000);

  it("removing error_code from the processor's message attributes", async () => {
    const broken = processorProvider({
      ...realProcessorBuilders,
      outcomeAttributes: (outcome) => {
        const { error_code: _removed, ...rest } = realProcessorBuilders.outcomeAttributes(outcome);
        return rest;
      },
    });

    const message = ((await verificationError(broken)) as Error).message;

    expect(message).toContain("(6 interaction(s) failed)");
    expect(message).toContain(
      "metadata error_code -> Expected message metadata 'error_code' but was missing",
    );
  }, 60_000);

  it("removing customer_id in the order producer's builder", async () => {
    const broken = orderProducerProvider((variant, options) => {
      const produced = buildOrderMessage(variant, options);
      const { customer_id: _removed, ...order } = JSON.parse(produced.body);
      return { ...produced, body: JSON.stringify(order) };
    });

    const message = ((await verificationError(broken)) as Error).message;

    expect(message).toContain(
      "order-producer does not satisfy its consumers' pacts (3 interaction(s) failed)",
    );
    expect(message).toContain("$ -> Actual map is missing the following keys: customer_id");
  }, 60_000);
});
