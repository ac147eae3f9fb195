import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TEAM_PACT_DIR, PACTICIPANTS } from "../../../contracts/participants";
import { processorProvider } from "../../../contracts/providers/processor";
import { pactFilesFor } from "../../../contracts/verification/pact-files";
import { pactSourceFromEnvironment } from "../../../contracts/verification/pact-source";
import { verifyProvider } from "../../../contracts/verification/verify-provider";
import { PROCESSOR_MESSAGES } from "../../../lib/pact/messages";

describe("processor as provider (fulfilment, failure-alerts and the example team's pacts)", () => {
  it("verifies the example consumer team's pact beside ours, as a broker would serve it", () => {
    expect(pactFilesFor(PACTICIPANTS.processor)).toContain(
      join(EXAMPLE_TEAM_PACT_DIR, "customer-notifications-processor.json"),
    );
  });

  it("has every message kind of the Pact kit in a pact it verifies, so each kind is proven", () => {
    const verified = pactFilesFor(PACTICIPANTS.processor).flatMap((file) =>
      (
        JSON.parse(readFileSync(file, "utf8")) as { interactions: { description: string }[] }
      ).interactions.map((i) => i.description),
    );
    const kinds = Object.values(PROCESSOR_MESSAGES).map((m) => m.description);
    expect(kinds.filter((d) => !verified.includes(d))).toEqual([]);
  });

  it("builds every expected message with the processor's real code", async () => {
    await verifyProvider(processorProvider(), pactSourceFromEnvironment());
  }, 60_000);
});
