import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { QueueSpec, SubscriptionSpec } from "../topology/types";
import { queuePolicy } from "./policy-documents";
import { COMPONENT_TAG } from "./tags";

/** Arguments of SubscriptionDeadLetterQueue. */
export interface SubscriptionDeadLetterQueueArgs {
  /** The subscription whose undeliverable messages the queue keeps. */
  subscription: SubscriptionSpec;
  /** Its DLQ in the topology (subscription.deadLetterQueue). */
  deadLetter: QueueSpec;
  namePrefix: string;
  /** ARN of the subscription's topic, the only sender the queue policy admits. */
  topicArn: pulumi.Input<string>;
  tags: Record<string, string>;
}

/**
 * The dead-letter queue of one SNS subscription: an encrypted SQS queue whose policy denies
 * requests without TLS and admits sqs:SendMessage from SNS for that subscription's topic only
 * (aws:SourceArn). SNS moves there what it cannot deliver to the subscribed queue. The subscription
 * should depend on `queuePolicy`, so SNS may use the queue from the first delivery.
 *
 * It is encrypted with SQS-managed keys (SSE-SQS), not the stack's KMS key: the failures it exists
 * for include the stack key refusing SNS (key disabled, key policy changed), and a DLQ under the
 * same key would refuse the message too, which SNS then drops. SSE-SQS needs no key policy.
 *
 * @example new SubscriptionDeadLetterQueue("order-events-dev-success-to-fulfilment-dlq", { subscription, deadLetter, namePrefix, topicArn, tags });
 */
export class SubscriptionDeadLetterQueue extends pulumi.ComponentResource {
  readonly queue: aws.sqs.Queue;
  readonly queuePolicy: aws.sqs.QueuePolicy;

  constructor(
    name: string,
    args: SubscriptionDeadLetterQueueArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("order-events:infra:SubscriptionDeadLetterQueue", name, {}, opts);
    const { subscription, deadLetter } = args;
    if (
      subscription.deadLetterQueue !== deadLetter.key ||
      !deadLetter.snsSources.includes(subscription.topic)
    ) {
      throw new Error(
        `SubscriptionDeadLetterQueue ${name}: ${deadLetter.key} is not the dead-letter queue of subscription ${subscription.key} admitting topic ${subscription.topic} in the topology`,
      );
    }
    this.queue = new aws.sqs.Queue(
      `${args.namePrefix}-${deadLetter.key}`,
      {
        visibilityTimeoutSeconds: deadLetter.visibilityTimeoutSeconds,
        messageRetentionSeconds: deadLetter.messageRetentionSeconds,
        receiveWaitTimeSeconds: deadLetter.receiveWaitTimeSeconds,
        sqsManagedSseEnabled: true,
        tags: { ...args.tags, [COMPONENT_TAG]: deadLetter.key },
      },
      { parent: this },
    );
    this.queuePolicy = new aws.sqs.QueuePolicy(
      `${args.namePrefix}-${deadLetter.key}-policy`,
      {
        queueUrl: this.queue.url,
        policy: pulumi
          .all([this.queue.arn, args.topicArn])
          .apply(([arn, topic]) => JSON.stringify(queuePolicy(arn, [topic]))),
      },
      { parent: this },
    );
    this.registerOutputs({ queueUrl: this.queue.url, queueArn: this.queue.arn });
  }
}
