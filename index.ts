// The Pulumi program: one `pulumi up` creates the whole order-events pipeline of a stack.
// The only place that reads configuration. See README.md "Deploy".
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig } from "./infra/config";
import { bundleFunction } from "./infra/lambda-bundle";
import { namePrefix, stackTopologySettings } from "./infra/naming";
import { OrderEventsPipeline } from "./infra/pipeline";
import { preflightProblems } from "./infra/preflight";
import { buildTopology } from "./topology/build";

const config = new pulumi.Config();
const settings = parseStackConfig(
  config.name,
  (key) => config.get(key),
  Object.keys(pulumi.runtime.allConfig()),
);
const prefix = namePrefix(pulumi.getProject(), pulumi.getStack());
// Functions report under their physical names, so stacks sharing an account keep their metrics apart.
const topology = buildTopology(stackTopologySettings(settings.topology, prefix));

const problems = preflightProblems(prefix, topology, (path) => existsSync(join(__dirname, path)));
if (problems.length > 0) {
  throw new Error(`Cannot deploy stack ${pulumi.getStack()}:\n- ${problems.join("\n- ")}`);
}

const pipeline = new OrderEventsPipeline(prefix, {
  topology,
  namePrefix: prefix,
  bundle: bundleFunction,
  alarmTopicArn: settings.alarmTopicArn,
  kmsKeyDeletionWindowDays: settings.kmsKeyDeletionWindowDays,
  tags: { project: pulumi.getProject(), stack: pulumi.getStack() },
});

/** Source queues by topology key: orders (producers send here), fulfilment, failure-alerts. */
export const queueUrls = pipeline.queueUrls;
export const queueArns = pipeline.queueArns;
/** Each source queue's dead-letter queue, by the source queue's key (replay moves them back). */
export const dlqUrls = pipeline.deadLetterQueueUrls;
export const dlqArns = pipeline.deadLetterQueueArns;
/**
 * Each subscription's dead-letter queue, by subscription key ("success-to-fulfilment"): what SNS
 * could not deliver to the consumer queue (its key or policy refused it) waits there.
 */
export const subscriptionDlqUrls = pipeline.subscriptionDeadLetterQueueUrls;
export const subscriptionDlqArns = pipeline.subscriptionDeadLetterQueueArns;
/** The success and failure topics. */
export const topicArns = pipeline.topicArns;
/** Functions by topology key: processor (invoke it asynchronously with an order), consumers. */
export const functionNames = pipeline.functionNames;
export const functionArns = pipeline.functionArns;
/** Each consumer's idempotency table, by table key (fulfilment-idempotency, failure-alerts-idempotency). */
export const idempotencyTableNames = pipeline.tableNames;
/** The key encrypting every queue and topic: producers need kms:GenerateDataKey on it to send. */
export const kmsKeyArn = pipeline.kmsKeyArn;
