import {
  IDEMPOTENCY_EXPIRES_AFTER_SECONDS,
  IDEMPOTENCY_TABLE_NAME,
} from "../lib/consumers/idempotency-environment";
import { processorSettings, settingsEnvironment } from "../lib/processor-settings";
import { type ConsumerDeclaration, consumerDeclarations } from "./consumers";
import {
  LAMBDA_ARCHITECTURE,
  LAMBDA_HANDLER,
  LAMBDA_RUNTIME,
  REPORT_BATCH_ITEM_FAILURES,
  SQS_PROTOCOL,
} from "./enums";
import { topicFilters } from "./filter-policies";
import { minimumVisibilityTimeout } from "./limits";
import {
  defaultTopologySettings,
  type QueueConsumerSettings,
  type TopologySettings,
} from "./settings";
import {
  deadLetterOfSubscription,
  subscriptionDeadLetterProblems,
  subscriptionDeadLetterQueue,
  subscriptionDeadLetterQueueKey,
} from "./subscription-dead-letters";
import type {
  AlarmSpec,
  EnvValue,
  EventSourceMappingSpec,
  FunctionSpec,
  QueueSpec,
  SubscriptionSpec,
  TableSpec,
  TopicSpec,
  Topology,
} from "./types";

/** Seconds a dead-letter queue keeps a message: the SQS maximum, so nothing expires before a replay. */
export const DLQ_RETENTION_SECONDS = 1_209_600;

/** Queue-level default long-poll wait of source queues (SQS maximum). */
export const SOURCE_QUEUE_RECEIVE_WAIT_SECONDS = 20;

/** Key of the processor function and of its queue. */
export const PROCESSOR = "processor";
export const ORDERS_QUEUE = "orders";

/**
 * The processor's count of rejected asynchronous orders (functions/processor/create-handler.ts):
 * one per invocation that throws OrderRejectedError, which Lambda also counts in Errors.
 */
export const ASYNC_REJECTED_METRIC = "AsyncRejected";

/**
 * The layout of Powertools' DynamoDBPersistenceLayer (its defaults `keyAttr` and `expiryAttr`; a
 * test compares them with the library's): the consumers' idempotency tables follow it.
 */
export const IDEMPOTENCY_PARTITION_KEY = "id";
export const IDEMPOTENCY_TTL_ATTRIBUTE = "expiration";

/** The key of a consumer's idempotency table. */
export function idempotencyTableKey(consumer: string): string {
  return `${consumer}-idempotency`;
}

/** The DLQ key of a source queue. */
export function deadLetterQueueKey(sourceQueue: string): string {
  return `${sourceQueue}-dlq`;
}

/** The handler module of a function key, relative to the repository root. */
export function functionEntry(key: string): string {
  return `functions/${key}/handler.ts`;
}

const topics: TopicSpec[] = [
  {
    key: "success",
    name: "success-outcomes",
    description:
      "SUCCESS outcomes (SQS path) and OnSuccess destination records (asynchronous path).",
    messageSchema: "topics/success-topic-message.v1.schema.json",
    publishers: [PROCESSOR],
  },
  {
    key: "failure",
    name: "failure-outcomes",
    description:
      "FAILURE outcomes (SQS path) and OnFailure destination records (asynchronous path).",
    messageSchema: "topics/failure-topic-message.v1.schema.json",
    publishers: [PROCESSOR],
  },
];

function queuePair(
  key: string,
  description: string,
  settings: QueueConsumerSettings,
  snsSources: QueueSpec["snsSources"],
): QueueSpec[] {
  const dlq = deadLetterQueueKey(key);
  return [
    {
      key,
      role: "source",
      description,
      visibilityTimeoutSeconds: minimumVisibilityTimeout(
        settings.timeoutSeconds,
        settings.maximumBatchingWindowSeconds,
      ),
      messageRetentionSeconds: settings.messageRetentionSeconds,
      receiveWaitTimeSeconds: SOURCE_QUEUE_RECEIVE_WAIT_SECONDS,
      redrive: { deadLetterQueue: dlq, maxReceiveCount: settings.maxReceiveCount },
      snsSources,
    },
    {
      key: dlq,
      role: "dead-letter",
      description: `Messages of ${key} that failed ${settings.maxReceiveCount} receives.`,
      // A DLQ is read by people and by the replay tool, never by Lambda: SQS's default 30 s.
      visibilityTimeoutSeconds: 30,
      messageRetentionSeconds: DLQ_RETENTION_SECONDS,
      receiveWaitTimeSeconds: 0,
      redriveSource: key,
      snsSources: [],
    },
  ];
}

