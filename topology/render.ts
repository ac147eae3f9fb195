// Pure builders shared by both renderings (Pulumi in infra/, the emulator in the local pipeline),
// so the attribute strings AWS and the emulator receive are produced by the same code.
import type { EnvValue, FunctionSpec, QueueSpec, SubscriptionSpec, TopicKey } from "./types";

/**
 * The RedrivePolicy attribute of a source queue.
 *
 * @example redrivePolicyJson("arn:aws:sqs:eu-west-1:123456789012:orders-dlq", 5)
 * // '{"deadLetterTargetArn":"arn:aws:sqs:eu-west-1:123456789012:orders-dlq","maxReceiveCount":5}'
 */
export function redrivePolicyJson(deadLetterTargetArn: string, maxReceiveCount: number): string {
  return JSON.stringify({ deadLetterTargetArn, maxReceiveCount });
}

/**
 * The RedriveAllowPolicy attribute of a dead-letter queue: only its own source queue may use it.
 *
 * @example redriveAllowPolicyJson("arn:aws:sqs:eu-west-1:123456789012:orders")
 * // '{"redrivePermission":"byQueue","sourceQueueArns":["arn:aws:sqs:eu-west-1:123456789012:orders"]}'
 */
export function redriveAllowPolicyJson(sourceQueueArn: string): string {
  return JSON.stringify({ redrivePermission: "byQueue", sourceQueueArns: [sourceQueueArn] });
}

/**
 * SQS CreateQueue attributes of a queue that need no other queue: visibility timeout, retention,
 * long-poll wait. (Encryption and the access policy are the deployment's business, not the topology's.)
 *
 * @example queueCreateAttributes(orders) // { VisibilityTimeout: "181", MessageRetentionPeriod: "345600", ReceiveMessageWaitTimeSeconds: "20" }
 */
export function queueCreateAttributes(queue: QueueSpec): Record<string, string> {
  return {
    VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
    MessageRetentionPeriod: String(queue.messageRetentionSeconds),
    ReceiveMessageWaitTimeSeconds: String(queue.receiveWaitTimeSeconds),
  };
}

/**
 * SQS SetQueueAttributes attributes that link a queue to another one: RedrivePolicy on a source
 * queue, RedriveAllowPolicy on a DLQ. Apply them once every queue exists; `queueArn` resolves a
 * queue key to its ARN. Empty for a queue with no links.
 *
 * @example queueLinkAttributes(orders, (key) => arns[key]) // { RedrivePolicy: '{"deadLetterTargetArn":"…","maxReceiveCount":5}' }
 */
export function queueLinkAttributes(
  queue: QueueSpec,
  queueArn: (queueKey: string) => string,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (queue.redrive) {
    attributes.RedrivePolicy = redrivePolicyJson(
      queueArn(queue.redrive.deadLetterQueue),
      queue.redrive.maxReceiveCount,
    );
  }
  if (queue.redriveSource) {
    attributes.RedriveAllowPolicy = redriveAllowPolicyJson(queueArn(queue.redriveSource));
  }
  return attributes;
}

/**
 * The RedrivePolicy attribute of an SNS subscription: the queue SNS moves undeliverable messages to.
 *
 * @example subscriptionRedrivePolicyJson("arn:aws:sqs:eu-west-1:123456789012:success-to-fulfilment-dlq")
 * // '{"deadLetterTargetArn":"arn:aws:sqs:eu-west-1:123456789012:success-to-fulfilment-dlq"}'
 */
export function subscriptionRedrivePolicyJson(deadLetterTargetArn: string): string {
  return JSON.stringify({ deadLetterTargetArn });
}

/** SNS Subscribe attributes of a subscription (strings, as the SNS API takes them). */
export interface SubscriptionAttributes {
  RawMessageDelivery: "true" | "false";
  FilterPolicy: string;
  FilterPolicyScope: string;
}

/**
 * SNS Subscribe/SetSubscriptionAttributes attributes of a subscription.
 *
 * @example subscriptionAttributes(topology.subscriptions[0]).RawMessageDelivery // "true"
 */
export function subscriptionAttributes(subscription: SubscriptionSpec): SubscriptionAttributes {
  return {
    RawMessageDelivery: subscription.rawMessageDelivery ? "true" : "false",
    FilterPolicy: JSON.stringify(subscription.filterPolicy),
    FilterPolicyScope: subscription.filterPolicyScope,
  };
}

/**
 * A function's environment with topic references replaced by ARNs and table references by table
 * names. Generic, so Pulumi passes `Output<string>` values and the emulator plain strings. A table
 * reference without `tableName` throws.
 *
 * @example resolveEnvironment(processor, (topic) => topicArns[topic]).SUCCESS_TOPIC_ARN
 * @example resolveEnvironment(fulfilment, topicArnOf, (table) => tableNames[table]).IDEMPOTENCY_TABLE_NAME
 */
export function resolveEnvironment<T>(
  fn: Pick<FunctionSpec, "key" | "environment">,
  topicArn: (topic: TopicKey) => T,
  tableName?: (table: string) => T,
): Record<string, string | T> {
  const resolved: Record<string, string | T> = {};
  for (const [name, value] of Object.entries(fn.environment) as [string, EnvValue][]) {
    if (typeof value === "string") resolved[name] = value;
    else if ("topicArn" in value) resolved[name] = topicArn(value.topicArn);
    else if (tableName) resolved[name] = tableName(value.tableName);
    else {
      throw new Error(
        `${fn.key}'s ${name} names table ${value.tableName}: render the topology's tables first and pass their names to resolveEnvironment`,
      );
    }
  }
  return resolved;
}

/** The queue, topic or function a key names; throws a readable error when there is none. */
export function lookup<T extends { key: string }>(
  items: readonly T[],
  key: string,
  kind: string,
): T {
  const found = items.find((item) => item.key === key);
  if (!found) throw new Error(`The topology has no ${kind} "${key}"`);
  return found;
}
