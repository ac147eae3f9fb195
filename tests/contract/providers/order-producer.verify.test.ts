import { describe, it } from "vitest";
import { orderProducerProvider } from "../../../contracts/providers/order-producer";
import { pactSourceFromEnvironment } from "../../../contracts/verification/pact-source";
import { verifyProvider } from "../../../contracts/verification/verify-provider";

describe("order producer as provider (processor pact)", () => {
  it("builds every expected order message with local/producer", async () => {
    await verifyProvider(orderProducerProvider(), pactSourceFromEnvironment());
  }, 60_000);
});
