import { describe, expect, it } from "vitest";
import type { InvocationSample } from "../../bench/lib/billing";
import { LIST_PRICES } from "../../bench/lib/cost-model";
import {
  cpuShare,
  modeledDurationMs,
  POWER_TABLE_MEMORY_MB,
  powerTable,
  recommendMemory,
} from "../../bench/lib/power-model";

// The power table's model: CPU stretched by Lambda's CPU share for the memory size (one vCPU at
// 1,769 MB, never more), waits unchanged; billing, costs and the memory each stack should take.

describe("cpuShare and modeledDurationMs", () => {
  it("gives one vCPU at 1,769 MB, in proportion below it, and never more than one", () => {
    expect(cpuShare(1769)).toBe(1);
    expect(cpuShare(512)).toBeCloseTo(512 / 1769, 12);
    expect(cpuShare(128)).toBeCloseTo(0.0724, 4);
    expect(cpuShare(3008)).toBe(1);
    expect(() => cpuShare(0)).toThrow(RangeError);
  });

  it("stretches the CPU time only, keeping the waits", () => {
    const sample: InvocationSample = { records: 100, wallMs: 40, cpuMs: 10 };
    expect(modeledDurationMs(sample, 1769)).toBe(40);
    expect(modeledDurationMs(sample, 3008)).toBe(40);
    expect(modeledDurationMs(sample, 512)).toBeCloseTo(10 / (512 / 1769) + 30, 9);
    // A sample whose CPU exceeds its wall time (timer granularity) has no negative wait.
    expect(modeledDurationMs({ records: 1, wallMs: 1, cpuMs: 1.2 }, 1769)).toBeCloseTo(1.2, 9);
  });
});

describe("powerTable", () => {
  // 100 invocations of 100 records: 10 ms of CPU and 30 ms of waits each; one a slow outlier.
  const samples: InvocationSample[] = Array.from({ length: 100 }, (_, i) => ({
    records: 100,
    wallMs: i === 99 ? 140 : 40,
    cpuMs: 10,
  }));
  const rows = powerTable({
    samples,
    orders: 10_000,
    snsRequestsPerOrder: 0.1,
    sqsRequestsPerOrder: 1.2,
  });
  const row = (memory: number, arch: "arm64" | "x86_64") => {
    const found = rows.find((r) => r.memory_mb === memory && r.architecture === arch);
    if (!found) throw new Error(`no row ${memory} ${arch}`);
    return found;
  };

  it("has a row per memory size and architecture", () => {
    expect(rows).toHaveLength(POWER_TABLE_MEMORY_MB.length * 2);
  });

  it("bills each modeled invocation rounded up to the millisecond", () => {
    // At 512 MB: 10 / 0.2894 + 30 = 64.55 → 65 ms; the outlier 164.55 → 165.
    expect(row(512, "arm64").billed_ms_per_1000_orders).toBe(((99 * 65 + 165) * 1000) / 10_000);
    expect(row(1769, "arm64").billed_ms_per_1000_orders).toBe(((99 * 40 + 140) * 1000) / 10_000);
  });

  it("prices GB-seconds by architecture and adds requests, SNS and SQS", () => {
    const r = row(1024, "x86_64");
    const billedS = r.billed_ms_per_1000_orders / 1000 / 1000;
    const duration = billedS * (1024 / 1024) * 1e6 * LIST_PRICES.lambdaGbSecond.x86_64;
    const requests = 0.01 * 1e6 * LIST_PRICES.lambdaRequest;
    expect(r.cost_usd_per_million_orders.lambda).toBeCloseTo(duration + requests, 9);
    expect(r.cost_usd_per_million_orders.total).toBeCloseTo(
      duration + requests + 0.1 * 0.5 + 1.2 * 0.4,
      9,
    );
    expect(row(1024, "arm64").cost_usd_per_million_orders.lambda).toBeLessThan(
      r.cost_usd_per_million_orders.lambda,
    );
  });

  it("gives the handler's latency, p50 and p99 of the modeled invocations", () => {
    expect(row(1769, "arm64").handler_latency_ms).toEqual({ mean: 41, p50: 40, p99: 40 });
    expect(row(128, "arm64").handler_latency_ms.p50).toBeCloseTo(10 / (128 / 1769) + 30, 9);
  });

  it("refuses an empty run", () => {
    expect(() =>
      powerTable({ samples: [], orders: 0, snsRequestsPerOrder: 0, sqsRequestsPerOrder: 0 }),
    ).toThrow(/needs measured invocations/);
  });

  it("recommends the cheapest size above what the function needs, or Power Tuning's balanced one", () => {
    // Waits dominate: the smallest size costs least, as long as it fits the function.
    expect(recommendMemory(rows, "arm64", "cheapest", 100).memory_mb).toBe(128);
    expect(recommendMemory(rows, "arm64", "cheapest", 200).memory_mb).toBe(256);
    // Balanced: the lowest 0.5 x cost / max cost + 0.5 x mean duration / max mean duration:
    // 0.634 at 128 MB, 0.371 at 512, 0.367 at 768, 0.379 at 1,024, 0.621 at 3,008.
    expect(recommendMemory(rows, "arm64", "balanced", 100).memory_mb).toBe(768);
    // All weight on cost is the cheapest; none, the fastest (the smallest of the equal ones).
    expect(recommendMemory(rows, "arm64", "balanced", 100, 1).memory_mb).toBe(128);
    expect(recommendMemory(rows, "arm64", "balanced", 100, 0).memory_mb).toBe(1769);
    expect(() => recommendMemory(rows, "arm64", "cheapest", 4096)).toThrow(/no arm64 row/);
  });
});