function mapping(
  fn: string,
  queue: string,
  settings: QueueConsumerSettings,
): EventSourceMappingSpec {
  return {
    key: `${fn}-${queue}`,
    function: fn,
    queue,
    batchSize: settings.batchSize,
    maximumBatchingWindowSeconds: settings.maximumBatchingWindowSeconds,
    maximumConcurrency: settings.maximumConcurrency,
    functionResponseTypes: [REPORT_BATCH_ITEM_FAILURES],
  };
}

/**
 * The Powertools service name of a function: `<serviceNamePrefix>-<key>` (the Pulumi program's
 * prefix makes it the physical function name), or the bare key when no prefix is set.
 *
 * @example serviceName("processor", { ...defaultTopologySettings, observability: { ...defaultTopologySettings.observability, serviceNamePrefix: "order-events-dev" } }) // "order-events-dev-processor"
 */
export function serviceName(key: string, settings: TopologySettings): string {
  const prefix = settings.observability.serviceNamePrefix;
  return prefix === undefined ? key : `${prefix}-${key}`;
}

function powertoolsEnvironment(key: string, settings: TopologySettings): Record<string, EnvValue> {
  return {
    POWERTOOLS_SERVICE_NAME: serviceName(key, settings),
    POWERTOOLS_METRICS_NAMESPACE: settings.observability.metricsNamespace,
    POWERTOOLS_LOG_LEVEL: settings.observability.logLevel,
  };
}

function processorFunction(settings: TopologySettings): FunctionSpec {
  const { processor, rules } = settings;
  const topicSettings = processorSettings.topics;
  return {
    key: PROCESSOR,
    description:
      "Validates orders and publishes one outcome per order (SQS) or returns it (asynchronous).",
    entry: functionEntry(PROCESSOR),
    handler: LAMBDA_HANDLER,
    runtime: LAMBDA_RUNTIME,
    architecture: LAMBDA_ARCHITECTURE,
    timeoutSeconds: processor.timeoutSeconds,
    memorySizeMb: processor.memorySizeMb,
    reservedConcurrency: processor.reservedConcurrency,
    environment: {
      // The SNS timing settings keep their defaults (docs/processor.md relates them to the timeout).
      [topicSettings.successTopicArn.variable]: { topicArn: "success" },
      [topicSettings.failureTopicArn.variable]: { topicArn: "failure" },
      ...settingsEnvironment(processorSettings.rules, rules),
      ...powertoolsEnvironment(PROCESSOR, settings),
    },
    logRetentionDays: settings.observability.logRetentionDays,
    invocation: {
      sqsQueues: [ORDERS_QUEUE],
      asynchronous: true,
      asyncRejectionsMetric: ASYNC_REJECTED_METRIC,
    },
    // Publishes outcomes itself (SQS path) and, through its destinations, records (async path).
    access: { consumesQueues: [ORDERS_QUEUE], publishesTopics: ["success", "failure"] },
  };
}

/**
 * A consumer's idempotency table. A completed dedupe key is remembered as long as a copy of its
 * message may still be delivered: while it waits on the consumer queue or in its DLQ (whose
 * retention counts from the first enqueue), so a redrive from the DLQ is recognised too.
 */
function idempotencyTable(consumer: ConsumerDeclaration, settings: TopologySettings): TableSpec {
  return {
    key: idempotencyTableKey(consumer.key),
    description: `Idempotency records of ${consumer.key}: one per dedupe key it handled (Powertools).`,
    owner: consumer.key,
    partitionKey: IDEMPOTENCY_PARTITION_KEY,
    ttlAttribute: IDEMPOTENCY_TTL_ATTRIBUTE,
    recordExpirySeconds: Math.max(settings.consumer.messageRetentionSeconds, DLQ_RETENTION_SECONDS),
    billingMode: "PAY_PER_REQUEST",
  };
}

function consumerFunction(consumer: ConsumerDeclaration, settings: TopologySettings): FunctionSpec {
  const table = idempotencyTable(consumer, settings);
  return {
    key: consumer.key,
    description: consumer.description,
    entry: functionEntry(consumer.key),
    handler: LAMBDA_HANDLER,
    runtime: LAMBDA_RUNTIME,
    architecture: LAMBDA_ARCHITECTURE,
    timeoutSeconds: settings.consumer.timeoutSeconds,
    memorySizeMb: settings.consumer.memorySizeMb,
    reservedConcurrency: undefined,
    environment: {
      ...powertoolsEnvironment(consumer.key, settings),
      [IDEMPOTENCY_TABLE_NAME]: { tableName: table.key },
      [IDEMPOTENCY_EXPIRES_AFTER_SECONDS]: String(table.recordExpirySeconds),
    },
    logRetentionDays: settings.observability.logRetentionDays,
    invocation: { sqsQueues: [consumer.key], asynchronous: false },
    access: { consumesQueues: [consumer.key], publishesTopics: [], idempotencyTable: table.key },
  };
}

