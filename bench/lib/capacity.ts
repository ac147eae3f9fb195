/**
 * The sustained orders per second a stack handles, from its configuration and the measured
 * invocations, and which limit binds first: the stack's own mappings' maximum concurrency, or an
 * AWS quota (Lambda concurrent executions, SNS publishes per second in the Region, SQS messages in
 * flight). Pure arithmetic; each quota with the AWS page it comes from.
 */
import type { TopologySettings } from "../../topology";
import { SQS_MAXIMUM_CONCURRENCY } from "../../topology/limits";
import { cpuShare } from "./power-model";

/** An AWS quota the capacity depends on, with its source. */
export interface Quota {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

/** Concurrent executions per account and Region, by default (can be raised to tens of thousands). */
export const LAMBDA_CONCURRENT_EXECUTIONS: Quota = Object.freeze({
  value: 1000,
  unit: "concurrent executions per account and Region (default, can be raised)",
  source: "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
});

/** Concurrent batches of one SQS event source mapping: MaximumConcurrency's ceiling (hard). */
export const SQS_MAPPING_CONCURRENCY: Quota = Object.freeze({
  value: SQS_MAXIMUM_CONCURRENCY.max,
  unit: "concurrent batches per SQS event source mapping",
  source: "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html",
});

/** Messages received and not yet deleted, per standard queue (approximately; raised on request). */
export const SQS_IN_FLIGHT_MESSAGES: Quota = Object.freeze({
  value: 120_000,
  unit: "in-flight messages per standard queue",
  source:
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html",
});

const SNS_QUOTAS_PAGE = "https://docs.aws.amazon.com/general/latest/gr/sns.html";

/**
 * SNS publishes per second per account and Region on standard topics: messages, Publish and
 * PublishBatch together (a PublishBatch of 10 counts 10). Soft quotas, raised on request.
 */
const SNS_STANDARD_MESSAGES_PER_SECOND: readonly { regions: readonly string[]; value: number }[] = [
  { regions: ["us-east-1"], value: 30_000 },
  { regions: ["us-west-2", "eu-west-1"], value: 9_000 },
  {
    regions: [
      "us-east-2",
      "us-west-1",
      "ap-south-1",
      "ap-northeast-2",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-northeast-1",
      "eu-central-1",
    ],
    value: 1_500,
  },
];
const SNS_OTHER_REGIONS_MESSAGES_PER_SECOND = 300;

/**
 * The SNS publish quota of a Region for standard topics, in messages per second.
 *
 * @example snsPublishQuota("eu-west-1").value // 9000
 */
export function snsPublishQuota(region: string): Quota {
  const listed = SNS_STANDARD_MESSAGES_PER_SECOND.find((q) => q.regions.includes(region));
  return {
    value: listed?.value ?? SNS_OTHER_REGIONS_MESSAGES_PER_SECOND,
    unit: `messages published per second in ${region} (standard topics, Publish and PublishBatch together; default, can be raised)`,
    source: SNS_QUOTAS_PAGE,
  };
}

/** What the benchmark measured of the processor, and the model's assumptions for the consumers. */
export interface CapacityModel {
  /** CPU per record of the processor's invocation on a full core (ms). */
  cpuMsPerRecord: number;
  /** Measured wait per wave of parallel PublishBatch calls (ms). */
  waitMsPerPublishWave: number;
  /** PublishBatch calls per record (0.1: ten outcomes a call, per topic). */
  snsCallsPerRecord: number;
  /** PublishBatch calls in flight at once. */
  publishConcurrency: number;
  /** Share of orders whose outcome goes to the fulfilment consumer (the rest: failure-alerts). */
  successShare: number;
  /** Round trip of one idempotency store call (DynamoDB) from a consumer: assumed, not measured. */
  storeRoundTripMs: number;
  /** Idempotency store calls per record a consumer waits for, one after the other (2: mark, complete). */
  storeCallsPerRecord: number;
}

/** One limit, as orders per second the stack cannot exceed because of it. */
export interface CapacityLimit {
  name: string;
  kind: "configuration" | "aws-quota";
  orders_per_second: number;
  detail: string;
  source?: string;
}

/** A stack's capacity: the lowest of its limits. */
export interface StackCapacity {
  region: string;
  processor_invocation_ms: number;
  processor_memory_mb: number;
  orders_per_second: number;
  binding: string;
  /** The first AWS quota that binds (when the stack's own settings are raised past it). */
  first_aws_quota: string;
  limits: CapacityLimit[];
}

/**
 * The processor's modeled invocation time (ms) for a full batch at a memory size: the batch's CPU
 * at the memory's CPU share, plus one measured wait per wave of PublishBatch calls.
 *
 * @example processorInvocationMs(model, 100, 512) // 100 × 0.1 / 0.289 + 2 × 16 ≈ 66.6
 */
export function processorInvocationMs(
  model: CapacityModel,
  batchSize: number,
  memoryMb: number,
): number {
  const calls = Math.ceil(batchSize * model.snsCallsPerRecord);
  const waves = Math.ceil(calls / model.publishConcurrency);
  return (
    (batchSize * model.cpuMsPerRecord) / cpuShare(memoryMb) + waves * model.waitMsPerPublishWave
  );
}

/**
 * The sustained orders per second a stack handles with a full backlog (every batch full, the
 * batching window never waited for), and every limit's ceiling, lowest first.
 *
 * @example stackCapacity(readStackSettings(repoRoot, "dev").topology, "eu-west-1", model).binding
 */
export function stackCapacity(
  settings: TopologySettings,
  region: string,
  model: CapacityModel,
): StackCapacity {
  const p = settings.processor;
  const invocationMs = processorInvocationMs(model, p.batchSize, p.memorySizeMb);
  const perProcessorInstance = (p.batchSize * 1000) / invocationMs;
  const consumerConcurrency = settings.consumer.maximumConcurrency;
  // A consumer handles its records one after the other, each waiting for its store calls.
  const consumerRecordMs = model.storeCallsPerRecord * model.storeRoundTripMs;
  const perConsumerInstance = 1000 / consumerRecordMs;
  const sns = snsPublishQuota(region);
  const executionSecondsPerOrder = (invocationMs / p.batchSize + consumerRecordMs) / 1000;
  const limits: CapacityLimit[] = [
    {
      name: "processor mapping's maximum concurrency",
      kind: "configuration",
      orders_per_second: p.maximumConcurrency * perProcessorInstance,
      detail: `${p.maximumConcurrency} instances x ${p.batchSize} orders per ${invocationMs.toFixed(1)} ms invocation (${p.memorySizeMb} MB)`,
    },
    {
      name: "fulfilment mapping's maximum concurrency",
      kind: "configuration",
      orders_per_second: (consumerConcurrency * perConsumerInstance) / model.successShare,
      detail: `${consumerConcurrency} instances x 1 record per ${consumerRecordMs} ms (${model.storeCallsPerRecord} store round trips of ${model.storeRoundTripMs} ms, assumed), ${Math.round(model.successShare * 100)}% of orders`,
    },
    {
      name: "failure-alerts mapping's maximum concurrency",
      kind: "configuration",
      orders_per_second:
        (consumerConcurrency * perConsumerInstance) / Math.max(1e-9, 1 - model.successShare),
      detail: `${consumerConcurrency} instances x 1 record per ${consumerRecordMs} ms, ${Math.round((1 - model.successShare) * 100)}% of orders`,
    },
    {
      name: "SNS publishes per second in the Region",
      kind: "aws-quota",
      orders_per_second: sns.value,
      detail: `${sns.value} ${sns.unit}; one outcome message per order`,
      source: sns.source,
    },
    {
      name: "Lambda concurrent executions",
      kind: "aws-quota",
      // Each order keeps an execution busy for its share of a processor invocation and for its
      // consumer's record time: at R orders a second, R times that many executions (Little's law).
      orders_per_second: LAMBDA_CONCURRENT_EXECUTIONS.value / executionSecondsPerOrder,
      detail: `${LAMBDA_CONCURRENT_EXECUTIONS.value} ${LAMBDA_CONCURRENT_EXECUTIONS.unit}, shared by the three functions: ${(executionSecondsPerOrder * 1000).toFixed(2)} ms of execution per order`,
      source: LAMBDA_CONCURRENT_EXECUTIONS.source,
    },
    {
      name: "SQS event source mapping concurrency",
      kind: "aws-quota",
      orders_per_second: SQS_MAPPING_CONCURRENCY.value * perProcessorInstance,
      detail: `${SQS_MAPPING_CONCURRENCY.value} ${SQS_MAPPING_CONCURRENCY.unit}`,
      source: SQS_MAPPING_CONCURRENCY.source,
    },
    {
      name: "SQS messages in flight on the orders queue",
      kind: "aws-quota",
      orders_per_second: (SQS_IN_FLIGHT_MESSAGES.value * 1000) / invocationMs,
      detail: `${SQS_IN_FLIGHT_MESSAGES.value} ${SQS_IN_FLIGHT_MESSAGES.unit}, each order in flight for one ${invocationMs.toFixed(1)} ms invocation`,
      source: SQS_IN_FLIGHT_MESSAGES.source,
    },
  ].sort((a, b) => a.orders_per_second - b.orders_per_second) as CapacityLimit[];
  const binding = limits[0] as CapacityLimit;
  const firstQuota = limits.find((l) => l.kind === "aws-quota") as CapacityLimit;
  return {
    region,
    processor_invocation_ms: invocationMs,
    processor_memory_mb: p.memorySizeMb,
    orders_per_second: binding.orders_per_second,
    binding: binding.name,
    first_aws_quota: firstQuota.name,
    limits,
  };
}
