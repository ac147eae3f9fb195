import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BUNDLE_FILE_NAME, LOG_FORMAT } from "../topology/enums";
import type { AsyncInvokeSpec, EventSourceMappingSpec, FunctionSpec } from "../topology/types";
import type { FunctionBundle } from "./lambda-bundle";
import { executionRolePolicy } from "./policy-documents";
import { BUNDLE_SHA256_TAG, COMPONENT_TAG, INVOCATION_TAG, invocationTagValue } from "./tags";

/** What the function's role may touch (see executionRolePolicy). */
export interface FunctionGrants {
  consumeQueueArns: pulumi.Input<string>[];
  publishTopicArns: pulumi.Input<string>[];
  kmsKeyArn: pulumi.Input<string>;
  region: pulumi.Input<string>;
  /** Its own idempotency table, if it keeps one (the topology's access.idempotencyTable). */
  idempotencyTableArn?: pulumi.Input<string>;
}

/** Arguments of BundledFunction. */
export interface BundledFunctionArgs {
  spec: FunctionSpec;
  /** Exact physical name of the function. */
  functionName: string;
  logGroupName: string;
  /**
   * The stack key that encrypts the log group, and the key policy admitting CloudWatch Logs for
   * it: the log group is created after that policy, or CloudWatch Logs refuses the key.
   */
  logEncryption: { kmsKeyArn: pulumi.Input<string>; keyPolicy: pulumi.Resource };
  /** Its execution role (created before the topics, whose policies name it). */
  role: aws.iam.Role;
  /** The esbuild bundle of spec.entry, built during the program run. */
  bundle: Promise<FunctionBundle>;
  /** spec.environment with topic ARNs resolved (resolveEnvironment). */
  environment: Record<string, pulumi.Input<string>>;
  grants: FunctionGrants;
  /** SQS event source mappings of this function, with their queues' ARNs. */
  eventSources: { spec: EventSourceMappingSpec; queueArn: pulumi.Input<string> }[];
  /** Asynchronous invocation settings with the destination topics' ARNs, if invoked asynchronously. */
  asyncInvoke?: {
    spec: AsyncInvokeSpec;
    onSuccessArn: pulumi.Input<string>;
    onFailureArn: pulumi.Input<string>;
  };
  tags: Record<string, string>;
}

/**
 * A Lambda function from an esbuild bundle (index.mjs, handler index.handler, nodejs22.x on
 * arm64), its log group with retention encrypted with the stack key, its least-privilege role policy, its SQS event source
 * mappings with ReportBatchItemFailures and, when it is invoked asynchronously, its event invoke
 * config with destinations. Mappings and the invoke config wait for the role policy: AWS checks
 * the role's permissions when they are created.
 *
 * @example new BundledFunction("order-events-dev-processor", { spec, functionName, logGroupName, logEncryption: { kmsKeyArn, keyPolicy }, role, bundle: bundleFunction(spec.entry), environment, grants, eventSources, asyncInvoke, tags });
 */
export class BundledFunction extends pulumi.ComponentResource {
  readonly function: aws.lambda.Function;
  readonly logGroup: aws.cloudwatch.LogGroup;
  readonly rolePolicy: aws.iam.RolePolicy;
  readonly eventSourceMappings: aws.lambda.EventSourceMapping[];
  readonly eventInvokeConfig: aws.lambda.FunctionEventInvokeConfig | undefined;

  constructor(name: string, args: BundledFunctionArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:BundledFunction", name, {}, opts);
    const { spec } = args;
    const tags = { ...args.tags, [COMPONENT_TAG]: spec.key };

    this.logGroup = new aws.cloudwatch.LogGroup(
      `${name}-logs`,
      {
        name: args.logGroupName,
        retentionInDays: spec.logRetentionDays,
        kmsKeyId: args.logEncryption.kmsKeyArn,
        tags,
      },
      { parent: this, dependsOn: [args.logEncryption.keyPolicy] },
    );

    this.rolePolicy = new aws.iam.RolePolicy(
      `${name}-permissions`,
      {
        role: args.role.name,
        policy: pulumi
          .all([
            this.logGroup.arn,
            pulumi.all(args.grants.consumeQueueArns),
            pulumi.all(args.grants.publishTopicArns),
            args.grants.kmsKeyArn,
            args.grants.region,
            args.grants.idempotencyTableArn,
          ])
          .apply(([logGroupArn, consumeQueueArns, publishTopicArns, kmsKeyArn, region, tableArn]) =>
            JSON.stringify(
              executionRolePolicy({
                logGroupArn,
                consumeQueueArns,
                publishTopicArns,
                kmsKeyArn,
                region,
                ...(tableArn === undefined ? {} : { idempotencyTableArn: tableArn }),
              }),
            ),
          ),
      },
      { parent: this },
    );

    const bundle = args.bundle.catch((error: unknown) => {
      throw new Error(
        `Could not bundle ${spec.entry} for function ${spec.key}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    this.function = new aws.lambda.Function(
      name,
      {
        name: args.functionName,
        description: spec.description,
        role: args.role.arn,
        // The topology's runtime, checked against @pulumi/aws's enum of Lambda runtimes.
        runtime: spec.runtime satisfies aws.lambda.Runtime,
        architectures: [spec.architecture],
        handler: spec.handler,
        code: bundle.then(
          (b) =>
            new pulumi.asset.AssetArchive({
              [BUNDLE_FILE_NAME]: new pulumi.asset.StringAsset(b.code),
            }),
        ),
        timeout: spec.timeoutSeconds,
        memorySize: spec.memorySizeMb,
        reservedConcurrentExecutions: spec.reservedConcurrency ?? -1,
        environment: { variables: args.environment },
        loggingConfig: { logFormat: LOG_FORMAT, logGroup: this.logGroup.name },
        tags: {
          ...tags,
          [INVOCATION_TAG]: invocationTagValue(spec.invocation),
          [BUNDLE_SHA256_TAG]: bundle.then((b) => b.sha256),
        },
      },
      { parent: this, dependsOn: [this.rolePolicy, this.logGroup] },
    );

    this.eventSourceMappings = args.eventSources.map(
      ({ spec: mapping, queueArn }) =>
        new aws.lambda.EventSourceMapping(
          `${name}-${mapping.queue}-mapping`,
          {
            eventSourceArn: queueArn,
            functionName: this.function.arn,
            batchSize: mapping.batchSize,
            maximumBatchingWindowInSeconds: mapping.maximumBatchingWindowSeconds,
            functionResponseTypes: mapping.functionResponseTypes,
            scalingConfig: { maximumConcurrency: mapping.maximumConcurrency },
            enabled: true,
            tags,
          },
          { parent: this, dependsOn: [this.rolePolicy] },
        ),
    );

    this.eventInvokeConfig = args.asyncInvoke
      ? new aws.lambda.FunctionEventInvokeConfig(
          `${name}-async`,
          {
            functionName: this.function.name,
            maximumRetryAttempts: args.asyncInvoke.spec.maximumRetryAttempts,
            maximumEventAgeInSeconds: args.asyncInvoke.spec.maximumEventAgeSeconds,
            destinationConfig: {
              onSuccess: { destination: args.asyncInvoke.onSuccessArn },
              onFailure: { destination: args.asyncInvoke.onFailureArn },
            },
          },
          { parent: this, dependsOn: [this.rolePolicy] },
        )
      : undefined;

    this.registerOutputs({ functionName: this.function.name, functionArn: this.function.arn });
  }
}
