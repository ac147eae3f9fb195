import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTraffic } from "../../local/demo/traffic";
import { faultsForBodies } from "../../local/faults/policies";
import { LocalPipeline } from "../../local/pipeline";
import { replayDeadLetters } from "../../tools/replay/replay";

let pipeline: LocalPipeline;

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
}, 30_000);
afterAll(() => pipeline?.stop());

async function until(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("transient publish faults: retries, maxReceiveCount, DLQ, replay, processed", () => {
  it("moves messages whose outcomes cannot be published to the DLQ after maxReceiveCount receives, and replay brings them home", async () => {
    // Prepare: four inputs (three valid, one rejected) whose outcomes SNS refuses until the fault clears.
    const { queued } = demoTraffic({ orders: 10, seed: 11, poisoned: 0, invalidShare: 0.3 });
    const inputs = [
      ...queued.filter((i) => i.kind === "valid").slice(0, 3),
      queued.find((i) => i.kind !== "valid"),
    ];
    const faulty = new Set(inputs.map((i) => i?.body ?? ""));
    pipeline.proxy.setEntryFaults(faultsForBodies(faulty));
    const receiveCounts = new Map<string, string[]>();
    pipeline.onInvocation(({ mapping, event }) => {
      if (mapping !== "processor-orders") return;
      for (const r of event.Records) {
        receiveCounts.set(r.messageId, [
          ...(receiveCounts.get(r.messageId) ?? []),
          r.attributes.ApproximateReceiveCount,
        ]);
      }
    });
    const maxReceiveCount = pipeline.topology.queues.find((q) => q.key === "orders")?.redrive
      ?.maxReceiveCount;

    // Act 1: send; SQS redelivers each failed record until its redrive moves it.
    const ids = await pipeline.send(inputs.filter((i) => i !== undefined));
    await until(async () => (await pipeline.depth("orders-dlq")) === 4, 20_000);
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 10_000 })).toBe(true);
    const before = await pipeline.summary();

    // Assess 1: every receive retried, nothing published, all four in the DLQ, nothing lost.
    expect(maxReceiveCount).toBe(5);
    for (const id of ids) {
      expect(receiveCounts.get(id)).toEqual(["1", "2", "3", "4", "5"]);
    }
    expect(before.ledger).toMatchObject({
      sent: 4,
      dead_lettered: 4,
      success_outcomes: 0,
      failure_outcomes: 0,
      unaccounted: 0,
    });
    expect(before.injected_faults.entriesFailed).toBe(4 * 5);

    // Act 2: the fault clears; replay the DLQ.
    faulty.clear();
    const dlq = pipeline.rendered.queue("orders-dlq");
    const orders = pipeline.rendered.queue("orders");
    const replay = await replayDeadLetters(pipeline.clients.sqs, dlq, orders);
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 15_000 })).toBe(true);
    const after = await pipeline.summary();

    // Assess 2: all four moved (client-side: fauxqs lacks StartMessageMoveTask) and processed once.
    expect(replay).toMatchObject({ moved: 4, failed: 0, strategy: "receive-send-delete" });
    expect(replay.note).toMatch(/does not implement StartMessageMoveTask/);
    expect(after.ledger).toMatchObject({
      sent: 4,
      success_outcomes: 3,
      failure_outcomes: 1,
      dead_lettered: 0,
      unaccounted: 0,
      multiply_accounted: 0,
      not_as_expected: 0,
    });
    expect(after.dead_letter_queues["orders-dlq"]).toBe(0);
    expect(after.consumers.every((c) => c.missing === 0 && c.unexpected === 0)).toBe(true);
  });

  it("retries a batch through an SNS outage (HTTP 500 after the SDK's retries) and loses nothing once SNS is back", async () => {
    // Prepare
    const { queued } = demoTraffic({ orders: 6, seed: 12, poisoned: 0, invalidShare: 0 });
    const failedBatches: number[] = [];
    pipeline.onInvocation(({ mapping, disposition }) => {
      if (mapping === "processor-orders" && disposition.retry.length > 0)
        failedBatches.push(disposition.retry.length);
    });
    const sentBefore = pipeline.ledger.size;
    pipeline.proxy.setOutage(true);

    // Act
    await pipeline.send(queued);
    await until(() => failedBatches.length > 0, 15_000);
    pipeline.proxy.setOutage(false);
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 15_000 })).toBe(true);
    const summary = await pipeline.summary();

    // Assess
    expect(summary.injected_faults.callsFailed).toBeGreaterThan(0);
    expect(summary.ledger.sent).toBe(sentBefore + 6);
    expect(summary.ledger.success_outcomes).toBe(3 + 6);
    expect(summary.ledger.unaccounted).toBe(0);
    expect(summary.ledger.dead_lettered).toBe(0);
  });
});
