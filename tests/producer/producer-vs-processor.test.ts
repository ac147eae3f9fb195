import { describe, expect, it } from "vitest";
import { defaultRulesConfig, processOrderBody } from "../../functions/processor/core";
import { createOrderProducer, ORDER_VARIANTS } from "../../local/producer";

const now = new Date("2026-11-26T10:15:00.000Z");
const source = {
  kind: "sqs",
  queue_arn: "arn:aws:sqs:us-east-2:123456789012:orders",
  receive_count: 1,
} as const;

describe("the producer's messages, judged by the processor's real core", () => {
  it.each(ORDER_VARIANTS)(
    "a %s message gets the outcome the producer promises, over many seeds",
    (variant) => {
      const producer = createOrderProducer({ seed: 2026, now: () => now });
      for (let i = 0; i < 25; i++) {
        const message = producer.next(variant);

        const outcome = processOrderBody(
          message.body,
          { messageId: `m-${i}`, source, now },
          defaultRulesConfig,
        );

        const actual =
          outcome.status === "SUCCESS"
            ? { status: "SUCCESS" }
            : { status: "FAILURE", error_code: outcome.error_code };
        expect(
          actual,
          `${variant} #${i}: ${outcome.status === "FAILURE" ? outcome.error : ""}`,
        ).toEqual(message.expected);
      }
    },
  );
});
