// The topology: the invariants every rendering relies on over many settings, its consistency
// checks, and that a consumer is one declaration (in the data, and in the Pulumi rendering). What
// the default topology declares is tested by what it does, not restated here: who receives which
// message in which form (tests/local/render-emulator.test.ts, tests/infra/deployed-bundles.test.mts),
// what the Pulumi program deploys (tests/infra/program.test.ts), the asynchronous path's
// destinations (tests/e2e/async-destinations.test.ts).

import { existsSync } from "node:fs";
import { join } from "node:path";
import * as aws from "@pulumi/aws";
import { describe, expect, it } from "vitest";
import { preflightProblems } from "../../infra/preflight";
import { processorSettings } from "../../lib/processor-settings";
import {
  assertConsistent,
  buildTopology,
  type ConsumerDeclaration,
  consumerDeclarations,
  defaultTopologySettings,
  LAMBDA_RUNTIME,
  limits,
  REPORT_BATCH_ITEM_FAILURES,
  resolveEnvironment,
  type Topology,
  type TopologySettings,
} from "../../topology";
import { repoRoot } from "../support/paths";
import { ofType, runProgram } from "./support/program";

const topology = buildTopology();

function settingsWith(change: (s: TopologySettings) => void): TopologySettings {
  const settings = structuredClone(defaultTopologySettings);
  change(settings);
  return settings;
}

describe("the default topology", () => {
  it("points every function at a handler that exists", () => {
    for (const fn of topology.functions)
      expect(existsSync(join(repoRoot, fn.entry)), fn.entry).toBe(true);
  });

  it("names its Lambda runtime as @pulumi/aws's enum does (a runtime AWS knows)", () => {
    expect(LAMBDA_RUNTIME).toBe(aws.lambda.Runtime.NodeJS22dX);
  });

  it("renders every topic and rule setting of the processor into its environment, and only Powertools' besides", () => {
    // The SNS timing settings stay at the processor's defaults: the topology does not render them.
    const rendered = [
      ...Object.values(processorSettings.topics),
      ...Object.values(processorSettings.rules),
    ];
    const processor = topology.functions.find((f) => f.key === "processor");
    const names = Object.keys(processor?.environment ?? {});
    expect(names.filter((name) => !name.startsWith("POWERTOOLS_")).sort()).toEqual(
      rendered.map((setting) => setting.variable).sort(),
    );
  });
});

describe("invariants over many settings", () => {
  const variants: [string, TopologySettings][] = [
    ["defaults", defaultTopologySettings],
    [
      "slow processor, long window",
      settingsWith((s) => {
        s.processor.timeoutSeconds = 900;
        s.processor.maximumBatchingWindowSeconds = 300;
        s.processor.batchSize = 10_000;
      }),
    ],
    [
      "fast consumers",
      settingsWith((s) => {
        s.consumer.timeoutSeconds = 1;
        s.consumer.maximumBatchingWindowSeconds = 0;
        s.consumer.maxReceiveCount = 1;
      }),
    ],
  ];

  it.each(variants)(
    "%s: each queue read by a function hides a message for 6 x its timeout + window",
    (_name, settings) => {
      const t = buildTopology(settings);
      for (const mapping of t.eventSourceMappings) {
        const queue = t.queues.find((q) => q.key === mapping.queue);
        const fn = t.functions.find((f) => f.key === mapping.function);
        expect(queue?.visibilityTimeoutSeconds, mapping.key).toBe(
          6 * (fn?.timeoutSeconds ?? Number.NaN) + mapping.maximumBatchingWindowSeconds,
        );
        expect(queue?.visibilityTimeoutSeconds).toBeLessThanOrEqual(
          limits.VISIBILITY_TIMEOUT_SECONDS.max,
        );
      }
    },
  );

  it.each(variants)(
    "%s: every source queue redrives to its own DLQ, which keeps messages 14 days",
    (_name, settings) => {
      const t = buildTopology(settings);
      for (const source of t.queues.filter((q) => q.role === "source")) {
        const dlq = t.queues.find((q) => q.key === source.redrive?.deadLetterQueue);
        expect(dlq?.role, source.key).toBe("dead-letter");
        expect(dlq?.redriveSource).toBe(source.key);
        expect(dlq?.messageRetentionSeconds).toBe(limits.MESSAGE_RETENTION_SECONDS.max);
        expect(source.redrive?.maxReceiveCount).toBeGreaterThanOrEqual(1);
      }
      expect(t.queues.filter((q) => q.redriveSource !== undefined)).toHaveLength(
        t.queues.filter((q) => q.role === "source").length,
      );
    },
  );

  it.each(variants)(
    "%s: every subscription moves what SNS cannot deliver to its own DLQ, admitting only its topic",
    (_name, settings) => {
      const t = buildTopology(settings);
      const dlqs = t.subscriptions.map((s) => s.deadLetterQueue);
      expect(new Set(dlqs).size).toBe(t.subscriptions.length);
      for (const s of t.subscriptions) {
        const dlq = t.queues.find((q) => q.key === s.deadLetterQueue);
        expect(dlq, s.key).toMatchObject({
          key: `${s.key}-dlq`,
          role: "dead-letter",
          snsSources: [s.topic],
          messageRetentionSeconds: limits.MESSAGE_RETENTION_SECONDS.max,
        });
        expect(dlq?.redrive).toBeUndefined();
        expect(dlq?.redriveSource).toBeUndefined();
        expect(t.alarms.find((a) => a.key === `${s.deadLetterQueue}-not-empty`)).toMatchObject({
          metricName: "ApproximateNumberOfMessagesVisible",
          target: { queue: s.deadLetterQueue },
          threshold: 0,
          description: `${s.deadLetterQueue} holds ${s.topic} topic messages SNS could not deliver to ${s.queue} (its key or queue policy refused them): fix the cause, then send them to ${s.queue}.`,
        });
        // A message that could not reach the DLQ either shows only in the topic's metric.
        const topic = t.topics.find((x) => x.key === s.topic);
        expect(
          t.alarms.find((a) => a.key === `${topic?.name}-redrive-to-dlq-failures`),
        ).toMatchObject({
          namespace: "AWS/SNS",
          metricName: "NumberOfNotificationsFailedToRedriveToDlq",
          target: { topic: s.topic },
          threshold: 0,
        });
      }
    },
  );

  it.each(variants)(
    "%s: every event source mapping reports batch item failures",
    (_name, settings) => {
      for (const mapping of buildTopology(settings).eventSourceMappings) {
        expect(mapping.functionResponseTypes).toEqual([REPORT_BATCH_ITEM_FAILURES]);
      }
    },
  );
});

