import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/** Arguments of EncryptionKey. */
export interface EncryptionKeyArgs {
  description: string;
  /** alias/<name> for people and the console. */
  aliasName: string;
  deletionWindowInDays: number;
  tags: Record<string, string>;
}

/**
 * The stack's customer managed KMS key (rotated yearly) and its alias. One key encrypts every
 * queue and topic: SNS may then deliver to the encrypted queues (the key policy admits it, see
 * encryptionKeyPolicy), which AWS-managed keys do not allow. The key policy is attached once the
 * topics exist (aws.kms.KeyPolicy), since it names them.
 *
 * @example const key = new EncryptionKey("order-events-dev-key", { description, aliasName: "alias/order-events-dev", deletionWindowInDays: 30, tags });
 */
export class EncryptionKey extends pulumi.ComponentResource {
  readonly key: aws.kms.Key;
  readonly alias: aws.kms.Alias;
  readonly arn: pulumi.Output<string>;

  constructor(name: string, args: EncryptionKeyArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:EncryptionKey", name, {}, opts);
    this.key = new aws.kms.Key(
      name,
      {
        description: args.description,
        enableKeyRotation: true,
        deletionWindowInDays: args.deletionWindowInDays,
        tags: args.tags,
      },
      { parent: this },
    );
    this.alias = new aws.kms.Alias(
      `${name}-alias`,
      { name: args.aliasName, targetKeyId: this.key.keyId },
      { parent: this },
    );
    this.arn = this.key.arn;
    this.registerOutputs({ arn: this.arn });
  }
}
