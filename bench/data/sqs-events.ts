import { createHash } from "node:crypto";
import type { Message } from "@aws-sdk/client-sqs";
import type { SqsEvent } from "../../generated/types";
import { toSqsEvent } from "../../local/esm/sqs-event";

/** The queue the benchmark's in-process events claim to come from. */
export const BENCH_QUEUE = {
  queueArn: "arn:aws:sqs:us-east-1:000000000000:orders",
  region: "us-east-1",
} as const;

/**
 * Lambda SQS events for the given bodies, `batchSize` records each, shaped by the local event
 * source mapping's own record builder (local/esm/sqs-event.ts), as if freshly received once.
 *
 * @example const events = makeSqsEvents(orders.map((o) => o.body), 10);
 */
export function makeSqsEvents(bodies: readonly string[], batchSize: number): SqsEvent[] {
  const sent = String(Date.UTC(2026, 0, 1));
  const messages: Message[] = bodies.map((body, index) => ({
    MessageId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    ReceiptHandle: `bench-receipt-${index}`,
    Body: body,
    MD5OfBody: createHash("md5").update(body).digest("hex"),
    Attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: sent,
      SenderId: "AIDAIENQZJOLO23YVJ4VO",
      ApproximateFirstReceiveTimestamp: sent,
    },
  }));
  const events: SqsEvent[] = [];
  for (let i = 0; i < messages.length; i += batchSize) {
    events.push(toSqsEvent(messages.slice(i, i + batchSize), BENCH_QUEUE));
  }
  return events;
}