describe("consistency checks", () => {
  const broken = (change: (t: Topology) => void) => {
    const t = structuredClone(topology);
    change(t);
    return () => assertConsistent(t);
  };

  it("rejects a reference to something undeclared", () => {
    expect(
      broken((t) => {
        if (t.subscriptions[0]) t.subscriptions[0].queue = "nowhere";
      }),
    ).toThrow(
      /subscription success-to-fulfilment refers to queue "nowhere", which is not declared/,
    );
  });

  it("rejects a duplicate key", () => {
    expect(
      broken((t) => {
        t.queues.push({ ...(t.queues[0] as Topology["queues"][number]) });
      }),
    ).toThrow(/queue "orders" is declared twice/);
  });

  it("rejects a visibility timeout below 6 x timeout + window", () => {
    expect(
      broken((t) => {
        (t.queues[0] as Topology["queues"][number]).visibilityTimeoutSeconds = 180;
      }),
    ).toThrow(/queue orders: visibility timeout 180 s is below 6 x 30 s \+ 1 s/);
  });

  it("rejects destinations on a function not invoked asynchronously", () => {
    expect(
      broken((t) => {
        t.asyncInvokeConfigs.push({
          function: "fulfilment",
          maximumRetryAttempts: 0,
          maximumEventAgeSeconds: 60,
          concurrencyHeadroom: 0,
          onSuccessTopic: "success",
          onFailureTopic: "failure",
        });
      }),
    ).toThrow(/function fulfilment has destinations but is not invoked asynchronously/);
  });

  it("rejects a subscription whose DLQ is missing, its own endpoint, or would not admit the topic", () => {
    expect(
      broken((t) => {
        if (t.subscriptions[0]) t.subscriptions[0].deadLetterQueue = "nowhere";
      }),
    ).toThrow(
      /subscription success-to-fulfilment refers to dead-letter queue "nowhere", which is not declared/,
    );
    expect(
      broken((t) => {
        if (t.subscriptions[0]) t.subscriptions[0].deadLetterQueue = "fulfilment";
      }),
    ).toThrow(
      /subscription success-to-fulfilment: its dead-letter queue is its own endpoint fulfilment/,
    );
    expect(
      broken((t) => {
        const dlq = t.queues.find((q) => q.key === "failure-to-failure-alerts-dlq");
        if (dlq) dlq.snsSources = ["success"];
      }),
    ).toThrow(
      /subscription failure-to-failure-alerts: dead-letter queue failure-to-failure-alerts-dlq does not admit topic failure/,
    );
  });

  it("rejects a subscription to a queue whose policy would not admit the topic", () => {
    expect(
      broken((t) => {
        const queue = t.queues.find((q) => q.key === "fulfilment");
        if (queue) queue.snsSources = [];
      }),
    ).toThrow(/subscription success-to-fulfilment: queue fulfilment does not admit topic success/);
  });
});

