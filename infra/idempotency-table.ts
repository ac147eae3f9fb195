import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { TableSpec } from "../topology/types";
import { resourceName } from "./naming";
import { COMPONENT_TAG } from "./tags";

/** Arguments of IdempotencyTable. */
export interface IdempotencyTableArgs {
  table: TableSpec;
  namePrefix: string;
  /** The stack's KMS key: the table is encrypted with it, not with an AWS-owned key. */
  kmsKeyArn: pulumi.Input<string>;
  tags: Record<string, string>;
}

/**
 * A consumer's idempotency table, in the layout of Powertools' DynamoDBPersistenceLayer: a string
 * partition key, on-demand capacity, TTL on the records' expiry attribute (DynamoDB deletes expired
 * records; Powertools ignores them until then), server-side encryption with the stack's key, and
 * point-in-time recovery (the table stays small: records expire, so it costs little).
 *
 * @example new IdempotencyTable("order-events-dev-fulfilment-idempotency", { table, namePrefix, kmsKeyArn: key.arn, tags });
 */
export class IdempotencyTable extends pulumi.ComponentResource {
  readonly table: aws.dynamodb.Table;
  readonly arn: pulumi.Output<string>;
  readonly name: pulumi.Output<string>;

  constructor(name: string, args: IdempotencyTableArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:IdempotencyTable", name, {}, opts);
    const { table } = args;
    this.table = new aws.dynamodb.Table(
      resourceName(args.namePrefix, table.key),
      {
        billingMode: table.billingMode,
        hashKey: table.partitionKey,
        attributes: [{ name: table.partitionKey, type: "S" }],
        ttl: { attributeName: table.ttlAttribute, enabled: true },
        serverSideEncryption: { enabled: true, kmsKeyArn: args.kmsKeyArn },
        pointInTimeRecovery: { enabled: true },
        tags: { ...args.tags, [COMPONENT_TAG]: table.key },
      },
      { parent: this },
    );
    this.arn = this.table.arn;
    this.name = this.table.name;
    this.registerOutputs({ arn: this.arn, name: this.name });
  }
}
