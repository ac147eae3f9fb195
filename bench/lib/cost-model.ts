/**
 * USD per million orders on AWS for the processor's path, from what the benchmark measured and
 * list prices. Free tiers, volume tiers, data transfer and CloudWatch Logs are left out: they do
 * not depend on which handler runs.
 */

/** Lambda's instruction sets: they are priced differently per GB-second. */
export type LambdaArchitecture = "x86_64" | "arm64";

/** List prices, US East (N. Virginia), first pricing tier, in USD. */
export interface ListPrices {
  region: string;
  /** When these prices were read, and where: check them before relying on the figures. */
  asOf: string;
  sources: readonly string[];
  lambdaGbSecond: Record<LambdaArchitecture, number>;
  lambdaRequest: number;
  /** SNS standard topic: per request, each started 64 KB of payload counting as one request. */
  snsRequest: number;
  /** SQS standard queue: per request, each started 64 KB of payload counting as one request. */
  sqsRequest: number;
}

/**
 * List prices as published for us-east-1 by the pages below (read from copies stored in the
 * project's reference library; the machine that runs the benchmark has no internet). SNS
 * deliveries to SQS queues carry no SNS charge.
 */
export const LIST_PRICES: ListPrices = Object.freeze({
  region: "us-east-1",
  asOf: "list prices as of 2026-06 (stored copies of the pages below, read 2026-12-04); check before relying",
  sources: Object.freeze([
    "https://aws.amazon.com/lambda/pricing/ (duration per GB-second by architecture, $0.20 per 1M requests, 1 ms rounding)",
    "https://aws.amazon.com/sns/pricing/ as summarised 2026-06-13 by factualminds.com ($0.50 per 1M standard-topic requests, 64 KB chunks)",
    "https://aws.amazon.com/sqs/pricing/ as summarised 2026-03 by cloudburn.io ($0.40 per 1M standard-queue requests, 64 KB chunks)",
    "https://docs.aws.amazon.com/sns/latest/dg/sns-batch-api-actions.html (PublishBatch: up to 10 messages per request, cost down by up to 10x)",
  ]),
  lambdaGbSecond: Object.freeze({ x86_64: 0.0000166667, arm64: 0.0000133334 }),
  lambdaRequest: 0.2 / 1e6,
  snsRequest: 0.5 / 1e6,
  sqsRequest: 0.4 / 1e6,
});

/** One handler's deployment and what it does per order. */
export interface CostInputs {
  /** Billed duration per order (ms), as measured. */
  billedMsPerOrder: number;
  memoryMb: number;
  architecture: LambdaArchitecture;
  /** Lambda invocations per order: 1 / batch size when batches are full. */
  invocationsPerOrder: number;
  /** SNS requests per order, 64 KB chunks counted. */
  snsRequestsPerOrder: number;
  /** SQS requests per order on the orders queue (send, receive, delete). */
  sqsRequestsPerOrder: number;
}

/** USD per million orders, by what is billed. */
export interface CostBreakdown {
  lambda_duration: number;
  lambda_requests: number;
  sns_requests: number;
  sqs_requests: number;
  total: number;
}

/**
 * USD per million orders: Lambda GB-seconds at the memory size and architecture, Lambda requests,
 * SNS and SQS requests, at `prices`.
 *
 * @example
 * costPerMillionOrders({ billedMsPerOrder: 0.5, memoryMb: 512, architecture: "arm64",
 *   invocationsPerOrder: 0.01, snsRequestsPerOrder: 0.1, sqsRequestsPerOrder: 1.2 }).total
 */
export function costPerMillionOrders(
  inputs: CostInputs,
  prices: ListPrices = LIST_PRICES,
): CostBreakdown {
  const orders = 1e6;
  const gbSeconds = (inputs.billedMsPerOrder / 1000) * (inputs.memoryMb / 1024) * orders;
  const lambdaDuration = gbSeconds * prices.lambdaGbSecond[inputs.architecture];
  const lambdaRequests = inputs.invocationsPerOrder * orders * prices.lambdaRequest;
  const snsRequests = inputs.snsRequestsPerOrder * orders * prices.snsRequest;
  const sqsRequests = inputs.sqsRequestsPerOrder * orders * prices.sqsRequest;
  return {
    lambda_duration: lambdaDuration,
    lambda_requests: lambdaRequests,
    sns_requests: snsRequests,
    sqs_requests: sqsRequests,
    total: lambdaDuration + lambdaRequests + snsRequests + sqsRequests,
  };
}

/**
 * SQS requests per order on the orders queue when a producer sends each order on its own and the
 * event source mapping receives and deletes in tens (ReceiveMessage and DeleteMessageBatch take at
 * most 10): 1 + 0.1 + 0.1. The same for every handler; empty long polls come on top and depend on
 * traffic, not on the handler.
 */
export const SQS_REQUESTS_PER_ORDER = 1 + 1 / 10 + 1 / 10;
