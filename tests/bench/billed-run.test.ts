import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BilledConfig, BilledResult } from "../../bench/children/billed.mjs";
import { makeOrders } from "../../bench/data/orders";
import { billedMsPerThousandOrders, floorMsPerThousandOrders } from "../../bench/lib/billing";
import { runChild } from "../../bench/lib/child-runner";
import { bundleChild, repoRoot } from "../../bench/lib/children";
import { CPU_CATEGORIES } from "../../bench/lib/profile";
import { seedInstances } from "../../bench/sections/billed";
import {
  BARE_PUBLISH_ENTRY,
  type BuiltBundle,
  buildBundle,
  PROCESSOR_ENTRY,
  SEED_ENTRY,
} from "../../bench/sections/bundles";
import { DEFAULT_PUBLISH_CONCURRENCY } from "../../functions/processor/sqs-batch";
import { defaultTopologySettings } from "../../topology";

// One billed-duration run per handler, with the real bundles, instance processes, the emulator in
// its own process and the SNS latency proxy in front of it: every order handled once and its
// outcome delivered and timed, every SNS call held for the round trip, invocations recorded.

describe("a billed-duration run", () => {
  const orders = makeOrders({ count: 200 });
  const expectedSuccess = orders.filter((o) => o.failure === null).length;
  const rttMs = 20;
  const batchSize = defaultTopologySettings.processor.batchSize;
  let dir: string;
  let base: Omit<BilledConfig, "handlers" | "filterPolicies">;
  let child: string;
  let oursFile: string;
  let seedFile: string;
  let ours: BuiltBundle;
  let bare: BuiltBundle;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "billed-child-"));
    const ordersFile = join(dir, "orders.json");
    writeFileSync(ordersFile, JSON.stringify(orders.map((o) => o.body)));
    child = await bundleChild("bench/children/billed.mts", { externalPackages: true });
    ours = await buildBundle(PROCESSOR_ENTRY, "processor-billed-test");
    bare = await buildBundle(BARE_PUBLISH_ENTRY, "bare-publish-billed-test");
    oursFile = ours.file;
    seedFile = (await buildBundle(SEED_ENTRY, "seed-billed-test")).file;
    base = {
      ordersFile,
      batchSize,
      maximumBatchingWindowSeconds: defaultTopologySettings.processor.maximumBatchingWindowSeconds,
      batchingWindowMs: 100,
      rttMs,
      emulatorScript: await bundleChild("bench/children/emulator.mts", { externalPackages: true }),
      instanceScript: await bundleChild("bench/children/instance.mts", { externalPackages: true }),
      stallTimeoutMs: 30_000,
    };
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (config: BilledConfig) =>
    runChild<BilledResult>(child, {
      env: { BENCH_BILLED_CONFIG: JSON.stringify(config) },
      timeoutMs: 45_000,
    });
  const delivered = { fulfilment: expectedSuccess, "failure-alerts": 200 - expectedSuccess };
  // PublishBatch only, ten outcomes a call but for one last chunk per topic and invocation (a
  // loaded machine may split the 200 orders into more than two batches).
  const expectTenOutcomesPerCall = (r: BilledResult) => {
    expect(Object.keys(r.sns.byAction)).toEqual(["PublishBatch"]);
    const least = r.invocations.reduce((n, i) => n + Math.ceil(i.records / 10), 0);
    expect(r.sns.calls).toBeGreaterThanOrEqual(least);
    expect(r.sns.calls).toBeLessThanOrEqual(least + r.invocations.length);
  };

  it("runs ours: one PublishBatch per 10 outcomes, each held the round trip, billed above the floor", async () => {
    const r = await run({
      ...base,
      handlers: [{ name: "ours", file: oursFile, instances: 1 }],
      filterPolicies: true,
    });

    expect(r).toMatchObject({ orders: 200, deleted: 200, retried: 0, dead_lettered: 0, delivered });
    expect(r.outcomes_timed).toBe(200);
    expectTenOutcomesPerCall(r);
    expect(r.sns.heldMs / r.sns.calls).toBeGreaterThanOrEqual(rttMs);
    // Calls in parallel, never more than the publish concurrency (a loaded machine may not get
    // all of them out before the first answer).
    expect(r.sns.peakInFlight).toBeGreaterThan(1);
    expect(r.sns.peakInFlight).toBeLessThanOrEqual(DEFAULT_PUBLISH_CONCURRENCY);
    expect(r.invocations.reduce((n, i) => n + i.records, 0)).toBe(200);
    for (const i of r.invocations) {
      // Each full batch publishes 10 chunks at 8 at a time: two round trips at least.
      if (i.records === batchSize) expect(i.wallMs).toBeGreaterThanOrEqual(2 * rttMs);
      expect(i.cpuMs).toBeGreaterThan(0);
    }
    // The floor adds the round trips and the CPU of the handler's thread; the invocation can
    // overlap a little of that CPU with calls still in flight, never much.
    const model = { rttMs, publishConcurrency: DEFAULT_PUBLISH_CONCURRENCY };
    expect(floorMsPerThousandOrders(r.invocations, 200, model)).toBeLessThanOrEqual(
      1.05 * billedMsPerThousandOrders(r.invocations, 200),
    );
    expect(r.invoke_to_outcome_ms.p50).toBeLessThanOrEqual(r.send_to_outcome_ms.p50);
  }, 60_000);

  it("runs the seed on several instances: one Publish per order, each held the round trip", async () => {
    const instances = 3;
    const r = await run({
      ...base,
      handlers: [{ name: "seed", file: seedFile, instances }],
      filterPolicies: false,
    });

    expect(r).toMatchObject({ orders: 200, deleted: 200, retried: 0, dead_lettered: 0, delivered });
    expect(r.outcomes_timed).toBe(200);
    expect(r.sns.byAction).toEqual({ Publish: 200 });
    expect(r.sns.peakInFlight).toBeLessThanOrEqual(instances);
    // One round trip per record, one record at a time within an invocation.
    const billedPerOrder = billedMsPerThousandOrders(r.invocations, 200) / 1000;
    expect(billedPerOrder).toBeGreaterThanOrEqual(rttMs);
    expect(r.invoke_to_outcome_ms.p99).toBeGreaterThanOrEqual(rttMs);
  }, 60_000);

  it("runs ours and the bare-publish baseline side by side, each profiled: the split follows what each runs", async () => {
    const profile = (bundle: BuiltBundle) => ({
      sourceMapFile: bundle.sourceMapFile,
      repoRoot,
      samplingIntervalUs: 100,
    });
    const r = await run({
      ...base,
      handlers: [
        { name: "ours", file: ours.file, instances: 1, profile: profile(ours) },
        {
          name: "bare",
          file: bare.file,
          instances: 1,
          prebuiltOutcomes: true,
          profile: profile(bare),
        },
      ],
      filterPolicies: true,
    });

    expect(r).toMatchObject({ orders: 200, deleted: 200, retried: 0, dead_lettered: 0, delivered });
    expectTenOutcomesPerCall(r);
    const { ours: o, bare: b } = r.handlers;
    if (!o || !b) throw new Error("a handler is missing from the result");
    // Both took orders from the one queue; only ours' outcomes carry the orders' message ids.
    expect(o.orders + b.orders).toBe(200);
    expect(r.outcomes_timed).toBe(o.orders);
    expect(o.invocations.length + b.invocations.length).toBe(r.invocations.length);
    for (const h of [o, b]) {
      expect(h.profile?.samples).toBeGreaterThan(0);
      expect(Object.keys(h.profile?.byCategory ?? {})).toEqual([...CPU_CATEGORIES]);
      expect(h.peak_rss_mb).toBeGreaterThan(20);
    }
    // The baseline does nothing but publish: the SNS client is most of its CPU, none of it is
    // the processor's core, logs or deadline. Ours runs all of them.
    expect(b.profile?.byCategory.sns_client).toBeGreaterThan(0.4 * (b.profile?.totalUs ?? 0));
    expect(b.profile?.byCategory.core).toBe(0);
    expect(b.profile?.byCategory.telemetry).toBe(0);
    expect(o.profile?.byCategory.core).toBeGreaterThan(0);
    expect(o.profile?.byCategory.sns_client).toBeGreaterThan(0);
    expect(
      Object.keys(b.profile?.bySource ?? {}).some((s) => s.startsWith("node_modules/@smithy/")),
    ).toBe(true);
    expect(
      Object.keys(o.profile?.bySource ?? {}).some((s) => s.startsWith("functions/processor/core/")),
    ).toBe(true);
  }, 60_000);
});

describe("the seed's instance count", () => {
  it("grows with the round-trip time, from 2 to 16", () => {
    expect(seedInstances(0)).toBe(2);
    expect(seedInstances(5)).toBe(4);
    expect(seedInstances(15)).toBe(8);
    expect(seedInstances(40)).toBe(16);
    expect(seedInstances(1000)).toBe(16);
  });
});
