import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { TopicSpec } from "../topology/types";
import { topicPolicy } from "./policy-documents";
import { COMPONENT_TAG } from "./tags";

/** Arguments of EncryptedTopic. */
export interface EncryptedTopicArgs {
  topic: TopicSpec;
  namePrefix: string;
  kmsKeyArn: pulumi.Input<string>;
  /** Roles of the topic's publishers (TopicSpec.publishers), the only principals that may publish. */
  publisherRoleArns: pulumi.Input<string>[];
  tags: Record<string, string>;
}

/**
 * A KMS-encrypted SNS topic whose policy admits only its publishers' roles and only over TLS.
 *
 * @example new EncryptedTopic("order-events-dev-success", { topic: success, namePrefix, kmsKeyArn: key.arn, publisherRoleArns: [processorRole.arn], tags });
 */
export class EncryptedTopic extends pulumi.ComponentResource {
  readonly topic: aws.sns.Topic;
  readonly policy: aws.sns.TopicPolicy;
  readonly arn: pulumi.Output<string>;

  constructor(name: string, args: EncryptedTopicArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:EncryptedTopic", name, {}, opts);
    if (args.publisherRoleArns.length === 0) {
      throw new Error(`EncryptedTopic ${name}: a topic needs at least one publisher role`);
    }
    this.topic = new aws.sns.Topic(
      `${args.namePrefix}-${args.topic.name}`,
      {
        kmsMasterKeyId: args.kmsKeyArn,
        // SHA256 signatures on notifications (version 1 is SHA1).
        signatureVersion: 2,
        tags: { ...args.tags, [COMPONENT_TAG]: args.topic.key },
      },
      { parent: this },
    );
    this.arn = this.topic.arn;
    this.policy = new aws.sns.TopicPolicy(
      `${args.namePrefix}-${args.topic.name}-policy`,
      {
        arn: this.topic.arn,
        policy: pulumi
          .all([this.topic.arn, pulumi.all(args.publisherRoleArns)])
          .apply(([arn, roles]) => JSON.stringify(topicPolicy(arn, roles))),
      },
      { parent: this },
    );
    this.registerOutputs({ arn: this.arn });
  }
}
