import type {
  FilterPolicyScope,
  LAMBDA_ARCHITECTURE,
  LAMBDA_HANDLER,
  LAMBDA_RUNTIME,
  REPORT_BATCH_ITEM_FAILURES,
  SQS_PROTOCOL,
} from "./enums";

/** The two outcome topics. Each carries the processor's outcomes and Lambda's destination records. */
export type TopicKey = "success" | "failure";

/**
 * An SQS queue: a source queue with its redrive, or a dead-letter queue (of a source queue, or of
 * a subscription: see SubscriptionSpec.deadLetterQueue).
 */
export interface QueueSpec {
  /** Unique among queues; also the base of the physical name ("orders", "orders-dlq"). */
  key: string;
  role: "source" | "dead-letter";
  description: string;
  visibilityTimeoutSeconds: number;
  messageRetentionSeconds: number;
  /** Queue-level default long-poll wait (Lambda's poller always long-polls on its own). */
  receiveWaitTimeSeconds: number;
  /** Source queues: where messages go after maxReceiveCount receives. */
  redrive?: { deadLetterQueue: string; maxReceiveCount: number };
  /**
   * Dead-letter queues of a source queue: the only queue allowed to redrive into it
   * (RedriveAllowPolicy byQueue). Undefined for a subscription's DLQ.
   */
  redriveSource?: string;
  /** Topics whose deliveries the queue policy admits (aws:SourceArn); empty for producers' queues. */
  snsSources: TopicKey[];
}

/** An SNS topic. `publishers` are the only functions whose role may publish to it. */
export interface TopicSpec {
  key: TopicKey;
  /** Base of the physical name. */
  name: string;
  description: string;
  /** Schema (path under schemas/) of every message on the topic: a body-scope filter's keys must exist in it. */
  messageSchema: string;
  publishers: string[];
}

/**
 * SNS filter policy as JSON data. Body-scope policies may nest objects (`{"a":{"b":["x"]}}`);
 * `$or` takes a list of such policies.
 */
export type FilterPolicy = { [key: string]: unknown };

/** A subscription of a queue to a topic. */
export interface SubscriptionSpec {
  key: string;
  topic: TopicKey;
  queue: string;
  protocol: typeof SQS_PROTOCOL;
  /** true: the queue's body is the published message; false: the SNS JSON envelope. */
  rawMessageDelivery: boolean;
  filterPolicyScope: FilterPolicyScope;
  filterPolicy: FilterPolicy;
  /**
   * The queue (role "dead-letter", admitting `topic`) where SNS moves a message it cannot deliver
   * to `queue` (the subscription's RedrivePolicy), instead of dropping it.
   */
  deadLetterQueue: string;
}

/**
 * An environment value: a literal, the ARN of a topic, or the physical name of a table (both known
 * only once the resource exists).
 */
export type EnvValue = string | { topicArn: TopicKey } | { tableName: string };

/** A Lambda function, bundled from `entry` with infra/lambda-bundle.ts. */
export interface FunctionSpec {
  /** Unique among functions; base of the physical name and of POWERTOOLS_SERVICE_NAME (build.ts serviceName). */
  key: string;
  description: string;
  /** Handler module, relative to the repository root ("functions/processor/handler.ts"). */
  entry: string;
  handler: typeof LAMBDA_HANDLER;
  runtime: typeof LAMBDA_RUNTIME;
  architecture: typeof LAMBDA_ARCHITECTURE;
  timeoutSeconds: number;
  memorySizeMb: number;
  /** undefined: no reservation (the account's unreserved pool). */
  reservedConcurrency: number | undefined;
  environment: Record<string, EnvValue>;
  logRetentionDays: number;
  /**
   * How the function is invoked: by SQS event source mappings, and/or asynchronously.
   * `asyncRejectionsMetric`: a function invoked asynchronously that reports a deliberate rejection by
   * throwing (so the OnFailure record carries it) and counts each one in this Powertools metric
   * (namespace POWERTOOLS_METRICS_NAMESPACE, dimension `service`); its errors alarm subtracts it.
   */
  invocation: { sqsQueues: string[]; asynchronous: boolean; asyncRejectionsMetric?: string };
  /**
   * What its execution role may touch, and nothing else (logs are implied). `idempotencyTable`:
   * the key of the one table (topology `tables`) where it keeps its idempotency records.
   */
  access: { consumesQueues: string[]; publishesTopics: TopicKey[]; idempotencyTable?: string };
}

