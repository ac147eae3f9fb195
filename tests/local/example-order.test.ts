import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultRulesConfig, processOrderBody } from "../../functions/processor/core";
import { validateOrderMessage } from "../../generated/validators.cjs";
import { repoRoot } from "../support/paths";

// examples/order.json is what the docs and `npm start -- --keep-running` tell people to send by
// hand (`npm run send` sends it by default): it must stay a valid order that the processor accepts.
const body = readFileSync(join(repoRoot, "examples", "order.json"), "utf8");

describe("examples/order.json", () => {
  it("is valid against the order message schema", () => {
    expect(
      validateOrderMessage(JSON.parse(body)),
      JSON.stringify(validateOrderMessage.errors),
    ).toBe(true);
  });

  it("passes the processor's business rules today, so it ends as a SUCCESS outcome", () => {
    const outcome = processOrderBody(
      body,
      {
        messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
        source: {
          kind: "sqs",
          queue_arn: "arn:aws:sqs:us-east-1:000000000000:orders",
          receive_count: 1,
        },
        now: new Date(),
      },
      defaultRulesConfig,
    );
    expect(outcome.status, JSON.stringify(outcome)).toBe("SUCCESS");
  });
});
