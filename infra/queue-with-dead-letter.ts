import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { redriveAllowPolicyJson, redrivePolicyJson } from "../topology/render";
import type { QueueSpec } from "../topology/types";
import { queuePolicy } from "./policy-documents";
import { COMPONENT_TAG } from "./tags";

/** Arguments of QueueWithDeadLetter: two queues of the topology and what they need. */
export interface QueueWithDeadLetterArgs {
  /** The source queue (role "source"); its redrive names `deadLetter`. */
  queue: QueueSpec;
  deadLetter: QueueSpec;
  namePrefix: string;
  kmsKeyArn: pulumi.Input<string>;
  /** ARNs of the topics in `queue.snsSources`, in that order. */
  snsSourceTopicArns: pulumi.Input<string>[];
  tags: Record<string, string>;
}

/**
 * A KMS-encrypted SQS queue, its dead-letter queue with redrive after maxReceiveCount, a
 * redrive-allow policy so only this queue may use the DLQ, and TLS-only access policies (the
 * source queue's also admits its topics' SNS deliveries).
 *
 * @example new QueueWithDeadLetter("order-events-dev-orders", { queue: orders, deadLetter: ordersDlq, namePrefix, kmsKeyArn: key.arn, snsSourceTopicArns: [], tags });
 */
export class QueueWithDeadLetter extends pulumi.ComponentResource {
  readonly queue: aws.sqs.Queue;
  readonly deadLetterQueue: aws.sqs.Queue;
  /** The source queue's policy: subscriptions should depend on it. */
  readonly queuePolicy: aws.sqs.QueuePolicy;
  readonly deadLetterQueuePolicy: aws.sqs.QueuePolicy;
  readonly redriveAllowPolicy: aws.sqs.RedriveAllowPolicy;

  constructor(name: string, args: QueueWithDeadLetterArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:QueueWithDeadLetter", name, {}, opts);
    const { queue, deadLetter } = args;
    if (
      queue.redrive?.deadLetterQueue !== deadLetter.key ||
      deadLetter.redriveSource !== queue.key
    ) {
      throw new Error(
        `QueueWithDeadLetter ${name}: ${queue.key} and ${deadLetter.key} are not a source queue and its DLQ in the topology`,
      );
    }
    if (args.snsSourceTopicArns.length !== queue.snsSources.length) {
      throw new Error(
        `QueueWithDeadLetter ${name}: pass one topic ARN per snsSources entry (${queue.snsSources.join(", ") || "none"})`,
      );
    }
    const encryption = { kmsMasterKeyId: args.kmsKeyArn, kmsDataKeyReusePeriodSeconds: 300 };
    const tagsOf = (spec: QueueSpec) => ({ ...args.tags, [COMPONENT_TAG]: spec.key });

    this.deadLetterQueue = new aws.sqs.Queue(
      `${args.namePrefix}-${deadLetter.key}`,
      {
        visibilityTimeoutSeconds: deadLetter.visibilityTimeoutSeconds,
        messageRetentionSeconds: deadLetter.messageRetentionSeconds,
        receiveWaitTimeSeconds: deadLetter.receiveWaitTimeSeconds,
        ...encryption,
        tags: tagsOf(deadLetter),
      },
      { parent: this },
    );
    const maxReceiveCount = queue.redrive.maxReceiveCount;
    this.queue = new aws.sqs.Queue(
      `${args.namePrefix}-${queue.key}`,
      {
        visibilityTimeoutSeconds: queue.visibilityTimeoutSeconds,
        messageRetentionSeconds: queue.messageRetentionSeconds,
        receiveWaitTimeSeconds: queue.receiveWaitTimeSeconds,
        redrivePolicy: this.deadLetterQueue.arn.apply((arn) =>
          redrivePolicyJson(arn, maxReceiveCount),
        ),
        ...encryption,
        tags: tagsOf(queue),
      },
      { parent: this },
    );
    this.redriveAllowPolicy = new aws.sqs.RedriveAllowPolicy(
      `${args.namePrefix}-${deadLetter.key}-redrive-allow`,
      {
        queueUrl: this.deadLetterQueue.url,
        redriveAllowPolicy: this.queue.arn.apply(redriveAllowPolicyJson),
      },
      { parent: this },
    );
    this.queuePolicy = new aws.sqs.QueuePolicy(
      `${args.namePrefix}-${queue.key}-policy`,
      {
        queueUrl: this.queue.url,
        policy: pulumi
          .all([this.queue.arn, pulumi.all(args.snsSourceTopicArns)])
          .apply(([arn, topics]) => JSON.stringify(queuePolicy(arn, topics))),
      },
      { parent: this },
    );
    this.deadLetterQueuePolicy = new aws.sqs.QueuePolicy(
      `${args.namePrefix}-${deadLetter.key}-policy`,
      {
        queueUrl: this.deadLetterQueue.url,
        policy: this.deadLetterQueue.arn.apply((arn) => JSON.stringify(queuePolicy(arn))),
      },
      { parent: this },
    );
    this.registerOutputs({
      queueUrl: this.queue.url,
      queueArn: this.queue.arn,
      deadLetterQueueUrl: this.deadLetterQueue.url,
      deadLetterQueueArn: this.deadLetterQueue.arn,
    });
  }
}