/** An SQS event source mapping (synchronous invocation with a batch). */
export interface EventSourceMappingSpec {
  key: string;
  function: string;
  queue: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  maximumConcurrency: number;
  functionResponseTypes: [typeof REPORT_BATCH_ITEM_FAILURES];
}

/** Asynchronous invocation settings and destinations (only for functions invoked asynchronously). */
export interface AsyncInvokeSpec {
  function: string;
  maximumRetryAttempts: number;
  maximumEventAgeSeconds: number;
  /**
   * When the function reserves concurrency: executions kept for asynchronous invocations above
   * the maximum concurrency of its SQS mappings (preflight checks the reservation covers both).
   */
  concurrencyHeadroom: number;
  onSuccessTopic: TopicKey;
  onFailureTopic: TopicKey;
}

/**
 * A metric subtracted from an alarm's metric: the alarm watches the metric math
 * `FILL(metric, 0) - FILL(subtract, 0)` (both over the alarm's period), e.g. a function's Errors less
 * the rejections it counts itself.
 */
export interface SubtractedMetricSpec {
  /** A custom namespace (the functions' Powertools namespace). */
  namespace: string;
  metricName: string;
  /** Exactly as the function emits them (Powertools: `{ service: POWERTOOLS_SERVICE_NAME }`). */
  dimensions: Record<string, string>;
  statistic: "Sum";
}

/** A CloudWatch alarm on one queue's, function's or topic's metric, optionally less another metric. */
export interface AlarmSpec {
  key: string;
  description: string;
  namespace: "AWS/SQS" | "AWS/Lambda" | "AWS/SNS";
  metricName:
    | "ApproximateNumberOfMessagesVisible"
    | "ApproximateAgeOfOldestMessage"
    | "Errors"
    | "DestinationDeliveryFailures"
    | "NumberOfNotificationsFailedToRedriveToDlq";
  target: { queue: string } | { function: string } | { topic: TopicKey };
  statistic: "Maximum" | "Sum";
  periodSeconds: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator: "GreaterThanThreshold";
  treatMissingData: "notBreaching";
  /** When set, the alarm is on `metricName - subtract.metricName` (missing data as 0). */
  subtract?: SubtractedMetricSpec;
}

/**
 * A DynamoDB table of one consumer's idempotency records, in the layout of Powertools'
 * DynamoDBPersistenceLayer (partition key `id`, expiry `expiration` in epoch seconds). Only its
 * owner may read and write it.
 */
export interface TableSpec {
  /** Unique among tables; base of the physical name ("fulfilment-idempotency"). */
  key: string;
  description: string;
  /** The only function that uses it (its access.idempotencyTable names this table). */
  owner: string;
  /** The partition key (a string), Powertools' `keyAttr`. */
  partitionKey: string;
  /** The item expiry attribute (epoch seconds) that DynamoDB TTL deletes by, Powertools' `expiryAttr`. */
  ttlAttribute: string;
  /** Seconds a completed dedupe key is remembered: the owner's IDEMPOTENCY_EXPIRES_AFTER_SECONDS. */
  recordExpirySeconds: number;
  /** On-demand capacity: consumer traffic follows the queues' bursts, and idle tables cost nothing. */
  billingMode: "PAY_PER_REQUEST";
}

/** The whole pipeline, declared once. Render it with Pulumi (infra/) or onto an emulator. */
export interface Topology {
  queues: QueueSpec[];
  topics: TopicSpec[];
  subscriptions: SubscriptionSpec[];
  functions: FunctionSpec[];
  eventSourceMappings: EventSourceMappingSpec[];
  asyncInvokeConfigs: AsyncInvokeSpec[];
  alarms: AlarmSpec[];
  /** DynamoDB tables: each consumer's idempotency records. */
  tables: TableSpec[];
}