/** An alarm that fires when its metric is above 0 in any one minute (missing data: all is well). */
const FIRES_ON_ANY_IN_A_MINUTE = {
  periodSeconds: 60,
  evaluationPeriods: 1,
  threshold: 0,
  comparisonOperator: "GreaterThanThreshold",
  treatMissingData: "notBreaching",
} as const;

function alarmsFor(
  queues: QueueSpec[],
  subscriptions: SubscriptionSpec[],
  functions: FunctionSpec[],
  settings: TopologySettings,
): AlarmSpec[] {
  const alarms: AlarmSpec[] = [];
  // A message SNS could deliver neither to a subscribed queue nor to that subscription's DLQ is
  // gone: the only trace is this per-topic metric.
  for (const topic of topics.filter((t) => subscriptions.some((s) => s.topic === t.key))) {
    alarms.push({
      key: `${topic.name}-redrive-to-dlq-failures`,
      description: `SNS could deliver a ${topic.key} topic message neither to a subscribed queue nor to the subscription's DLQ (the DLQ's policy refused it or the DLQ is gone): the message is lost.`,
      namespace: "AWS/SNS",
      metricName: "NumberOfNotificationsFailedToRedriveToDlq",
      target: { topic: topic.key },
      statistic: "Sum",
      ...FIRES_ON_ANY_IN_A_MINUTE,
    });
  }
  for (const queue of queues) {
    if (queue.role === "dead-letter") {
      const undelivered = deadLetterOfSubscription({ subscriptions }, queue.key);
      alarms.push({
        key: `${queue.key}-not-empty`,
        description: undelivered
          ? `${queue.key} holds ${undelivered.topic} topic messages SNS could not deliver to ${undelivered.queue} (its key or queue policy refused them): fix the cause, then send them to ${undelivered.queue}.`
          : `${queue.key} holds messages: they failed every retry and wait for a replay.`,
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        target: { queue: queue.key },
        statistic: "Maximum",
        ...FIRES_ON_ANY_IN_A_MINUTE,
      });
    } else {
      alarms.push({
        key: `${queue.key}-oldest-message-age`,
        description: `The oldest message on ${queue.key} waited over ${settings.observability.oldestMessageAgeAlarmSeconds} s: consumers are behind or failing.`,
        namespace: "AWS/SQS",
        metricName: "ApproximateAgeOfOldestMessage",
        target: { queue: queue.key },
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold: settings.observability.oldestMessageAgeAlarmSeconds,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
      });
    }
  }
  for (const fn of functions) {
    const rejections = rejectionsMetric(fn);
    alarms.push({
      key: `${fn.key}-errors`,
      description: rejections
        ? `${fn.key} failed other than by rejecting an order (Errors - ${rejections.metricName}): a whole SQS batch failed, or an asynchronous invocation failed unexpectedly. Rejected orders throw by design and reach the OnFailure destination, so they are not counted.`
        : fn.invocation.asynchronous
          ? `${fn.key} threw: a whole SQS batch failed, or an asynchronous invocation failed.`
          : `${fn.key} threw: a whole SQS batch failed and will be redelivered.`,
      namespace: "AWS/Lambda",
      metricName: "Errors",
      target: { function: fn.key },
      statistic: "Sum",
      ...FIRES_ON_ANY_IN_A_MINUTE,
      ...(rejections ? { subtract: rejections } : {}),
    });
    if (fn.invocation.asynchronous) {
      alarms.push({
        key: `${fn.key}-destination-delivery-failures`,
        description: `Lambda could not deliver a destination record of ${fn.key} (size, permissions or KMS).`,
        namespace: "AWS/Lambda",
        metricName: "DestinationDeliveryFailures",
        target: { function: fn.key },
        statistic: "Sum",
        ...FIRES_ON_ANY_IN_A_MINUTE,
      });
    }
  }
  return alarms;
}

/**
 * The metric a function invoked asynchronously counts its deliberate rejections in (they are
 * Lambda Errors too), with the namespace and `service` dimension Powertools gives it from the
 * function's environment; undefined for a function that declares none.
 */
