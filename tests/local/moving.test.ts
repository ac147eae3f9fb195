import { describe, expect, it } from "vitest";
import type { SqsEvent } from "../../generated/types";
import { describeMoving } from "../../local/demo/moving";
import { POISONED_KIND } from "../../local/demo/traffic";
import type { InvocationReport } from "../../local/esm/event-source-mapping";
import { DeliveryTracker } from "../../local/observe/deliveries";
import type { SentInput } from "../../local/observe/ledger";
import { buildTopology } from "../../topology/build";

const maxReceiveCount = buildTopology().queues.find((q) => q.key === "orders")?.redrive
  ?.maxReceiveCount as number;

const input = (id: string, fields: Partial<SentInput> = {}): SentInput => ({
  id,
  path: "sqs",
  kind: "valid",
  body: `body-${id}`,
  expected: "success_outcome",
  ...fields,
});

/** An invocation report as the event source mapping gives it: records, and which were retried. */
function report(
  mapping: string,
  received: Record<string, number>,
  retry: string[],
  deleteFailures: string[] = [],
): InvocationReport {
  const ids = Object.keys(received);
  const event = {
    Records: ids.map((messageId) => ({
      messageId,
      attributes: { ApproximateReceiveCount: String(received[messageId]) },
    })),
  } as unknown as SqsEvent;
  return {
    mapping,
    event,
    result: {
      kind: "returned",
      value: { batchItemFailures: retry.map((itemIdentifier) => ({ itemIdentifier })) },
    },
    disposition: { delete: ids.filter((id) => !retry.includes(id)), retry },
    durationMs: 1,
    deleteFailures,
  };
}

describe("DeliveryTracker", () => {
  it("keeps each message's latest receive count and whether it comes back, for its own mapping only", () => {
    const tracker = new DeliveryTracker("processor-orders");
    tracker.observe(report("processor-orders", { a: 1, b: 1, c: 1 }, ["a"], ["c"]));
    tracker.observe(report("processor-orders", { a: 2 }, []));
    tracker.observe(report("fulfilment-queue", { b: 4 }, ["b"]));
    expect(tracker.get("a")).toEqual({ receives: 2, last: "deleted" });
    expect(tracker.get("b")).toEqual({ receives: 1, last: "deleted" });
    // Its delete failed: SQS delivers it again.
    expect(tracker.get("c")).toEqual({ receives: 1, last: "retry" });
    expect(tracker.get("d")).toBeUndefined();
  });
});

describe("describeMoving (why inputs are still moving)", () => {
  it("names poisoned orders on their way to the DLQ with their receive, as docs/local-runtime.md shows", () => {
    const tracker = new DeliveryTracker("m");
    tracker.observe(report("m", { p1: 3, p2: 3 }, ["p1", "p2"]));
    const groups = describeMoving({
      unended: [
        input("p1", { kind: POISONED_KIND, expected: "dead_lettered" }),
        input("p2", { kind: POISONED_KIND, expected: "dead_lettered" }),
      ],
      delivery: (id) => tracker.get(id),
      maxReceiveCount,
      inDeadLetterQueue: 0,
    });
    expect(groups).toEqual([
      {
        count: 2,
        why: `poisoned orders on their way to the DLQ (receive 3 of ${maxReceiveCount})`,
      },
    ]);
  });

  it("tells waiting, retried (with a receive range), published and asynchronous inputs apart", () => {
    const tracker = new DeliveryTracker("m");
    tracker.observe(report("m", { r1: 1, r2: 2, done: 1 }, ["r1", "r2"]));
    const groups = describeMoving({
      unended: [
        input("new-1"),
        input("new-2"),
        input("r1"),
        input("r2", { expected: "failure_outcome:INVALID_JSON" }),
        input("done"),
        input("req-1", { path: "async" }),
      ],
      delivery: (id) => tracker.get(id),
      maxReceiveCount,
      inDeadLetterQueue: 0,
    });
    expect(groups.map((g) => `${g.count} ${g.why}`)).toEqual([
      "2 waiting for the processor",
      `2 orders to be tried again, their outcome not yet published (receive 1-2 of ${maxReceiveCount})`,
      "1 outcome on its way through SNS",
      "1 asynchronous invocation running or retried by Lambda",
    ]);
  });

  it("leaves out inputs received maxReceiveCount times that the DLQ already holds", () => {
    const tracker = new DeliveryTracker("m");
    tracker.observe(report("m", { a: maxReceiveCount, b: maxReceiveCount }, ["a", "b"]));
    const moving = {
      unended: [
        input("a", { expected: "dead_lettered" }),
        input("b", { expected: "dead_lettered" }),
      ],
      delivery: (id: string) => tracker.get(id),
      maxReceiveCount,
    };
    expect(describeMoving({ ...moving, inDeadLetterQueue: 1 })).toEqual([
      {
        count: 1,
        why: `order reaching the DLQ after receive ${maxReceiveCount} of ${maxReceiveCount}`,
      },
    ]);
    expect(describeMoving({ ...moving, inDeadLetterQueue: 2 })).toEqual([]);
  });
});
