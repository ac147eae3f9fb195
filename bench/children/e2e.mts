import { subscribe } from "node:diagnostics_channel";
import { readFileSync } from "node:fs";
import type { ClientRequest } from "node:http";
import { pathToFileURL } from "node:url";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { startFauxqs } from "fauxqs";
import { EventSourceMapping } from "../../local/esm/event-source-mapping.js";
import {
  buildTopology,
  defaultTopologySettings,
  lookup,
  ORDERS_QUEUE,
  PROCESSOR,
  resolveEnvironment,
} from "../../topology/index.js";
import { renderTopology } from "../e2e/render-topology.js";
import { reportResult } from "../lib/report.js";

// One end-to-end run, in a process of its own: the embedded emulator with the project's topology,
// the orders preloaded on the orders queue, one handler bundle driven by the project's event
// source mapping simulator (local/esm) until every order has been deleted from the queue.
// Counts every HTTP request the handler's SNS client makes (node:http's diagnostics channel:
// transport-level, so neither handler needs to expose its client).

export interface E2eConfig {
  handlerFile: string;
  ordersFile: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  /**
   * false: subscriptions without their filter policies. The seed's messages carry no message_type,
   * so the project's filters would drop every one of them and spare the seed the delivery work.
   */
  filterPolicies: boolean;
  /** The batching window, compressed for a local run (ms). */
  batchingWindowMs: number;
  timeoutMs: number;
}

export interface E2eResult {
  orders: number;
  elapsed_ms: number;
  msgs_per_s: number;
  /** CPU time of this process (emulator, mapping and handler) over the same window. */
  cpu_ms: number;
  msgs_per_cpu_s: number;
  sns_calls: number;
  sqs_calls: number;
  /** Time spent inside the handler, summed over invocations. */
  handler_ms: number;
  /** CPU time of this process while the handler ran (its SNS calls' emulator work included). */
  handler_cpu_ms: number;
  invocations: number;
  deleted: number;
  retried: number;
  whole_batch_failures: number;
  delivered: Record<string, number>;
  dead_lettered: number;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_E2E_CONFIG ?? "") as E2eConfig;
  const bodies = JSON.parse(readFileSync(config.ordersFile, "utf8")) as string[];

  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: "us-east-1" });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
  const sqs = new SQSClient({
    endpoint,
    region: "us-east-1",
    credentials,
    useQueueUrlAsEndpoint: false,
  });
  const sns = new SNSClient({ endpoint, region: "us-east-1", credentials });

  const topology = buildTopology({
    ...defaultTopologySettings,
    processor: {
      ...defaultTopologySettings.processor,
      batchSize: config.batchSize,
      maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds,
    },
  });
  const rendered = await renderTopology(
    config.filterPolicies
      ? topology
      : {
          ...topology,
          subscriptions: topology.subscriptions.map((s) => ({ ...s, filterPolicy: {} })),
        },
    { sqs, sns },
  );
  for (const body of bodies) server.sendMessage(ORDERS_QUEUE, body);

  // The handler reads its environment at import, as in Lambda.
  const processor = lookup(topology.functions, PROCESSOR, "function");
  Object.assign(
    process.env,
    resolveEnvironment(processor, (topic) => rendered.topicArn[topic]),
    {
      AWS_ENDPOINT_URL_SNS: endpoint,
      AWS_REGION: "us-east-1",
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_LAMBDA_FUNCTION_NAME: "order-processor",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(processor.memorySizeMb),
    },
  );
  const module = (await import(pathToFileURL(config.handlerFile).href)) as {
    handler: (event: unknown) => Promise<unknown>;
  };

  // SQS speaks JSON (X-Amz-Target: AmazonSQS.*); SNS speaks the query protocol (no target).
  let snsCalls = 0;
  let sqsCalls = 0;
  subscribe("http.client.request.start", (message) => {
    const request = (message as { request: ClientRequest }).request;
    const target = request.getHeader("x-amz-target");
    if (typeof target === "string" && target.startsWith("AmazonSQS.")) sqsCalls++;
    else snsCalls++;
  });

  let handlerMs = 0;
  let handlerCpuMs = 0;
  const esm = new EventSourceMapping({
    name: "bench",
    sqs,
    queueUrl: rendered.queueUrl[ORDERS_QUEUE] as string,
    queueArn: rendered.queueArn[ORDERS_QUEUE] as string,
    region: "us-east-1",
    handler: async (event) => {
      const cpuBefore = process.cpuUsage();
      try {
        return await module.handler(event);
      } finally {
        const used = process.cpuUsage(cpuBefore);
        handlerCpuMs += (used.user + used.system) / 1000;
      }
    },
    batchSize: config.batchSize,
    maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds,
    batchingWindowMs: config.batchingWindowMs,
    reportBatchItemFailures: true,
    // One Lambda instance: one invocation at a time, as Lambda runs them.
    maximumConcurrency: 1,
    onInvocation: (report) => {
      handlerMs += report.durationMs;
    },
  });

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  esm.start();
  while (esm.stats.deleted < bodies.length) {
    if (performance.now() - start > config.timeoutMs) {
      throw new Error(
        `e2e: only ${esm.stats.deleted} of ${bodies.length} orders done in ${config.timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const snsCallsDone = snsCalls;
  await esm.stop();

  const delivered: Record<string, number> = {};
  for (const subscription of topology.subscriptions) {
    const queue = server.inspectQueue(subscription.queue);
    delivered[subscription.queue] = queue ? queue.messages.ready.length : 0;
  }
  const dlq = server.inspectQueue(`${ORDERS_QUEUE}-dlq`);
  const result: E2eResult = {
    orders: bodies.length,
    elapsed_ms: elapsed,
    msgs_per_s: (bodies.length * 1000) / elapsed,
    cpu_ms: cpuMs,
    msgs_per_cpu_s: (bodies.length * 1000) / cpuMs,
    sns_calls: snsCallsDone,
    sqs_calls: sqsCalls,
    handler_ms: handlerMs,
    handler_cpu_ms: handlerCpuMs,
    invocations: esm.stats.invocations,
    deleted: esm.stats.deleted,
    retried: esm.stats.retried,
    whole_batch_failures: esm.stats.wholeBatchFailures,
    delivered,
    dead_lettered: dlq ? dlq.messages.ready.length : 0,
  };
  reportResult(result);
  await server.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
