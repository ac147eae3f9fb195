// The dead-letter queue of each SNS subscription. SNS does not retry a client-side delivery error
// (the queue's key disabled, its policy refusing the topic, the queue deleted): without a
// RedrivePolicy on the subscription it drops the message, after PublishBatch has succeeded and the
// processor has deleted the order. With one, SNS moves the message to this queue instead.
import { MESSAGE_RETENTION_SECONDS } from "./limits";
import type { QueueSpec, SubscriptionSpec, Topology } from "./types";

/**
 * The DLQ key of a subscription: named after the subscription.
 *
 * @example subscriptionDeadLetterQueueKey("success-to-fulfilment") // "success-to-fulfilment-dlq"
 */
export function subscriptionDeadLetterQueueKey(subscriptionKey: string): string {
  return `${subscriptionKey}-dlq`;
}

/**
 * The DLQ of a subscription: a dead-letter queue whose policy admits exactly the subscription's
 * topic (SNS sends to it as it sends to the endpoint: same account and Region, aws:SourceArn = the
 * topic), read by people and the replay tool, never by Lambda.
 *
 * @example subscriptionDeadLetterQueue({ key: "success-to-fulfilment", topic: "success", queue: "fulfilment" }).snsSources // ["success"]
 */
export function subscriptionDeadLetterQueue(
  subscription: Pick<SubscriptionSpec, "key" | "topic" | "queue">,
): QueueSpec {
  return {
    key: subscriptionDeadLetterQueueKey(subscription.key),
    role: "dead-letter",
    description: `Messages of the ${subscription.topic} topic that SNS could not deliver to ${subscription.queue}.`,
    visibilityTimeoutSeconds: 30,
    // The SQS maximum (14 days), as every DLQ here: nothing expires before a replay.
    messageRetentionSeconds: MESSAGE_RETENTION_SECONDS.max,
    receiveWaitTimeSeconds: 0,
    snsSources: [subscription.topic],
  };
}

/**
 * The subscription a queue is the DLQ of, or undefined when it is none's.
 *
 * @example deadLetterOfSubscription(topology, "success-to-fulfilment-dlq")?.queue // "fulfilment"
 */
export function deadLetterOfSubscription(
  topology: Pick<Topology, "subscriptions">,
  queueKey: string,
): SubscriptionSpec | undefined {
  return topology.subscriptions.find((s) => s.deadLetterQueue === queueKey);
}

/** What makes a subscription's DLQ unusable by SNS, as readable problems (assertConsistent). */
export function subscriptionDeadLetterProblems(
  topology: Pick<Topology, "queues" | "subscriptions">,
): string[] {
  const problems: string[] = [];
  for (const s of topology.subscriptions) {
    const dlq = topology.queues.find((q) => q.key === s.deadLetterQueue);
    if (!dlq) {
      problems.push(
        `subscription ${s.key} refers to dead-letter queue "${s.deadLetterQueue}", which is not declared`,
      );
      continue;
    }
    if (dlq.key === s.queue) {
      problems.push(`subscription ${s.key}: its dead-letter queue is its own endpoint ${s.queue}`);
    }
    if (dlq.role !== "dead-letter" || dlq.redrive) {
      problems.push(
        `subscription ${s.key}: ${dlq.key} is not a dead-letter queue (role dead-letter, no redrive)`,
      );
    }
    if (!dlq.snsSources.includes(s.topic)) {
      problems.push(
        `subscription ${s.key}: dead-letter queue ${dlq.key} does not admit topic ${s.topic}, so SNS could not move a message there`,
      );
    }
  }
  return problems;
}
