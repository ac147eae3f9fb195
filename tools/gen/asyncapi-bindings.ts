import type { FilterPolicy, QueueSpec, SubscriptionSpec, TopicSpec } from "../../topology";

/**
 * Binding versions: the newest that @asyncapi/parser validates offline for an AsyncAPI 3.0
 * document (its bundled @asyncapi/specs accepts exactly these for 3.0.0).
 */
export const SQS_BINDING_VERSION = "0.2.0";
export const SNS_BINDING_VERSION = "0.1.0";

/** The SQS binding's Queue Object of one queue (all queues here are standard, not FIFO). */
function sqsQueue(queue: QueueSpec): Record<string, unknown> {
  return {
    name: queue.key,
    fifoQueue: false,
    visibilityTimeout: queue.visibilityTimeoutSeconds,
    receiveMessageWaitTime: queue.receiveWaitTimeSeconds,
    messageRetentionPeriod: queue.messageRetentionSeconds,
    ...(queue.redrive
      ? {
          redrivePolicy: {
            deadLetterQueue: { name: queue.redrive.deadLetterQueue },
            maxReceiveCount: queue.redrive.maxReceiveCount,
          },
        }
      : {}),
  };
}

/**
 * The SQS channel binding of a queue: the queue, and its dead-letter queue when it redrives.
 *
 * @example sqsChannelBinding(orders, queues).queue.redrivePolicy // { deadLetterQueue: { name: "orders-dlq" }, maxReceiveCount: 5 }
 */
export function sqsChannelBinding(
  queue: QueueSpec,
  queues: readonly QueueSpec[],
): Record<string, unknown> {
  const dlqKey = queue.redrive?.deadLetterQueue;
  const dlq = dlqKey === undefined ? undefined : queues.find((q) => q.key === dlqKey);
  if (dlqKey !== undefined && !dlq)
    throw new Error(`asyncapi: queue ${queue.key} redrives to ${dlqKey}, which is not declared`);
  return {
    queue: sqsQueue(queue),
    ...(dlq ? { deadLetterQueue: sqsQueue(dlq) } : {}),
    bindingVersion: SQS_BINDING_VERSION,
  };
}

/** The SNS channel binding of a topic (standard, not FIFO). */
export function snsChannelBinding(topic: TopicSpec): Record<string, unknown> {
  return { name: topic.name, ordering: { type: "standard" }, bindingVersion: SNS_BINDING_VERSION };
}

/**
 * Whether the SNS binding's `filterPolicy` can hold a policy: binding 0.1.0 types each value as a
 * string, an array of strings or an object, so `$or` (an array of policies) does not fit.
 */
export function fitsBindingFilterPolicy(policy: FilterPolicy): boolean {
  return Object.values(policy).every(
    (value) =>
      typeof value === "string" ||
      (Array.isArray(value) && value.every((v) => typeof v === "string")) ||
      (typeof value === "object" && value !== null && !Array.isArray(value)),
  );
}

/**
 * One SNS binding Consumer Object per subscription: the queue, raw delivery, the filter policy and
 * its scope. A policy the binding's `filterPolicy` cannot type (`$or`) goes, verbatim, into the
 * extension `x-filterPolicy`, so the document stays valid and still says exactly what AWS applies.
 */
export function snsConsumer(subscription: SubscriptionSpec): Record<string, unknown> {
  const policy = subscription.filterPolicy;
  return {
    protocol: subscription.protocol,
    endpoint: { name: subscription.queue },
    rawMessageDelivery: subscription.rawMessageDelivery,
    filterPolicyScope: subscription.filterPolicyScope,
    ...(fitsBindingFilterPolicy(policy) ? { filterPolicy: policy } : { "x-filterPolicy": policy }),
    redrivePolicy: { deadLetterQueue: { name: subscription.deadLetterQueue } },
  };
}

/** The SNS operation binding of a send to `topic`: the topic and every subscription to it. */
export function snsOperationBinding(
  topic: TopicSpec,
  subscriptions: readonly SubscriptionSpec[],
): Record<string, unknown> | undefined {
  const consumers = subscriptions.filter((s) => s.topic === topic.key).map(snsConsumer);
  // The binding requires at least one consumer; a topic nobody subscribes to has no binding.
  if (consumers.length === 0) return undefined;
  return { topic: { name: topic.name }, consumers, bindingVersion: SNS_BINDING_VERSION };
}
