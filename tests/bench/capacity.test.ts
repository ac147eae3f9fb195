import { describe, expect, it } from "vitest";
import {
  type CapacityModel,
  LAMBDA_CONCURRENT_EXECUTIONS,
  processorInvocationMs,
  SQS_IN_FLIGHT_MESSAGES,
  snsPublishQuota,
  stackCapacity,
} from "../../bench/lib/capacity";
import { repoRoot } from "../../bench/lib/children";
import { readStackSettings } from "../../bench/lib/stack-settings";
import { configuredStacks } from "../../bench/sections/capacity";
import { defaultTopologySettings, type TopologySettings } from "../../topology";

// Capacity from a stack's configuration and the measured invocation: every limit as orders per
// second, the lowest binding, and the numbers following the configuration.

const model: CapacityModel = {
  cpuMsPerRecord: 0.1,
  waitMsPerPublishWave: 16,
  snsCallsPerRecord: 0.1,
  publishConcurrency: 8,
  successShare: 0.9,
  storeRoundTripMs: 15,
  storeCallsPerRecord: 2,
};

const withSettings = (change: (s: TopologySettings) => void): TopologySettings => {
  const settings = structuredClone(defaultTopologySettings);
  change(settings);
  return settings;
};

describe("snsPublishQuota", () => {
  it("has the Region's standard-topic quota in messages per second, 300 where unlisted", () => {
    expect(snsPublishQuota("us-east-1").value).toBe(30_000);
    expect(snsPublishQuota("eu-west-1").value).toBe(9_000);
    expect(snsPublishQuota("eu-central-1").value).toBe(1_500);
    expect(snsPublishQuota("eu-south-2").value).toBe(300);
    expect(snsPublishQuota("eu-west-1").source).toBe(
      "https://docs.aws.amazon.com/general/latest/gr/sns.html",
    );
  });
});

describe("processorInvocationMs", () => {
  it("adds the batch's CPU at the memory's share to one measured wait per wave of calls", () => {
    // 100 records: 10 calls, 8 at a time: two waves.
    expect(processorInvocationMs(model, 100, 1769)).toBeCloseTo(10 + 2 * 16, 9);
    expect(processorInvocationMs(model, 100, 512)).toBeCloseTo(10 / (512 / 1769) + 32, 9);
    expect(processorInvocationMs(model, 10, 1769)).toBeCloseTo(1 + 16, 9);
  });
});

describe("stackCapacity", () => {
  it("computes each limit and takes the lowest", () => {
    const c = stackCapacity(defaultTopologySettings, "eu-west-1", model);
    const limit = (name: string) => c.limits.find((l) => l.name === name)?.orders_per_second;
    const invocationMs = processorInvocationMs(
      model,
      100,
      defaultTopologySettings.processor.memorySizeMb,
    );
    expect(c.processor_invocation_ms).toBeCloseTo(invocationMs, 9);
    expect(limit("processor mapping's maximum concurrency")).toBeCloseTo(
      (10 * 100 * 1000) / invocationMs,
      6,
    );
    // A consumer: 5 instances, one record per two 15 ms store calls, 90% of orders.
    expect(limit("fulfilment mapping's maximum concurrency")).toBeCloseTo((5 * 1000) / 30 / 0.9, 6);
    expect(limit("SNS publishes per second in the Region")).toBe(9_000);
    // Every order holds an execution for its share of a processor invocation and its record's time
    // in a consumer.
    expect(limit("Lambda concurrent executions")).toBeCloseTo(
      LAMBDA_CONCURRENT_EXECUTIONS.value / ((invocationMs / 100 + 30) / 1000),
      6,
    );
    expect(limit("SQS messages in flight on the orders queue")).toBeCloseTo(
      (SQS_IN_FLIGHT_MESSAGES.value * 1000) / invocationMs,
      6,
    );
    expect(c.binding).toBe("fulfilment mapping's maximum concurrency");
    expect(c.orders_per_second).toBe(c.limits[0]?.orders_per_second);
    expect(c.first_aws_quota).toBe("SNS publishes per second in the Region");
    const sorted = c.limits.map((l) => l.orders_per_second);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
  });

  it("follows the configuration: more consumer concurrency moves the binding limit", () => {
    const raised = stackCapacity(
      withSettings((s) => {
        s.consumer.maximumConcurrency = 500;
      }),
      "us-east-1",
      model,
    );
    expect(raised.binding).toBe("processor mapping's maximum concurrency");
    // With both raised to the most a mapping takes, an AWS quota binds: SNS in us-east-1, or
    // the account's executions when each order holds one longer.
    const all = withSettings((s) => {
      s.consumer.maximumConcurrency = 1000;
      s.processor.maximumConcurrency = 1000;
    });
    const sns = stackCapacity(all, "us-east-1", model);
    expect(sns.binding).toBe("SNS publishes per second in the Region");
    expect(sns.orders_per_second).toBe(30_000);
    const slowStore = stackCapacity(all, "us-east-1", { ...model, storeRoundTripMs: 50 });
    expect(slowStore.binding).toBe("Lambda concurrent executions");
    expect(slowStore.binding).toBe(slowStore.first_aws_quota);
    // A Region with a lower SNS quota binds sooner.
    expect(
      stackCapacity(
        withSettings((s) => {
          s.consumer.maximumConcurrency = 200;
        }),
        "eu-south-2",
        model,
      ).binding,
    ).toBe("SNS publishes per second in the Region");
  });
});

describe("the stacks' files", () => {
  it("are read as the Pulumi program reads them", () => {
    expect(configuredStacks()).toEqual(expect.arrayContaining(["dev", "prod"]));
    const prod = readStackSettings(repoRoot, "prod");
    expect(prod.region).toBe("eu-west-1");
    expect(prod.topology.processor.maximumConcurrency).toBe(50);
    expect(prod.topology.consumer.maximumConcurrency).toBe(20);
    const dev = readStackSettings(repoRoot, "dev");
    expect(dev.topology.processor.batchSize).toBe(defaultTopologySettings.processor.batchSize);
  });
});
