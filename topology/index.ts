/**
 * The pipeline's topology, declared once: queues and their DLQs, the two outcome topics,
 * subscriptions (raw delivery, filter policy and its scope), functions (entry, environment,
 * timeout, memory), SQS event source mappings, asynchronous invoke configs with destinations,
 * and alarms. Plain data from pure functions: no AWS SDK, no Pulumi, no I/O.
 *
 * How to render it on an emulator (fauxqs, or any SQS/SNS endpoint):
 *
 *   const topology = buildTopology(defaultTopologySettings); // or your own TopologySettings
 *   1. each q of topology.queues:  CreateQueue({ QueueName: q.key, Attributes: queueCreateAttributes(q) })
 *   2. each q (all queues exist):   SetQueueAttributes({ QueueUrl, Attributes: queueLinkAttributes(q, (key) => queueArn[key]) })
 *                                   when not empty (RedrivePolicy, RedriveAllowPolicy)
 *   3. each t of topology.topics:  CreateTopic({ Name: t.name })
 *   4. each s of topology.subscriptions:
 *        Subscribe({ TopicArn: topicArn[s.topic], Protocol: s.protocol, Endpoint: queueArn[s.queue],
 *                    Attributes: { ...subscriptionAttributes(s),
 *                                  RedrivePolicy: subscriptionRedrivePolicyJson(queueArn[s.deadLetterQueue]) },
 *                    ReturnSubscriptionArn: true })
 *   5. each fn of topology.functions: import fn.entry, export resolveEnvironment(fn, (t) => topicArn[t])
 *      into its environment; feed it per topology.eventSourceMappings (batchSize,
 *      maximumBatchingWindowSeconds, ReportBatchItemFailures: delete what succeeded, leave the
 *      rest to the visibility timeout and the queue's redrive) and, for asynchronous invocations,
 *      per topology.asyncInvokeConfigs (maximumRetryAttempts, maximumEventAgeSeconds, then a
 *      destination record to onSuccessTopic / onFailureTopic).
 *   6. each t of topology.tables: CreateTable on a DynamoDB-compatible server (local/dynamodb),
 *      partition key t.partitionKey (S), on-demand; pass the names to resolveEnvironment.
 *   Alarms, IAM and encryption have no emulator counterpart: skip them.
 *
 * The Pulumi rendering is `OrderEventsPipeline` in infra/pipeline.ts; it uses the same builders
 * (queueLinkAttributes' redrivePolicyJson/redriveAllowPolicyJson, subscriptionAttributes,
 * subscriptionRedrivePolicyJson, resolveEnvironment), so the two cannot drift apart.
 */
export {
  ASYNC_REJECTED_METRIC,
  assertConsistent,
  buildTopology,
  DLQ_RETENTION_SECONDS,
  deadLetterQueueKey,
  functionEntry,
  IDEMPOTENCY_PARTITION_KEY,
  IDEMPOTENCY_TTL_ATTRIBUTE,
  idempotencyTableKey,
  ORDERS_QUEUE,
  PROCESSOR,
  SOURCE_QUEUE_RECEIVE_WAIT_SECONDS,
  serviceName,
} from "./build";
export { type ConsumerDeclaration, consumerDeclarations } from "./consumers";
export * from "./enums";
export { type TopicFilter, topicFilters } from "./filter-policies";
export * as limits from "./limits";
export {
  lookup,
  queueCreateAttributes,
  queueLinkAttributes,
  redriveAllowPolicyJson,
  redrivePolicyJson,
  resolveEnvironment,
  type SubscriptionAttributes,
  subscriptionAttributes,
  subscriptionRedrivePolicyJson,
} from "./render";
export {
  defaultTopologySettings,
  type ObservabilitySettings,
  type ProcessorSettings,
  type QueueConsumerSettings,
  type RulesSettings,
  type TopologySettings,
} from "./settings";
export {
  deadLetterOfSubscription,
  subscriptionDeadLetterQueue,
  subscriptionDeadLetterQueueKey,
} from "./subscription-dead-letters";
export type {
  AlarmSpec,
  AsyncInvokeSpec,
  EnvValue,
  EventSourceMappingSpec,
  FilterPolicy,
  FunctionSpec,
  QueueSpec,
  SubscriptionSpec,
  SubtractedMetricSpec,
  TableSpec,
  TopicKey,
  TopicSpec,
  Topology,
} from "./types";
