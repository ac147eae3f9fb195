import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  lookup,
  resolveEnvironment,
  subscriptionAttributes,
  subscriptionRedrivePolicyJson,
} from "../topology/render";
import type { TopicKey, Topology } from "../topology/types";
import { BundledFunction } from "./bundled-function";
import { EncryptedTopic } from "./encrypted-topic";
import { EncryptionKey } from "./encryption-key";
import { IdempotencyTable } from "./idempotency-table";
import type { FunctionBundle } from "./lambda-bundle";
import { MetricAlarms } from "./metric-alarms";
import { functionName, logGroupName, resourceName } from "./naming";
import { encryptionKeyPolicy, lambdaAssumeRolePolicy } from "./policy-documents";
import { QueueWithDeadLetter } from "./queue-with-dead-letter";
import { SubscriptionDeadLetterQueue } from "./subscription-dead-letter-queue";
import { COMPONENT_TAG } from "./tags";

/** Arguments of OrderEventsPipeline. */
export interface OrderEventsPipelineArgs {
  topology: Topology;
  /** Prefix of every name (namePrefix(project, stack)). */
  namePrefix: string;
  /** Bundles a handler entry (lambda-bundle.ts bundleFunction). */
  bundle: (entry: string) => Promise<FunctionBundle>;
  alarmTopicArn: string | undefined;
  kmsKeyDeletionWindowDays: number;
  tags: Record<string, string>;
}

type Outputs = Record<string, pulumi.Output<string>>;

/**
 * The whole pipeline, rendered from the topology: KMS key, execution roles, topics with their
 * policies, queues with DLQs and policies, subscriptions with their own DLQs, functions with their
 * mappings and destinations, alarms. Adding a consumer to the topology adds its resources here unchanged.
 *
 * @example
 * const pipeline = new OrderEventsPipeline("order-events-dev", { topology: buildTopology(settings), namePrefix: "order-events-dev", bundle: bundleFunction, alarmTopicArn: undefined, kmsKeyDeletionWindowDays: 30, tags });
 * export const topicArns = pipeline.topicArns;
 */
export class OrderEventsPipeline extends pulumi.ComponentResource {
  /** Source queues by topology key ("orders", "fulfilment", …). */
  readonly queueUrls: Outputs = {};
  readonly queueArns: Outputs = {};
  /** Dead-letter queues, by the key of the queue they serve ("orders" → its DLQ). */
  readonly deadLetterQueueUrls: Outputs = {};
  readonly deadLetterQueueArns: Outputs = {};
  /** Each subscription's dead-letter queue, by subscription key ("success-to-fulfilment"). */
  readonly subscriptionDeadLetterQueueUrls: Outputs = {};
  readonly subscriptionDeadLetterQueueArns: Outputs = {};
  readonly topicArns: Outputs = {};
  readonly functionNames: Outputs = {};
  readonly functionArns: Outputs = {};
  /** Idempotency tables by topology key ("fulfilment-idempotency", …). */
  readonly tableNames: Outputs = {};
  readonly kmsKeyArn: pulumi.Output<string>;

