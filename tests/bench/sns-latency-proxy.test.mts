import { PublishBatchCommand, PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNS_BILLING_CHUNK_BYTES, SnsLatencyProxy } from "../../bench/support/sns-latency-proxy.js";
import { startTestEmulator, TEST_CREDENTIALS, type TestEmulator } from "../support/fauxqs.mjs";

// The benchmark's latency model on the SNS path, over the real wire: the SDK's calls pass through
// to the emulator unchanged, each one answered no sooner than the round-trip time after it left.

describe("the SNS latency proxy", () => {
  let emulator: TestEmulator;
  let topicArn: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    ({
      topics: { outcomes: topicArn = "" },
    } = emulator.declare({
      topics: ["outcomes"],
      queues: ["outcomes-q"],
      subscriptions: [{ topic: "outcomes", queue: "outcomes-q", raw: true }],
    }));
  });
  afterAll(() => emulator.stop());

  const clientFor = (endpoint: string) =>
    new SNSClient({ endpoint, region: emulator.region, credentials: TEST_CREDENTIALS });

  it("holds every call for at least the round-trip time and delivers what was published", async () => {
    const rttMs = 40;
    const proxy = await SnsLatencyProxy.start(emulator.endpoint, { rttMs });
    const sns = clientFor(proxy.endpoint);
    try {
      const started = performance.now();
      await sns.send(new PublishCommand({ TopicArn: topicArn, Message: "one" }));
      const single = performance.now() - started;
      const entries = ["two", "three", "four"].map((m, i) => ({ Id: `e${i}`, Message: m }));
      const batchStarted = performance.now();
      const batch = await sns.send(
        new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries }),
      );
      const batched = performance.now() - batchStarted;

      expect(single).toBeGreaterThanOrEqual(rttMs);
      expect(batched).toBeGreaterThanOrEqual(rttMs);
      expect(batch.Successful?.map((s) => s.Id)).toEqual(["e0", "e1", "e2"]);
      const bodies = (await emulator.drain("outcomes-q")).map((m) => m.Body).sort();
      expect(bodies).toEqual(["four", "one", "three", "two"]);
      expect(proxy.stats.calls).toBe(2);
      expect(proxy.stats.byAction).toEqual({ Publish: 1, PublishBatch: 1 });
      expect(proxy.stats.billableRequests).toBe(2);
      expect(proxy.stats.heldMs).toBeGreaterThanOrEqual(2 * rttMs);
    } finally {
      sns.destroy();
      await proxy.stop();
    }
  });

  it("holds parallel calls side by side, not one after the other", async () => {
    const rttMs = 200;
    const proxy = await SnsLatencyProxy.start(emulator.endpoint, { rttMs });
    const sns = clientFor(proxy.endpoint);
    try {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          sns.send(new PublishCommand({ TopicArn: topicArn, Message: `p${i}` })),
        ),
      );
      const elapsed = performance.now() - started;

      expect(proxy.stats.peakInFlight).toBe(4);
      // Held one after the other, the four calls would take at least 4 x 200 ms.
      expect(elapsed).toBeLessThan(4 * rttMs);
      expect(await emulator.drain("outcomes-q")).toHaveLength(4);
    } finally {
      sns.destroy();
      await proxy.stop();
    }
  });

  it("counts a publish larger than 64 KB as one billable request per started 64 KB", async () => {
    const proxy = await SnsLatencyProxy.start(emulator.endpoint, { rttMs: 0 });
    const sns = clientFor(proxy.endpoint);
    try {
      await sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message: "x".repeat(SNS_BILLING_CHUNK_BYTES + 1),
        }),
      );
      expect(proxy.stats.billableRequests).toBe(2);
      await emulator.drain("outcomes-q");
    } finally {
      sns.destroy();
      await proxy.stop();
    }
  });

  it("refuses a round-trip time that is not a number of milliseconds", async () => {
    await expect(SnsLatencyProxy.start(emulator.endpoint, { rttMs: -1 })).rejects.toThrow(
      /round-trip time must be a number of ms >= 0, got -1/,
    );
  });
});