describe("the environment a function is given", () => {
  it("resolves topic references to ARNs and passes every other value through as declared", () => {
    const processor = topology.functions.find((f) => f.key === "processor");
    if (!processor) throw new Error("no processor");
    const env = resolveEnvironment(processor, (topic) => `arn:${topic}`);
    expect(env.SUCCESS_TOPIC_ARN).toBe("arn:success");
    expect(env.FAILURE_TOPIC_ARN).toBe("arn:failure");
    const literals = Object.entries(processor.environment).filter(([, v]) => typeof v === "string");
    expect(literals.length).toBeGreaterThan(0);
    for (const [name, value] of literals) expect(env[name], name).toBe(value);
  });
});

describe("adding a consumer", () => {
  const audit: ConsumerDeclaration = {
    key: "audit",
    description: "Keeps every failure for auditors.",
    topic: "failure",
    rawMessageDelivery: true,
  };

  it("is one declaration: the topology derives its queue, DLQs, subscription, function, mapping and alarms", () => {
    const extended = buildTopology(defaultTopologySettings, [...consumerDeclarations, audit]);
    const added = <T extends { key: string }>(pick: (t: Topology) => T[]) => {
      const before = new Set(pick(topology).map((x) => x.key));
      return pick(extended)
        .filter((x) => !before.has(x.key))
        .map((x) => x.key);
    };
    expect(added((t) => t.queues)).toEqual(["audit", "audit-dlq", "failure-to-audit-dlq"]);
    expect(added((t) => t.subscriptions)).toEqual(["failure-to-audit"]);
    expect(added((t) => t.functions)).toEqual(["audit"]);
    expect(added((t) => t.eventSourceMappings)).toEqual(["audit-audit"]);
    expect(added((t) => t.alarms)).toEqual([
      "audit-oldest-message-age",
      "audit-dlq-not-empty",
      "failure-to-audit-dlq-not-empty",
      "audit-errors",
    ]);
    expect(extended.functions.find((f) => f.key === "audit")?.entry).toBe(
      "functions/audit/handler.ts",
    );
    expect(extended.queues.find((q) => q.key === "audit")?.snsSources).toEqual(["failure"]);
    // Nothing else changes.
    expect(extended.topics).toEqual(topology.topics);
    expect(extended.asyncInvokeConfigs).toEqual(topology.asyncInvokeConfigs);
  });

  it("renders as 18 more Pulumi resources with no change to the components", async () => {
    const extended = buildTopology(defaultTopologySettings, [...consumerDeclarations, audit]);
    const render = (t: Topology) => async () => {
      const { OrderEventsPipeline } = await import("../../infra/pipeline.js");
      const pipeline = new OrderEventsPipeline("t", {
        topology: t,
        namePrefix: "t",
        bundle: async () => ({
          code: "export const handler = async () => ({});",
          bytes: 41,
          sha256: "0".repeat(64),
        }),
        alarmTopicArn: undefined,
        kmsKeyDeletionWindowDays: 30,
        tags: {},
      });
      return { functionNames: pipeline.functionNames };
    };
    const base = await runProgram("test", {}, render(topology));
    const more = await runProgram("test", {}, render(extended));

    const custom = (run: typeof base) =>
      run.resources.filter((r) => r.custom).map((r) => `${r.type} ${r.name}`);
    const addedResources = custom(more).filter((r) => !custom(base).includes(r));
    expect(addedResources.sort()).toEqual(
      [
        "aws:sqs/queue:Queue t-audit",
        "aws:sqs/queue:Queue t-audit-dlq",
        "aws:sqs/queuePolicy:QueuePolicy t-audit-policy",
        "aws:sqs/queuePolicy:QueuePolicy t-audit-dlq-policy",
        "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy t-audit-dlq-redrive-allow",
        "aws:sns/topicSubscription:TopicSubscription t-failure-to-audit",
        "aws:sqs/queue:Queue t-failure-to-audit-dlq",
        "aws:sqs/queuePolicy:QueuePolicy t-failure-to-audit-dlq-policy",
        "aws:cloudwatch/metricAlarm:MetricAlarm t-failure-to-audit-dlq-not-empty",
        "aws:iam/role:Role t-audit-role",
        "aws:iam/rolePolicy:RolePolicy t-audit-permissions",
        "aws:cloudwatch/logGroup:LogGroup t-audit-logs",
        "aws:lambda/function:Function t-audit",
        "aws:lambda/eventSourceMapping:EventSourceMapping t-audit-audit-mapping",
        "aws:cloudwatch/metricAlarm:MetricAlarm t-audit-oldest-message-age",
        "aws:cloudwatch/metricAlarm:MetricAlarm t-audit-dlq-not-empty",
        "aws:cloudwatch/metricAlarm:MetricAlarm t-audit-errors",
        "aws:dynamodb/table:Table t-audit-idempotency",
      ].sort(),
    );
    expect(custom(base).filter((r) => !custom(more).includes(r))).toEqual([]);
    expect(
      ofType(more, "aws:sqs/queuePolicy:QueuePolicy").find((r) => r.name === "t-audit-policy")
        ?.inputs.policy,
    ).toContain("arn:aws:sns:us-east-1:000000000000:t-failure-outcomes");
    expect(more.outputs.functionNames).toEqual({
      processor: "t-processor",
      fulfilment: "t-fulfilment",
      "failure-alerts": "t-failure-alerts",
      audit: "t-audit",
    });
  }, 60_000);
});