  constructor(name: string, args: OrderEventsPipelineArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:OrderEventsPipeline", name, {}, opts);
    const { topology, namePrefix: prefix, tags } = args;
    const parent = { parent: this };
    const region = aws.getRegionOutput({}, parent).region;
    const identity = aws.getCallerIdentityOutput({}, parent);
    const partitionInfo = aws.getPartitionOutput({}, parent);
    const partition = partitionInfo.partition;

    const key = new EncryptionKey(
      resourceName(prefix, "key"),
      {
        description: `Encrypts the queues and topics of ${prefix}`,
        aliasName: `alias/${prefix}`,
        deletionWindowInDays: args.kmsKeyDeletionWindowDays,
        tags,
      },
      parent,
    );
    this.kmsKeyArn = key.arn;

    // Roles first: the topic policies name the publishers' roles.
    const roles = new Map<string, aws.iam.Role>();
    for (const fn of topology.functions) {
      roles.set(
        fn.key,
        new aws.iam.Role(
          resourceName(prefix, `${fn.key}-role`),
          {
            description: `Execution role of ${functionName(prefix, fn.key)}`,
            assumeRolePolicy: JSON.stringify(lambdaAssumeRolePolicy()),
            tags: { ...tags, [COMPONENT_TAG]: fn.key },
          },
          parent,
        ),
      );
    }
    const roleOf = (fnKey: string) => {
      const role = roles.get(fnKey);
      if (!role) throw new Error(`No role for function ${fnKey}`);
      return role;
    };

    const topics = new Map<TopicKey, EncryptedTopic>();
    for (const topic of topology.topics) {
      const created = new EncryptedTopic(
        resourceName(prefix, topic.name),
        {
          topic,
          namePrefix: prefix,
          kmsKeyArn: key.arn,
          publisherRoleArns: topic.publishers.map((p) => roleOf(p).arn),
          tags,
        },
        parent,
      );
      topics.set(topic.key, created);
      this.topicArns[topic.key] = created.arn;
    }
    const topicArn = (topicKey: TopicKey) => {
      const topic = topics.get(topicKey);
      if (!topic) throw new Error(`No topic ${topicKey}`);
      return topic.arn;
    };

    // Names the topics and the log groups: SNS needs it before it can deliver to the encrypted
    // queues, CloudWatch Logs before a log group can be created with the key.
    const logGroupNames = topology.functions.map((fn) => logGroupName(prefix, fn.key));
    const keyPolicy = new aws.kms.KeyPolicy(
      resourceName(prefix, "key-policy"),
      {
        keyId: key.key.keyId,
        policy: pulumi
          .all([
            partition,
            partitionInfo.dnsSuffix,
            region,
            identity.accountId,
            pulumi.all([...topics.values()].map((t) => t.arn)),
          ])
          .apply(([part, dnsSuffix, regionName, account, arns]) =>
            JSON.stringify(
              encryptionKeyPolicy(`arn:${part}:iam::${account}:root`, arns, {
                servicePrincipal: `logs.${regionName}.${dnsSuffix}`,
                logGroupArns: logGroupNames.map(
                  (name) => `arn:${part}:logs:${regionName}:${account}:log-group:${name}`,
                ),
              }),
            ),
          ),
      },
      parent,
    );

    const queues = new Map<string, QueueWithDeadLetter>();
    for (const queue of topology.queues.filter((q) => q.role === "source")) {
      if (!queue.redrive)
        throw new Error(`Source queue ${queue.key} has no redrive in the topology`);
      const pair = new QueueWithDeadLetter(
        resourceName(prefix, `${queue.key}-queues`),
        {
          queue,
          deadLetter: lookup(topology.queues, queue.redrive.deadLetterQueue, "queue"),
          namePrefix: prefix,
          kmsKeyArn: key.arn,
          snsSourceTopicArns: queue.snsSources.map(topicArn),
          tags,
        },
        parent,
      );
      queues.set(queue.key, pair);
      this.queueUrls[queue.key] = pair.queue.url;
      this.queueArns[queue.key] = pair.queue.arn;
      this.deadLetterQueueUrls[queue.key] = pair.deadLetterQueue.url;
      this.deadLetterQueueArns[queue.key] = pair.deadLetterQueue.arn;
    }
    const queueOf = (queueKey: string) => {
      const pair = queues.get(queueKey);
      if (!pair) throw new Error(`No source queue ${queueKey}`);
      return pair;
    };

    const subscriptionDeadLetters = new Map<string, SubscriptionDeadLetterQueue>();
    for (const subscription of topology.subscriptions) {
      const attributes = subscriptionAttributes(subscription);
      const pair = queueOf(subscription.queue);
      const deadLetter = new SubscriptionDeadLetterQueue(
        resourceName(prefix, subscription.deadLetterQueue),
        {
          subscription,
          deadLetter: lookup(topology.queues, subscription.deadLetterQueue, "queue"),
          namePrefix: prefix,
          topicArn: topicArn(subscription.topic),
          tags,
        },
        parent,
      );
      subscriptionDeadLetters.set(subscription.deadLetterQueue, deadLetter);
      this.subscriptionDeadLetterQueueUrls[subscription.key] = deadLetter.queue.url;
      this.subscriptionDeadLetterQueueArns[subscription.key] = deadLetter.queue.arn;
      new aws.sns.TopicSubscription(
        resourceName(prefix, subscription.key),
        {
          topic: topicArn(subscription.topic),
          protocol: subscription.protocol,
          endpoint: pair.queue.arn,
          rawMessageDelivery: attributes.RawMessageDelivery === "true",
          filterPolicy: attributes.FilterPolicy,
          filterPolicyScope: attributes.FilterPolicyScope,
          redrivePolicy: deadLetter.queue.arn.apply(subscriptionRedrivePolicyJson),
        },
        // SNS must be admitted by the queue policies (endpoint and DLQ) and the key policy before
        // its first delivery.
        { parent: this, dependsOn: [pair.queuePolicy, deadLetter.queuePolicy, keyPolicy] },
      );
    }

    // Consumers' idempotency tables, before the functions whose environment and role name them.
    const tables = new Map<string, IdempotencyTable>();
    for (const table of topology.tables) {
      const created = new IdempotencyTable(
        resourceName(prefix, `${table.key}-table`),
        { table, namePrefix: prefix, kmsKeyArn: key.arn, tags },
        parent,
      );
      tables.set(table.key, created);
      this.tableNames[table.key] = created.name;
    }
    const tableOf = (tableKey: string) => {
      const table = tables.get(tableKey);
      if (!table) throw new Error(`No table ${tableKey}`);
      return table;
    };

    for (const fn of topology.functions) {
      const asyncInvoke = topology.asyncInvokeConfigs.find((a) => a.function === fn.key);
      const created = new BundledFunction(
        resourceName(prefix, fn.key),
        {
          spec: fn,
          functionName: functionName(prefix, fn.key),
          logGroupName: logGroupName(prefix, fn.key),
          logEncryption: { kmsKeyArn: key.arn, keyPolicy },
          role: roleOf(fn.key),
          bundle: args.bundle(fn.entry),
          environment: resolveEnvironment(fn, topicArn, (t) => tableOf(t).name),
          grants: {
            consumeQueueArns: fn.access.consumesQueues.map((q) => queueOf(q).queue.arn),
            publishTopicArns: fn.access.publishesTopics.map(topicArn),
            kmsKeyArn: key.arn,
            region,
            ...(fn.access.idempotencyTable === undefined
              ? {}
              : { idempotencyTableArn: tableOf(fn.access.idempotencyTable).arn }),
          },
          eventSources: topology.eventSourceMappings
            .filter((m) => m.function === fn.key)
            .map((spec) => ({ spec, queueArn: queueOf(spec.queue).queue.arn })),
          asyncInvoke: asyncInvoke && {
            spec: asyncInvoke,
            onSuccessArn: topicArn(asyncInvoke.onSuccessTopic),
            onFailureArn: topicArn(asyncInvoke.onFailureTopic),
          },
          tags,
        },
        parent,
      );
      this.functionNames[fn.key] = created.function.name;
      this.functionArns[fn.key] = created.function.arn;
    }

    const queueNames: Record<string, pulumi.Output<string>> = {};
    for (const [queueKey, pair] of queues) {
      queueNames[queueKey] = pair.queue.name;
      const dlqKey = lookup(topology.queues, queueKey, "queue").redrive?.deadLetterQueue;
      if (dlqKey) queueNames[dlqKey] = pair.deadLetterQueue.name;
    }
    for (const [dlqKey, deadLetter] of subscriptionDeadLetters) {
      queueNames[dlqKey] = deadLetter.queue.name;
    }
    new MetricAlarms(
      resourceName(prefix, "alarms"),
      {
        alarms: topology.alarms,
        namePrefix: prefix,
        queueNames,
        functionNames: this.functionNames,
        topicNames: Object.fromEntries([...topics].map(([k, t]) => [k, t.topic.name])),
        alarmTopicArn: args.alarmTopicArn,
        tags,
      },
      parent,
    );

    this.registerOutputs({
      queueUrls: this.queueUrls,
      deadLetterQueueUrls: this.deadLetterQueueUrls,
      subscriptionDeadLetterQueueUrls: this.subscriptionDeadLetterQueueUrls,
      topicArns: this.topicArns,
      functionNames: this.functionNames,
      functionArns: this.functionArns,
      tableNames: this.tableNames,
      kmsKeyArn: this.kmsKeyArn,
    });
  }
}