function rejectionsMetric(fn: FunctionSpec): AlarmSpec["subtract"] {
  const metricName = fn.invocation.asyncRejectionsMetric;
  if (!fn.invocation.asynchronous || metricName === undefined) return undefined;
  const namespace = fn.environment.POWERTOOLS_METRICS_NAMESPACE;
  const service = fn.environment.POWERTOOLS_SERVICE_NAME;
  if (typeof namespace !== "string" || typeof service !== "string") {
    throw new Error(
      `Function ${fn.key} declares asyncRejectionsMetric ${metricName} but not POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME as literal strings: set both in its environment (topology/build.ts).`,
    );
  }
  return { namespace, metricName, dimensions: { service }, statistic: "Sum" };
}

/**
 * The pipeline's topology for the given settings: plain data, deterministic, no AWS calls.
 * `infra/` renders it as Pulumi resources; the local pipeline renders it onto the emulator.
 *
 * @example
 * const topology = buildTopology(defaultTopologySettings);
 * topology.queues.find((q) => q.key === "orders")?.visibilityTimeoutSeconds; // 181 (6 x 30 s + 1 s window)
 */
export function buildTopology(
  settings: TopologySettings = defaultTopologySettings,
  consumers: readonly ConsumerDeclaration[] = consumerDeclarations,
): Topology {
  const subscriptions: SubscriptionSpec[] = consumers.map((c) => {
    const filter = c.filter ?? topicFilters[c.topic];
    const key = `${c.topic}-to-${c.key}`;
    return {
      key,
      topic: c.topic,
      queue: c.key,
      protocol: SQS_PROTOCOL,
      rawMessageDelivery: c.rawMessageDelivery,
      filterPolicyScope: filter.scope,
      filterPolicy: filter.policy,
      deadLetterQueue: subscriptionDeadLetterQueueKey(key),
    };
  });
  const queues: QueueSpec[] = [
    ...queuePair(
      ORDERS_QUEUE,
      "Orders from producers, drained by the processor.",
      settings.processor,
      [],
    ),
    ...consumers.flatMap((c) =>
      queuePair(c.key, `${c.topic} topic messages for ${c.key}.`, settings.consumer, [c.topic]),
    ),
    ...subscriptions.map(subscriptionDeadLetterQueue),
  ];
  const functions = [
    processorFunction(settings),
    ...consumers.map((c) => consumerFunction(c, settings)),
  ];
  const topology: Topology = {
    queues,
    topics,
    subscriptions,
    functions,
    eventSourceMappings: [
      mapping(PROCESSOR, ORDERS_QUEUE, settings.processor),
      ...consumers.map((c) => mapping(c.key, c.key, settings.consumer)),
    ],
    asyncInvokeConfigs: [
      {
        function: PROCESSOR,
        maximumRetryAttempts: settings.processor.asyncMaximumRetryAttempts,
        maximumEventAgeSeconds: settings.processor.asyncMaximumEventAgeSeconds,
        concurrencyHeadroom: settings.processor.asyncConcurrencyHeadroom,
        onSuccessTopic: "success",
        onFailureTopic: "failure",
      },
    ],
    alarms: alarmsFor(queues, subscriptions, functions, settings),
    tables: consumers.map((c) => idempotencyTable(c, settings)),
  };
  assertConsistent(topology);
  return topology;
}

