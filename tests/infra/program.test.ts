// The Pulumi program under mocks: every resource of the dev stack and its inputs, the IAM and
// resource policy documents parsed and compared exactly, the outputs, the prod overrides, and
// configuration errors surfacing from `pulumi up`'s entry point.
import { createHash } from "node:crypto";
import type * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPublishTiming, readProcessorConfig } from "../../functions/processor/config";
import { defaultRulesConfig } from "../../functions/processor/core";
import { topicFilters } from "../../topology/filter-policies";
import { defaultTopologySettings } from "../../topology/settings";
import {
  MOCK_ACCOUNT,
  MOCK_REGION,
  named,
  ofType,
  type ProgramRun,
  type RecordedResource,
  runProgram,
} from "./support/program";
import { stackConfig } from "./support/stack-files";

const P = "order-events-dev";
const arn = {
  queue: (key: string) => `arn:aws:sqs:${MOCK_REGION}:${MOCK_ACCOUNT}:${P}-${key}`,
  url: (key: string) => `https://sqs.${MOCK_REGION}.amazonaws.com/${MOCK_ACCOUNT}/${P}-${key}`,
  topic: (name: string) => `arn:aws:sns:${MOCK_REGION}:${MOCK_ACCOUNT}:${P}-${name}`,
  role: (fn: string) => `arn:aws:iam::${MOCK_ACCOUNT}:role/${P}-${fn}-role`,
  logGroup: (fn: string) =>
    `arn:aws:logs:${MOCK_REGION}:${MOCK_ACCOUNT}:log-group:/aws/lambda/${P}-${fn}`,
  fn: (fn: string) => `arn:aws:lambda:${MOCK_REGION}:${MOCK_ACCOUNT}:function:${P}-${fn}`,
  key: `arn:aws:kms:${MOCK_REGION}:${MOCK_ACCOUNT}:key/${P}-key-key-id`,
};
const SUCCESS_TOPIC = arn.topic("success-outcomes");
const FAILURE_TOPIC = arn.topic("failure-outcomes");
const CONSUMERS = ["fulfilment", "failure-alerts"] as const;
const FUNCTIONS = ["processor", ...CONSUMERS] as const;
const SOURCE_QUEUES = ["orders", ...CONSUMERS] as const;
/** Each subscription, its topic, its endpoint and its own DLQ. */
const SUBSCRIPTIONS = [
  { key: "success-to-fulfilment", topic: SUCCESS_TOPIC, queue: "fulfilment" },
  { key: "failure-to-failure-alerts", topic: FAILURE_TOPIC, queue: "failure-alerts" },
].map((s) => ({ ...s, dlq: `${s.key}-dlq` }));

const T = {
  queue: "aws:sqs/queue:Queue",
  queuePolicy: "aws:sqs/queuePolicy:QueuePolicy",
  redriveAllow: "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy",
  topic: "aws:sns/topic:Topic",
  topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
  subscription: "aws:sns/topicSubscription:TopicSubscription",
  fn: "aws:lambda/function:Function",
  mapping: "aws:lambda/eventSourceMapping:EventSourceMapping",
  invokeConfig: "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  alarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
  key: "aws:kms/key:Key",
  alias: "aws:kms/alias:Alias",
  keyPolicy: "aws:kms/keyPolicy:KeyPolicy",
  table: "aws:dynamodb/table:Table",
} as const;

const json = (text: unknown) => JSON.parse(String(text));
const tlsDeny = (action: string | string[], resource: string) => ({
  Sid: "DenyInsecureTransport",
  Effect: "Deny",
  Principal: "*",
  Action: action,
  Resource: resource,
  Condition: { Bool: { "aws:SecureTransport": "false" } },
});

let dev: ProgramRun;
beforeAll(async () => {
  dev = await runProgram("dev", stackConfig("dev"));
}, 60_000);

