import { describe, expect, it } from "vitest";
import {
  billedDurationMs,
  billedMsPerThousandOrders,
  floorDurationMs,
  floorMsPerThousandOrders,
  percentile,
} from "../../bench/lib/billing";
import {
  costPerMillionOrders,
  LIST_PRICES,
  SQS_REQUESTS_PER_ORDER,
} from "../../bench/lib/cost-model";

describe("billed duration", () => {
  it("rounds each invocation up to the next millisecond, never below 1 ms", () => {
    expect(billedDurationMs(41.0001)).toBe(42);
    expect(billedDurationMs(41)).toBe(41);
    expect(billedDurationMs(0.2)).toBe(1);
    expect(billedDurationMs(0)).toBe(1);
  });

  it("sums the rounded invocations, not the rounded sum, per 1,000 orders", () => {
    const samples = Array.from({ length: 10 }, () => ({ records: 10, wallMs: 1.1, cpuMs: 1 }));
    // 10 × ceil(1.1) = 20 ms for 100 orders, where ceil(10 × 1.1) would give 11.
    expect(billedMsPerThousandOrders(samples, 100)).toBe(200);
  });
});

describe("the floor", () => {
  it("is ceil(records / 10) calls at the publish concurrency, one round trip per wave, plus the CPU", () => {
    const model = { rttMs: 15, publishConcurrency: 8 };
    expect(floorDurationMs({ records: 100, wallMs: 0, cpuMs: 9 }, model)).toBe(2 * 15 + 9);
    expect(floorDurationMs({ records: 80, wallMs: 0, cpuMs: 9 }, model)).toBe(15 + 9);
    expect(floorDurationMs({ records: 81, wallMs: 0, cpuMs: 9 }, model)).toBe(2 * 15 + 9);
    expect(floorDurationMs({ records: 1, wallMs: 0, cpuMs: 0.5 }, model)).toBe(15.5);
  });

  it("takes one round trip per call when calls go one at a time", () => {
    const sample = { records: 100, wallMs: 0, cpuMs: 0 };
    expect(floorDurationMs(sample, { rttMs: 5, publishConcurrency: 1 })).toBe(10 * 5);
  });

  it("is one round trip per record, plus the CPU, for a Publish per record in sequence", () => {
    const sample = { records: 100, wallMs: 0, cpuMs: 30 };
    const seedModel = { rttMs: 15, publishConcurrency: 1, entriesPerCall: 1 };
    expect(floorDurationMs(sample, seedModel)).toBe(100 * 15 + 30);
  });

  it("sums per 1,000 orders without rounding", () => {
    const samples = [
      { records: 100, wallMs: 0, cpuMs: 0.25 },
      { records: 100, wallMs: 0, cpuMs: 0.25 },
    ];
    expect(floorMsPerThousandOrders(samples, 200, { rttMs: 5, publishConcurrency: 8 })).toBe(
      (2 * (2 * 5 + 0.25) * 1000) / 200,
    );
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it("refuses an empty list and a percentile outside (0, 100]", () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 0)).toThrow(/outside/);
  });
});

describe("the cost model", () => {
  it("prices GB-seconds at the memory size and architecture, and each request kind", () => {
    const cost = costPerMillionOrders({
      billedMsPerOrder: 2,
      memoryMb: 512,
      architecture: "arm64",
      invocationsPerOrder: 0.01,
      snsRequestsPerOrder: 0.1,
      sqsRequestsPerOrder: SQS_REQUESTS_PER_ORDER,
    });
    // 1e6 orders × 2 ms × 0.5 GB = 1,000 GB-s.
    expect(cost.lambda_duration).toBeCloseTo(1000 * LIST_PRICES.lambdaGbSecond.arm64, 10);
    expect(cost.lambda_requests).toBeCloseTo(10_000 * LIST_PRICES.lambdaRequest, 10);
    expect(cost.sns_requests).toBeCloseTo(100_000 * LIST_PRICES.snsRequest, 10);
    expect(cost.sqs_requests).toBeCloseTo(1.2e6 * LIST_PRICES.sqsRequest, 10);
    expect(cost.total).toBeCloseTo(
      cost.lambda_duration + cost.lambda_requests + cost.sns_requests + cost.sqs_requests,
      10,
    );
  });

  it("charges x86_64 more than arm64 for the same GB-seconds", () => {
    const base = {
      billedMsPerOrder: 10,
      memoryMb: 128,
      invocationsPerOrder: 0.1,
      snsRequestsPerOrder: 1,
      sqsRequestsPerOrder: SQS_REQUESTS_PER_ORDER,
    };
    const x86 = costPerMillionOrders({ ...base, architecture: "x86_64" });
    const arm = costPerMillionOrders({ ...base, architecture: "arm64" });
    expect(x86.lambda_duration).toBeGreaterThan(arm.lambda_duration);
    expect(x86.sns_requests).toBe(arm.sns_requests);
  });
});
