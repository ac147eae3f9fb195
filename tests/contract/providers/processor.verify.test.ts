import { describe, it } from "vitest";
import { processorProvider } from "../../../contracts/providers/processor";
import { pactSourceFromEnvironment } from "../../../contracts/verification/pact-source";
import { verifyProvider } from "../../../contracts/verification/verify-provider";

describe("processor as provider (fulfilment and failure-alerts pacts)", () => {
  it("builds every expected message with the processor's real code", async () => {
    await verifyProvider(processorProvider(), pactSourceFromEnvironment());
  }, 60_000);
});