/** Every reference points at something declared, and every key is unique: fail at build time. */
export function assertConsistent(topology: Topology): void {
  const problems: string[] = [];
  const unique = (kind: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${kind} "${key}" is declared twice`);
      seen.add(key);
    }
    return seen;
  };
  const queues = unique(
    "queue",
    topology.queues.map((q) => q.key),
  );
  const topicKeys = unique(
    "topic",
    topology.topics.map((t) => t.key),
  );
  const functions = unique(
    "function",
    topology.functions.map((f) => f.key),
  );
  unique(
    "subscription",
    topology.subscriptions.map((s) => s.key),
  );
  unique(
    "alarm",
    topology.alarms.map((a) => a.key),
  );
  const tables = unique(
    "table",
    topology.tables.map((t) => t.key),
  );
  const need = (kind: string, set: Set<string>, key: string, where: string) => {
    if (!set.has(key)) problems.push(`${where} refers to ${kind} "${key}", which is not declared`);
  };
  for (const q of topology.queues) {
    if (q.redrive) need("queue", queues, q.redrive.deadLetterQueue, `queue ${q.key}`);
    if (q.redriveSource) need("queue", queues, q.redriveSource, `queue ${q.key}`);
    for (const t of q.snsSources) need("topic", topicKeys, t, `queue ${q.key}`);
  }
  problems.push(...subscriptionDeadLetterProblems(topology));
  for (const s of topology.subscriptions) {
    need("topic", topicKeys, s.topic, `subscription ${s.key}`);
    need("queue", queues, s.queue, `subscription ${s.key}`);
    const queue = topology.queues.find((q) => q.key === s.queue);
    if (queue && !queue.snsSources.includes(s.topic)) {
      problems.push(`subscription ${s.key}: queue ${s.queue} does not admit topic ${s.topic}`);
    }
  }
  for (const t of topology.topics) {
    for (const p of t.publishers) {
      need("function", functions, p, `topic ${t.key}`);
      const fn = topology.functions.find((f) => f.key === p);
      if (fn && !fn.access.publishesTopics.includes(t.key)) {
        problems.push(`topic ${t.key} lists publisher ${p}, whose access does not include it`);
      }
    }
  }
  for (const m of topology.eventSourceMappings) {
    need("function", functions, m.function, `event source mapping ${m.key}`);
    need("queue", queues, m.queue, `event source mapping ${m.key}`);
    const queue = topology.queues.find((q) => q.key === m.queue);
    const fn = topology.functions.find((f) => f.key === m.function);
    if (queue && fn) {
      const minimum = minimumVisibilityTimeout(fn.timeoutSeconds, m.maximumBatchingWindowSeconds);
      if (queue.visibilityTimeoutSeconds < minimum) {
        problems.push(
          `queue ${queue.key}: visibility timeout ${queue.visibilityTimeoutSeconds} s is below 6 x ${fn.timeoutSeconds} s + ${m.maximumBatchingWindowSeconds} s`,
        );
      }
    }
  }
  for (const a of topology.asyncInvokeConfigs) {
    need("function", functions, a.function, "async invoke config");
    need("topic", topicKeys, a.onSuccessTopic, `async invoke config of ${a.function}`);
    need("topic", topicKeys, a.onFailureTopic, `async invoke config of ${a.function}`);
    const fn = topology.functions.find((f) => f.key === a.function);
    if (fn && !fn.invocation.asynchronous) {
      problems.push(`function ${fn.key} has destinations but is not invoked asynchronously`);
    }
    for (const topic of [a.onSuccessTopic, a.onFailureTopic]) {
      if (fn && !fn.access.publishesTopics.includes(topic)) {
        problems.push(
          `function ${fn.key} sends destination records to ${topic} without access to it`,
        );
      }
    }
  }
  for (const fn of topology.functions) {
    if (fn.invocation.asyncRejectionsMetric !== undefined && !fn.invocation.asynchronous) {
      problems.push(
        `function ${fn.key} declares asyncRejectionsMetric but is not invoked asynchronously`,
      );
    }
    for (const q of fn.access.consumesQueues) need("queue", queues, q, `function ${fn.key}`);
    for (const t of fn.access.publishesTopics) {
      need("topic", topicKeys, t, `function ${fn.key}`);
      const topic = topology.topics.find((x) => x.key === t);
      if (topic && !topic.publishers.includes(fn.key)) {
        problems.push(`function ${fn.key} publishes to ${t}, whose publishers do not list it`);
      }
    }
    for (const value of Object.values(fn.environment)) {
      if (typeof value === "string") continue;
      if ("topicArn" in value)
        need("topic", topicKeys, value.topicArn, `function ${fn.key} environment`);
      else if (value.tableName !== fn.access.idempotencyTable) {
        problems.push(
          `function ${fn.key} environment names table ${value.tableName}, which its access does not include`,
        );
      }
    }
    const table = fn.access.idempotencyTable;
    if (table !== undefined) {
      need("table", tables, table, `function ${fn.key}`);
      const owner = topology.tables.find((t) => t.key === table)?.owner;
      if (owner !== undefined && owner !== fn.key) {
        problems.push(`function ${fn.key} uses table ${table}, which belongs to ${owner}`);
      }
    }
  }
  for (const t of topology.tables) {
    need("function", functions, t.owner, `table ${t.key}`);
    const owner = topology.functions.find((f) => f.key === t.owner);
    if (owner && owner.access.idempotencyTable !== t.key) {
      problems.push(`table ${t.key} names owner ${t.owner}, whose access does not include it`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `The topology is inconsistent:\n- ${problems.join("\n- ")}\nFix topology/ (consumers.ts or build.ts).`,
    );
  }
}