describe("preflight checks of index.ts", () => {
  it("name a function whose handler is missing, and say what to do", () => {
    const withAudit = buildTopology(defaultTopologySettings, [
      ...consumerDeclarations,
      { key: "audit", description: "audit", topic: "failure", rawMessageDelivery: true },
    ]);
    const exists = (path: string) => existsSync(join(repoRoot, path));
    expect(preflightProblems("order-events-dev", topology, exists)).toEqual([]);
    expect(preflightProblems("order-events-dev", withAudit, exists)).toEqual([
      "functions/audit/handler.ts does not exist, but the topology declares function audit: add its handler, or remove it from topology/consumers.ts",
    ]);
  });

  it("name a reservation that asynchronous invocations could exhaust under the SQS mapping", () => {
    const reserving = (reserved: number) =>
      buildTopology(
        settingsWith((s) => {
          s.processor.maximumConcurrency = 50;
          s.processor.reservedConcurrency = reserved;
        }),
      );
    const headroom = defaultTopologySettings.processor.asyncConcurrencyHeadroom;
    expect(preflightProblems("order-events-dev", reserving(50), () => true)).toEqual([
      `function processor reserves 50 concurrent executions, fewer than its SQS mappings' maximum concurrency (50) plus the ${headroom} kept for asynchronous invocations: asynchronous traffic would throttle the SQS mapping. Reserve at least ${50 + headroom}, lower the mapping's maximum concurrency, or reserve none.`,
    ]);
    expect(preflightProblems("order-events-dev", reserving(50 + headroom), () => true)).toEqual([]);
    expect(preflightProblems("order-events-dev", topology, () => true)).toEqual([]);
  });

  it("ask no headroom of a function that is not invoked asynchronously", () => {
    const t = structuredClone(topology);
    const fulfilment = t.functions.find((f) => f.key === "fulfilment");
    if (!fulfilment) throw new Error("no fulfilment");
    fulfilment.reservedConcurrency = defaultTopologySettings.consumer.maximumConcurrency;
    expect(preflightProblems("order-events-dev", t, () => true)).toEqual([]);
    fulfilment.reservedConcurrency -= 1;
    expect(preflightProblems("order-events-dev", t, () => true)).toEqual([
      expect.stringMatching(
        /^function fulfilment reserves 4 concurrent executions, fewer than its SQS mappings' maximum concurrency \(5\) plus the 0 kept/,
      ),
    ]);
  });

  it("name a queue that would outgrow SQS's 80 characters with Pulumi's suffix", () => {
    const long = buildTopology(defaultTopologySettings, [
      ...consumerDeclarations,
      {
        key: "consumer-with-a-key-long-enough-for-sqs-ab",
        description: "long",
        topic: "failure",
        rawMessageDelivery: true,
      },
    ]);
    expect(
      preflightProblems("order-events-dev", long, () => true).filter((p) => p.startsWith("queue")),
    ).toEqual([
      "queue name order-events-dev-failure-to-consumer-with-a-key-long-enough-for-sqs-ab-dlq-xxxxxxx would have 82 characters (with Pulumi's 8-character suffix), over SQS's 80: use a shorter stack name or queue key",
    ]);
  });

  it("name a role that would outgrow IAM's 64 characters with Pulumi's suffix", () => {
    const prefix = `order-events-${"s".repeat(24)}`;
    expect(preflightProblems(prefix, topology, () => true)).toEqual([
      expect.stringMatching(
        /^role name order-events-s+-failure-alerts-role-xxxxxxx would have 65 characters/,
      ),
    ]);
  });
});