describe("the dev stack under mocks", () => {
  it("registers 60 resources in 13 components, each resource inside a component", () => {
    const custom = dev.resources.filter((r) => r.custom);
    const counts: Record<string, number> = {};
    for (const r of custom) counts[r.type] = (counts[r.type] ?? 0) + 1;

    expect(custom).toHaveLength(60);
    expect(counts).toEqual({
      [T.key]: 1,
      [T.alias]: 1,
      [T.keyPolicy]: 1,
      [T.role]: 3,
      [T.rolePolicy]: 3,
      [T.logGroup]: 3,
      [T.fn]: 3,
      [T.mapping]: 3,
      [T.invokeConfig]: 1,
      [T.queue]: 8,
      [T.queuePolicy]: 8,
      [T.redriveAllow]: 3,
      [T.topic]: 2,
      [T.topicPolicy]: 2,
      [T.subscription]: 2,
      [T.alarm]: 14,
      [T.table]: 2,
    });
    const components = dev.resources.filter((r) => !r.custom);
    expect(components.map((c) => c.type).sort()).toEqual([
      "order-events:infra:BundledFunction",
      "order-events:infra:BundledFunction",
      "order-events:infra:BundledFunction",
      "order-events:infra:EncryptedTopic",
      "order-events:infra:EncryptedTopic",
      "order-events:infra:EncryptionKey",
      "order-events:infra:IdempotencyTable",
      "order-events:infra:IdempotencyTable",
      "order-events:infra:MetricAlarms",
      "order-events:infra:OrderEventsPipeline",
      "order-events:infra:QueueWithDeadLetter",
      "order-events:infra:QueueWithDeadLetter",
      "order-events:infra:QueueWithDeadLetter",
      "order-events:infra:SubscriptionDeadLetterQueue",
      "order-events:infra:SubscriptionDeadLetterQueue",
    ]);
    for (const r of custom) expect(r.parentUrn, r.name).toMatch(/::order-events:infra:/);
  });

  it("looks up the region, account and partition once each", () => {
    expect([...dev.calls].sort()).toEqual([
      "aws:index/getCallerIdentity:getCallerIdentity",
      "aws:index/getPartition:getPartition",
      "aws:index/getRegion:getRegion",
    ]);
  });

  it("creates a rotating KMS key whose policy admits SNS only for the stack's topics, CloudWatch Logs only for its log groups", () => {
    const key = named(dev, T.key, `${P}-key`).inputs;
    expect(key).toMatchObject({ enableKeyRotation: true, deletionWindowInDays: 7 });
    expect(named(dev, T.alias, `${P}-key-alias`).inputs).toMatchObject({
      name: `alias/${P}`,
      targetKeyId: `${P}-key-key-id`,
    });
    const keyPolicy = named(dev, T.keyPolicy, `${P}-key-policy`).inputs;
    expect(keyPolicy.keyId).toBe(`${P}-key-key-id`);
    expect(json(keyPolicy.policy)).toEqual({
      Version: "2012-10-17",
      Id: "key-access",
      Statement: [
        {
          Sid: "EnableIamPolicies",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${MOCK_ACCOUNT}:root` },
          Action: "kms:*",
          Resource: "*",
        },
        {
          Sid: "AllowSnsDeliveryToEncryptedQueues",
          Effect: "Allow",
          Principal: { Service: "sns.amazonaws.com" },
          Action: ["kms:GenerateDataKey", "kms:Decrypt"],
          Resource: "*",
          Condition: { ArnEquals: { "aws:SourceArn": [SUCCESS_TOPIC, FAILURE_TOPIC] } },
        },
        {
          Sid: "AllowLogsForStackLogGroups",
          Effect: "Allow",
          Principal: { Service: `logs.${MOCK_REGION}.amazonaws.com` },
          Action: [
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncryptFrom",
            "kms:ReEncryptTo",
            "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext",
          ],
          Resource: "*",
          Condition: {
            ArnEquals: { "kms:EncryptionContext:aws:logs:arn": FUNCTIONS.map(arn.logGroup) },
          },
        },
      ],
    });
  });

  it.each([
    ["orders", 6 * 30 + 1],
    ["fulfilment", 6 * 30 + 0],
    ["failure-alerts", 6 * 30 + 0],
  ])(
    "encrypts %s, sets its visibility timeout to %i s (6 x timeout + window) and redrives after 5 receives",
    (key, visibility) => {
      const queue = named(dev, T.queue, `${P}-${key}`).inputs;
      expect(queue).toEqual({
        visibilityTimeoutSeconds: visibility,
        messageRetentionSeconds: 345_600,
        receiveWaitTimeSeconds: 20,
        redrivePolicy: queue.redrivePolicy,
        kmsMasterKeyId: arn.key,
        kmsDataKeyReusePeriodSeconds: 300,
        tags: { project: "order-events", stack: "dev", "order-events:component": key },
      });
      expect(json(queue.redrivePolicy)).toEqual({
        deadLetterTargetArn: arn.queue(`${key}-dlq`),
        maxReceiveCount: 5,
      });

      const dlq = named(dev, T.queue, `${P}-${key}-dlq`).inputs;
      expect(dlq).toEqual({
        visibilityTimeoutSeconds: 30,
        messageRetentionSeconds: 1_209_600,
        receiveWaitTimeSeconds: 0,
        kmsMasterKeyId: arn.key,
        kmsDataKeyReusePeriodSeconds: 300,
        tags: { project: "order-events", stack: "dev", "order-events:component": `${key}-dlq` },
      });
      const allow = named(dev, T.redriveAllow, `${P}-${key}-dlq-redrive-allow`).inputs;
      expect(allow.queueUrl).toBe(arn.url(`${key}-dlq`));
      expect(json(allow.redriveAllowPolicy)).toEqual({
        redrivePermission: "byQueue",
        sourceQueueArns: [arn.queue(key)],
      });
    },
  );

  it("gives every queue a TLS-only policy; a consumer queue admits SNS from its own topic only", () => {
    const policyOf = (key: string) => {
      const policy = named(dev, T.queuePolicy, `${P}-${key}-policy`).inputs;
      expect(policy.queueUrl).toBe(arn.url(key));
      return json(policy.policy);
    };
    for (const key of SOURCE_QUEUES.map((q) => `${q}-dlq`).concat("orders")) {
      expect(policyOf(key), key).toEqual({
        Version: "2012-10-17",
        Id: "queue-access",
        Statement: [tlsDeny("sqs:*", arn.queue(key))],
      });
    }
    for (const [key, topic] of [
      ["fulfilment", SUCCESS_TOPIC],
      ["failure-alerts", FAILURE_TOPIC],
    ] as const) {
      expect(policyOf(key), key).toEqual({
        Version: "2012-10-17",
        Id: "queue-access",
        Statement: [
          tlsDeny("sqs:*", arn.queue(key)),
          {
            Sid: "AllowSubscribedTopics",
            Effect: "Allow",
            Principal: { Service: "sns.amazonaws.com" },
            Action: "sqs:SendMessage",
            Resource: arn.queue(key),
            Condition: { ArnEquals: { "aws:SourceArn": [topic] } },
          },
        ],
      });
    }
  });

  it.each([
    ["success-outcomes", SUCCESS_TOPIC, "success"],
    ["failure-outcomes", FAILURE_TOPIC, "failure"],
  ])(
    "encrypts topic %s, lets only the processor's role publish, and denies every action without TLS",
    (name, topicArn, key) => {
      expect(named(dev, T.topic, `${P}-${name}`).inputs).toEqual({
        kmsMasterKeyId: arn.key,
        signatureVersion: 2,
        tags: { project: "order-events", stack: "dev", "order-events:component": key },
      });
      const policy = named(dev, T.topicPolicy, `${P}-${name}-policy`).inputs;
      expect(policy.arn).toBe(topicArn);
      expect(json(policy.policy)).toEqual({
        Version: "2012-10-17",
        Id: "topic-access",
        Statement: [
          {
            Sid: "AllowPublishers",
            Effect: "Allow",
            Principal: { AWS: [arn.role("processor")] },
            Action: "sns:Publish",
            Resource: topicArn,
          },
          {
            Sid: "DenyOtherPublishers",
            Effect: "Deny",
            Principal: "*",
            Action: "sns:Publish",
            Resource: topicArn,
            Condition: { ArnNotEquals: { "aws:PrincipalArn": [arn.role("processor")] } },
          },
          tlsDeny("sns:*", topicArn),
        ],
      });
    },
  );

  it("subscribes fulfilment raw and failure-alerts as envelopes, each with its topic's body-scope filter", () => {
    const fulfilment = named(dev, T.subscription, `${P}-success-to-fulfilment`);
    const alerts = named(dev, T.subscription, `${P}-failure-to-failure-alerts`);
    expect({ ...fulfilment.inputs, filterPolicy: json(fulfilment.inputs.filterPolicy) }).toEqual({
      topic: SUCCESS_TOPIC,
      protocol: "sqs",
      endpoint: arn.queue("fulfilment"),
      rawMessageDelivery: true,
      filterPolicyScope: "MessageBody",
      filterPolicy: topicFilters.success.policy,
      redrivePolicy: JSON.stringify({
        deadLetterTargetArn: arn.queue("success-to-fulfilment-dlq"),
      }),
    });
    expect({ ...alerts.inputs, filterPolicy: json(alerts.inputs.filterPolicy) }).toEqual({
      topic: FAILURE_TOPIC,
      protocol: "sqs",
      endpoint: arn.queue("failure-alerts"),
      rawMessageDelivery: false,
      filterPolicyScope: "MessageBody",
      filterPolicy: topicFilters.failure.policy,
      redrivePolicy: JSON.stringify({
        deadLetterTargetArn: arn.queue("failure-to-failure-alerts-dlq"),
      }),
    });
    // Created after the queue and key policies that admit SNS (to the endpoint and to the DLQ),
    // so neither the first delivery nor the first move to the DLQ is refused.
    const keyPolicy = named(dev, T.keyPolicy, `${P}-key-policy`).urn;
    for (const s of SUBSCRIPTIONS) {
      expect(named(dev, T.subscription, `${P}-${s.key}`).dependencyUrns, s.key).toEqual(
        expect.arrayContaining([
          named(dev, T.queuePolicy, `${P}-${s.queue}-policy`).urn,
          named(dev, T.queuePolicy, `${P}-${s.dlq}-policy`).urn,
          keyPolicy,
        ]),
      );
    }
  });

  it.each(SUBSCRIPTIONS)(
    "gives subscription $key its own DLQ, encrypted apart from the stack key, TLS-only, admitting SNS from its topic only",
    ({ dlq, topic }) => {
      // SQS-managed encryption: a stack key that refuses SNS cannot make the DLQ refuse it too.
      expect(named(dev, T.queue, `${P}-${dlq}`).inputs).toEqual({
        visibilityTimeoutSeconds: 30,
        messageRetentionSeconds: 1_209_600,
        receiveWaitTimeSeconds: 0,
        sqsManagedSseEnabled: true,
        tags: { project: "order-events", stack: "dev", "order-events:component": dlq },
      });
      const policy = named(dev, T.queuePolicy, `${P}-${dlq}-policy`).inputs;
      expect(policy.queueUrl).toBe(arn.url(dlq));
      expect(json(policy.policy)).toEqual({
        Version: "2012-10-17",
        Id: "queue-access",
        Statement: [
          tlsDeny("sqs:*", arn.queue(dlq)),
          {
            Sid: "AllowSubscribedTopics",
            Effect: "Allow",
            Principal: { Service: "sns.amazonaws.com" },
            Action: "sqs:SendMessage",
            Resource: arn.queue(dlq),
            Condition: { ArnEquals: { "aws:SourceArn": [topic] } },
          },
        ],
      });
    },
  );

  it("gives the processor an environment it reads as the stack's topics and rules, and nothing it ignores", () => {
    const variables: Record<string, string> = named(dev, T.fn, `${P}-processor`).inputs.environment
      .variables;
    // The dev stack sets no rule: the processor reads the topics' ARNs and every default.
    expect(readProcessorConfig(variables)).toEqual({
      successTopicArn: SUCCESS_TOPIC,
      failureTopicArn: FAILURE_TOPIC,
      rules: defaultRulesConfig,
      timing: defaultPublishTiming,
    });
    const { POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL, ...own } =
      variables;
    expect({ POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL }).toEqual(
      {
        POWERTOOLS_SERVICE_NAME: `${P}-processor`,
        POWERTOOLS_METRICS_NAMESPACE: "OrderEvents",
        POWERTOOLS_LOG_LEVEL: "DEBUG",
      },
    );
    // Every other variable is one the processor checks: spoiling it fails its start, naming it.
    for (const variable of Object.keys(own)) {
      expect(() => readProcessorConfig({ ...variables, [variable]: "?" }), variable).toThrow(
        expect.objectContaining({ variables: [variable] }),
      );
    }
  });

  it.each(
    FUNCTIONS.map((key) => [
      key,
      key === "processor"
        ? defaultTopologySettings.processor.memorySizeMb
        : defaultTopologySettings.consumer.memorySizeMb,
      key === "processor" ? "sqs async" : "sqs",
    ]),
  )(
    "deploys %s from its bundle as nodejs22.x on arm64 (%i MB) with its encrypted log group",
    async (key, memory, invocation) => {
      const fn = named(dev, T.fn, `${P}-${key}`);
      const { environment: _env, code, tags, ...rest } = fn.inputs;
      expect(rest).toEqual({
        name: `${P}-${key}`,
        description: expect.any(String),
        role: arn.role(key),
        runtime: "nodejs22.x",
        architectures: ["arm64"],
        handler: "index.handler",
        timeout: 30,
        memorySize: memory,
        reservedConcurrentExecutions: -1,
        loggingConfig: { logFormat: "JSON", logGroup: `/aws/lambda/${P}-${key}` },
      });
      const assets = await (code as pulumi.asset.AssetArchive).assets;
      expect(Object.keys(assets)).toEqual(["index.mjs"]);
      const text = await (assets["index.mjs"] as pulumi.asset.StringAsset).text;
      expect(tags).toEqual({
        project: "order-events",
        stack: "dev",
        "order-events:component": key,
        "order-events:invocation": invocation,
        "order-events:bundle-sha256": createHash("sha256").update(text).digest("hex"),
      });
      const logGroup = named(dev, T.logGroup, `${P}-${key}-logs`);
      expect(logGroup.inputs).toEqual({
        name: `/aws/lambda/${P}-${key}`,
        retentionInDays: 7,
        kmsKeyId: arn.key,
        tags: { project: "order-events", stack: "dev", "order-events:component": key },
      });
      // CloudWatch Logs refuses a key whose policy does not admit it yet.
      expect(logGroup.dependencyUrns).toContain(named(dev, T.keyPolicy, `${P}-key-policy`).urn);
      // The function waits for its permissions and log group.
      expect(fn.dependencyUrns).toEqual(
        expect.arrayContaining([
          named(dev, T.rolePolicy, `${P}-${key}-permissions`).urn,
          named(dev, T.logGroup, `${P}-${key}-logs`).urn,
        ]),
      );
    },
  );

  it("gives consumers only the Powertools environment and their idempotency table", () => {
    for (const key of CONSUMERS) {
      expect(named(dev, T.fn, `${P}-${key}`).inputs.environment, key).toEqual({
        variables: {
          POWERTOOLS_SERVICE_NAME: `${P}-${key}`,
          POWERTOOLS_METRICS_NAMESPACE: "OrderEvents",
          POWERTOOLS_LOG_LEVEL: "DEBUG",
          IDEMPOTENCY_TABLE_NAME: `${P}-${key}-idempotency`,
          IDEMPOTENCY_EXPIRES_AFTER_SECONDS: "1209600",
        },
      });
    }
  });

  it("names each function's Powertools service after the function, so stacks keep their metrics apart", () => {
    for (const key of FUNCTIONS) {
      const fn = named(dev, T.fn, `${P}-${key}`).inputs;
      expect(fn.environment.variables.POWERTOOLS_SERVICE_NAME, key).toBe(fn.name);
    }
  });

  it("lets only Lambda assume each execution role, and attaches no managed policy", () => {
    for (const key of FUNCTIONS) {
      const role = named(dev, T.role, `${P}-${key}-role`).inputs;
      expect(Object.keys(role).sort()).toEqual(["assumeRolePolicy", "description", "tags"]);
      expect(json(role.assumeRolePolicy)).toEqual({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "LambdaAssumesRole",
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      });
    }
  });

  it("grants the processor its log streams, its queue, the two topics and KMS through SQS and SNS only", () => {
    const policy = named(dev, T.rolePolicy, `${P}-processor-permissions`).inputs;
    expect(policy.role).toBe(`${P}-processor-role`);
    expect(json(policy.policy)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "WriteOwnLogs",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${arn.logGroup("processor")}:log-stream:*`,
        },
        {
          Sid: "ConsumeQueues",
          Effect: "Allow",
          Action: [
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage",
            "sqs:ChangeMessageVisibility",
            "sqs:GetQueueAttributes",
          ],
          Resource: [arn.queue("orders")],
        },
        {
          Sid: "DecryptQueueMessages",
          Effect: "Allow",
          Action: "kms:Decrypt",
          Resource: arn.key,
          Condition: { StringEquals: { "kms:ViaService": `sqs.${MOCK_REGION}.amazonaws.com` } },
        },
        {
          Sid: "PublishToTopics",
          Effect: "Allow",
          Action: "sns:Publish",
          Resource: [SUCCESS_TOPIC, FAILURE_TOPIC],
        },
        {
          Sid: "EncryptTopicMessages",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey", "kms:Decrypt"],
          Resource: arn.key,
          Condition: { StringEquals: { "kms:ViaService": `sns.${MOCK_REGION}.amazonaws.com` } },
        },
      ],
    });
  });

  it.each(CONSUMERS)(
    "grants %s its log streams, its own queue and idempotency table, and nothing to publish",
    (key) => {
      const policy = named(dev, T.rolePolicy, `${P}-${key}-permissions`).inputs;
      expect(policy.role).toBe(`${P}-${key}-role`);
      expect(json(policy.policy)).toEqual({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "WriteOwnLogs",
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: `${arn.logGroup(key)}:log-stream:*`,
          },
          {
            Sid: "ConsumeQueues",
            Effect: "Allow",
            Action: [
              "sqs:ReceiveMessage",
              "sqs:DeleteMessage",
              "sqs:ChangeMessageVisibility",
              "sqs:GetQueueAttributes",
            ],
            Resource: [arn.queue(key)],
          },
          {
            Sid: "DecryptQueueMessages",
            Effect: "Allow",
            Action: "kms:Decrypt",
            Resource: arn.key,
            Condition: { StringEquals: { "kms:ViaService": `sqs.${MOCK_REGION}.amazonaws.com` } },
          },
          {
            Sid: "KeepIdempotencyRecords",
            Effect: "Allow",
            Action: [
              "dynamodb:PutItem",
              "dynamodb:GetItem",
              "dynamodb:UpdateItem",
              "dynamodb:DeleteItem",
            ],
            Resource: `arn:aws:dynamodb:${MOCK_REGION}:${MOCK_ACCOUNT}:table/${P}-${key}-idempotency`,
          },
          {
            Sid: "EncryptIdempotencyRecords",
            Effect: "Allow",
            Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
            Resource: arn.key,
            Condition: {
              StringEquals: {
                "kms:ViaService": `dynamodb.${MOCK_REGION}.amazonaws.com`,
                "kms:EncryptionContext:aws:dynamodb:tableName": `${P}-${key}-idempotency`,
              },
            },
          },
          {
            Sid: "DescribeIdempotencyTableKey",
            Effect: "Allow",
            Action: "kms:DescribeKey",
            Resource: arn.key,
            Condition: {
              StringEquals: { "kms:ViaService": `dynamodb.${MOCK_REGION}.amazonaws.com` },
            },
          },
        ],
      });
    },
  );

  it.each([
    ["processor", "orders", 10, 100, 1],
    ["fulfilment", "fulfilment", 5, 10, 0],
    ["failure-alerts", "failure-alerts", 5, 10, 0],
  ])(
    "maps queue %s to %s with ReportBatchItemFailures, after the role may read it",
    (fnKey, queueKey, maxConcurrency, batchSize, window) => {
      const mapping = named(dev, T.mapping, `${P}-${fnKey}-${queueKey}-mapping`);
      expect(mapping.inputs).toEqual({
        eventSourceArn: arn.queue(queueKey),
        functionName: arn.fn(fnKey),
        batchSize,
        maximumBatchingWindowInSeconds: window,
        functionResponseTypes: ["ReportBatchItemFailures"],
        scalingConfig: { maximumConcurrency: maxConcurrency },
        enabled: true,
        tags: { project: "order-events", stack: "dev", "order-events:component": fnKey },
      });
      expect(mapping.inputs.destinationConfig).toBeUndefined();
      expect(mapping.dependencyUrns).toContain(
        named(dev, T.rolePolicy, `${P}-${fnKey}-permissions`).urn,
      );
    },
  );

  it("sends the processor's asynchronous results to the topics, and only the processor's", () => {
    const configs = ofType(dev, T.invokeConfig);
    expect(configs).toHaveLength(1);
    expect(configs[0]?.inputs).toEqual({
      functionName: `${P}-processor`,
      maximumRetryAttempts: 0,
      maximumEventAgeInSeconds: 21_600,
      destinationConfig: {
        onSuccess: { destination: SUCCESS_TOPIC },
        onFailure: { destination: FAILURE_TOPIC },
      },
    });
    expect(configs[0]?.dependencyUrns).toContain(
      named(dev, T.rolePolicy, `${P}-processor-permissions`).urn,
    );
  });

  it("alarms on DLQ depth, oldest message age, failed moves to subscription DLQs, errors and destination delivery failures", () => {
    const alarms = ofType(dev, T.alarm).map((a: RecordedResource) => ({
      name: a.name.slice(P.length + 1),
      // An alarm on metric math has neither a metric of its own nor a period: all three absent.
      metric: [a.inputs.namespace, a.inputs.metricName, a.inputs.statistic].every(
        (x) => x === undefined,
      )
        ? undefined
        : `${a.inputs.namespace} ${a.inputs.metricName} ${a.inputs.statistic}`,
      metricQueries: a.inputs.metricQueries,
      dimensions: a.inputs.dimensions,
      threshold: a.inputs.threshold,
      evaluationPeriods: a.inputs.evaluationPeriods,
      period: a.inputs.period,
      operator: a.inputs.comparisonOperator,
      missing: a.inputs.treatMissingData,
      actions: [a.inputs.alarmActions, a.inputs.okActions],
    }));
    const q = (key: string) => ({ QueueName: `${P}-${key}` });
    const f = (key: string) => ({ FunctionName: `${P}-${key}` });
    const common = {
      operator: "GreaterThanThreshold",
      missing: "notBreaching",
      actions: [[], []],
      period: 60,
      metricQueries: undefined,
    };
    const processorEnv = named(dev, T.fn, `${P}-processor`).inputs.environment.variables;
    expect(processorEnv).toMatchObject({
      POWERTOOLS_METRICS_NAMESPACE: "OrderEvents",
      POWERTOOLS_SERVICE_NAME: `${P}-processor`,
    });
    expect(alarms.sort((a, b) => a.name.localeCompare(b.name))).toStrictEqual(
      [
        ...[...SOURCE_QUEUES.map((k) => `${k}-dlq`), ...SUBSCRIPTIONS.map((s) => s.dlq)].map(
          (k) => ({
            name: `${k}-not-empty`,
            metric: "AWS/SQS ApproximateNumberOfMessagesVisible Maximum",
            dimensions: q(k),
            threshold: 0,
            evaluationPeriods: 1,
            ...common,
          }),
        ),
        // What SNS could move neither to the queue nor to its DLQ is lost: alarm per topic.
        ...["success-outcomes", "failure-outcomes"].map((name) => ({
          name: `${name}-redrive-to-dlq-failures`,
          metric: "AWS/SNS NumberOfNotificationsFailedToRedriveToDlq Sum",
          dimensions: { TopicName: `${P}-${name}` },
          threshold: 0,
          evaluationPeriods: 1,
          ...common,
        })),
        ...SOURCE_QUEUES.map((k) => ({
          name: `${k}-oldest-message-age`,
          metric: "AWS/SQS ApproximateAgeOfOldestMessage Maximum",
          dimensions: q(k),
          threshold: 300,
          evaluationPeriods: 5,
          ...common,
        })),
        // The processor throws to reject an asynchronous order (its OnFailure record): its alarm
        // counts only the errors that are not rejections it counted itself.
        {
          ...common,
          name: "processor-errors",
          metric: undefined,
          metricQueries: [
            {
              id: "metric",
              metric: {
                namespace: "AWS/Lambda",
                metricName: "Errors",
                dimensions: f("processor"),
                stat: "Sum",
                period: 60,
              },
              returnData: false,
            },
            {
              id: "subtracted",
              metric: {
                // What the deployed processor's Powertools Metrics emits under.
                namespace: processorEnv.POWERTOOLS_METRICS_NAMESPACE,
                metricName: "AsyncRejected",
                dimensions: { service: `${P}-processor` },
                stat: "Sum",
                period: 60,
              },
              returnData: false,
            },
            {
              id: "result",
              expression: "FILL(metric, 0) - FILL(subtracted, 0)",
              label: "Errors - AsyncRejected",
              returnData: true,
            },
          ],
          dimensions: undefined,
          threshold: 0,
          evaluationPeriods: 1,
          period: undefined,
        },
        ...CONSUMERS.map((k) => ({
          name: `${k}-errors`,
          metric: "AWS/Lambda Errors Sum",
          dimensions: f(k),
          threshold: 0,
          evaluationPeriods: 1,
          ...common,
        })),
        {
          name: "processor-destination-delivery-failures",
          metric: "AWS/Lambda DestinationDeliveryFailures Sum",
          dimensions: f("processor"),
          threshold: 0,
          evaluationPeriods: 1,
          ...common,
        },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("exports queue URLs and ARNs, DLQ URLs and ARNs (queues' and subscriptions'), topic ARNs, function names and ARNs, idempotency tables, the key", () => {
    const byKey = (keys: readonly string[], value: (k: string) => string) =>
      Object.fromEntries(keys.map((k) => [k, value(k)]));
    expect(dev.outputs).toEqual({
      queueUrls: byKey(SOURCE_QUEUES, arn.url),
      queueArns: byKey(SOURCE_QUEUES, arn.queue),
      dlqUrls: byKey(SOURCE_QUEUES, (k) => arn.url(`${k}-dlq`)),
      dlqArns: byKey(SOURCE_QUEUES, (k) => arn.queue(`${k}-dlq`)),
      subscriptionDlqUrls: Object.fromEntries(SUBSCRIPTIONS.map((s) => [s.key, arn.url(s.dlq)])),
      subscriptionDlqArns: Object.fromEntries(SUBSCRIPTIONS.map((s) => [s.key, arn.queue(s.dlq)])),
      topicArns: { success: SUCCESS_TOPIC, failure: FAILURE_TOPIC },
      functionNames: byKey(FUNCTIONS, (k) => `${P}-${k}`),
      functionArns: byKey(FUNCTIONS, arn.fn),
      idempotencyTableNames: Object.fromEntries(
        CONSUMERS.map((k) => [`${k}-idempotency`, `${P}-${k}-idempotency`]),
      ),
      kmsKeyArn: arn.key,
    });
  });
});

describe("the prod stack under mocks", () => {
  it("applies its overrides: bigger batches with a window, more concurrency, alarm notifications", async () => {
    const prod = await runProgram("prod", stackConfig("prod"));
    const p = "order-events-prod";

    expect(prod.resources.filter((r) => r.custom)).toHaveLength(60);
    const orders = named(prod, T.queue, `${p}-orders`).inputs;
    expect(orders.visibilityTimeoutSeconds).toBe(6 * 30 + 5);
    expect(json(orders.redrivePolicy).maxReceiveCount).toBe(8);
    expect(named(prod, T.mapping, `${p}-processor-orders-mapping`).inputs).toMatchObject({
      batchSize: 100,
      maximumBatchingWindowInSeconds: 5,
      scalingConfig: { maximumConcurrency: 50 },
    });
    const processor = named(prod, T.fn, `${p}-processor`).inputs;
    // The mapping's 50 plus the 10 kept for asynchronous invocations.
    expect(processor).toMatchObject({ memorySize: 1024, reservedConcurrentExecutions: 60 });
    expect(readProcessorConfig(processor.environment.variables).rules.acceptedCurrencies).toEqual(
      JSON.parse(stackConfig("prod").acceptedCurrencies ?? "[]"),
    );
    expect(processor.environment.variables.POWERTOOLS_LOG_LEVEL).toBe("INFO");
    // Same account and default namespace as dev: only the service name keeps the metrics apart.
    expect(processor.environment.variables.POWERTOOLS_SERVICE_NAME).toBe(`${p}-processor`);
    expect(processor.environment.variables.POWERTOOLS_METRICS_NAMESPACE).toBe(
      named(dev, T.fn, `${P}-processor`).inputs.environment.variables.POWERTOOLS_METRICS_NAMESPACE,
    );
    expect(
      named(prod, T.alarm, `${p}-processor-errors`).inputs.metricQueries[1].metric,
    ).toStrictEqual({
      namespace: "OrderEvents",
      metricName: "AsyncRejected",
      dimensions: { service: `${p}-processor` },
      stat: "Sum",
      period: 60,
    });
    expect(
      named(prod, T.invokeConfig, `${p}-processor-async`).inputs.maximumEventAgeInSeconds,
    ).toBe(3600);
    expect(named(prod, T.logGroup, `${p}-processor-logs`).inputs.retentionInDays).toBe(90);
    for (const alarm of ofType(prod, T.alarm)) {
      expect(alarm.inputs.alarmActions, alarm.name).toEqual([
        "arn:aws:sns:eu-west-1:123456789012:order-events-prod-alarms",
      ]);
      expect(alarm.inputs.okActions, alarm.name).toEqual(alarm.inputs.alarmActions);
    }
    expect(named(prod, T.alarm, `${p}-orders-oldest-message-age`).inputs.threshold).toBe(120);
    expect(named(prod, T.key, `${p}-key`).inputs.deletionWindowInDays).toBe(30);
    // The bundle is deterministic: another run of the program deploys the same bytes.
    const sha = (run: ProgramRun, stack: string) =>
      named(run, T.fn, `order-events-${stack}-processor`).inputs.tags["order-events:bundle-sha256"];
    expect(sha(prod, "prod")).toMatch(/^[0-9a-f]{64}$/);
    expect(sha(prod, "prod")).toBe(sha(dev, "dev"));
  }, 60_000);
});

describe("configuration errors at the program's entry point", () => {
  it("stops the run before any resource, naming the keys and what to do", async () => {
    const run = runProgram("dev", {
      ordersBatchSize: "20",
      ordersBatchingWindowSeconds: "0",
      asyncMaximumRetryAttempts: "3",
    });

    await expect(run).rejects.toThrow(
      /order-events:ordersBatchSize: 20 is above 10.*order-events:ordersBatchingWindowSeconds/s,
    );
    await expect(run).rejects.toThrow(
      /order-events:asyncMaximumRetryAttempts: 3 is outside 0 to 2/,
    );
  }, 60_000);

  it("rejects a key the program does not know, suggesting the right one", async () => {
    await expect(runProgram("dev", { ordersbatchsize: "5" })).rejects.toThrow(
      "order-events:ordersbatchsize is not a setting of this program (did you mean order-events:ordersBatchSize?)",
    );
  }, 60_000);

  it("rejects a stack name that would make function names longer than Lambda allows", async () => {
    await expect(runProgram("a-stack-name-long-enough-to-break-lambda-names")).rejects.toThrow(
      /function name order-events-a-stack-name-long-enough-to-break-lambda-names-failure-alerts has \d+ characters, over Lambda's 64/,
    );
  }, 60_000);
});
