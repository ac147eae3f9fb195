import { subscribe } from "node:diagnostics_channel";
import { readFileSync } from "node:fs";
import type { ClientRequest } from "node:http";
import { pathToFileURL } from "node:url";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { EventSourceMapping } from "../../local/esm/event-source-mapping.js";
import { lookup, ORDERS_QUEUE, PROCESSOR, resolveEnvironment } from "../../topology/index.js";
import { startEmulatorProcess } from "../e2e/emulator-process.js";
import { benchTopology, renderTopology } from "../e2e/render-topology.js";
import { type ChildContext, runAsChild } from "../lib/child-main.js";
import { waitForWork } from "../lib/progress.js";

// One end-to-end run, in a process of its own: the emulator with the project's topology, the
// orders preloaded on the orders queue, one handler bundle driven by the project's event source
// mapping simulator (local/esm) until every order has been deleted from the queue.
// Counts every HTTP request the handler's SNS client makes (node:http's diagnostics channel:
// transport-level, so neither handler needs to expose its client).
// The emulator is embedded in this process, or (with `emulatorScript`) runs in a child process of
// its own, reached over HTTP like a remote service: then this process holds only the mapping, the
// handler and their SDK clients.

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
  /** The run fails when no order has been done for this long (a loaded machine is only slow). */
  stallTimeoutMs: number;
  /** The bundled bench/children/emulator.mts: run the emulator in that child, not in this process. */
  emulatorScript?: string;
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
  /** With the emulator in a child process: that process's CPU time over the measured window. */
  emulator_cpu_ms?: number;
}

/** The emulator as this run uses it, wherever it runs. */
interface Emulator {
  endpoint: string;
  /** Preloads the orders (outside the measured window, and not as SQS calls). */
  load(queue: string, file: string): Promise<void>;
  depths(queues: string[]): Promise<Record<string, number>>;
  /** CPU time of the emulator's own process (ms), or null when it shares this process. */
  cpuMs(): Promise<number | null>;
  stop(): Promise<void>;
}

async function startEmulator(config: E2eConfig): Promise<Emulator> {
  if (config.emulatorScript) {
    const child = await startEmulatorProcess(config.emulatorScript, { timeoutMs: 120_000 });
    return {
      endpoint: child.endpoint,
      load: async (queue, file) => {
        await child.load(queue, file);
      },
      depths: (queues) => child.depths(queues),
      cpuMs: () => child.cpuMs(),
      stop: () => child.stop(),
    };
  }
  const { startFauxqs } = await import("fauxqs");
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: "us-east-1" });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    load: async (queue, file) => {
      const bodies = JSON.parse(readFileSync(file, "utf8")) as string[];
      for (const body of bodies) server.sendMessage(queue, body);
    },
    depths: async (queues) =>
      Object.fromEntries(
        queues.map((q) => [q, server.inspectQueue(q)?.messages.ready.length ?? 0]),
      ),
    cpuMs: async () => null,
    stop: () => server.stop(),
  };
}

runAsChild<E2eResult>(async (child) => {
  const config = JSON.parse(process.env.BENCH_E2E_CONFIG ?? "") as E2eConfig;
  const bodies = JSON.parse(readFileSync(config.ordersFile, "utf8")) as string[];

  child.doing(`starting the emulator${config.emulatorScript ? " in its own process" : ""}`);
  const emulator = await startEmulator(config);
  try {
    return await measure(config, bodies.length, emulator, child);
  } finally {
    // No `doing` here: a failure above must keep naming its own step.
    await emulator.stop();
  }
});

async function measure(
  config: E2eConfig,
  orders: number,
  emulator: Emulator,
  child: ChildContext<never, never>,
): Promise<E2eResult> {
  const endpoint = emulator.endpoint;
  const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
  const sqs = new SQSClient({
    endpoint,
    region: "us-east-1",
    credentials,
    useQueueUrlAsEndpoint: false,
  });
  const sns = new SNSClient({ endpoint, region: "us-east-1", credentials });

  const topology = benchTopology(config);
  child.doing("creating the topology and loading the orders");
  const rendered = await renderTopology(topology, { sqs, sns });
  await emulator.load(ORDERS_QUEUE, config.ordersFile);

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
  child.doing(`importing the handler ${config.handlerFile}`);
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

  const emulatorCpuStart = await emulator.cpuMs();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  esm.start();
  try {
    await waitForWork({
      done: () => esm.stats.deleted,
      total: orders,
      stallMs: config.stallTimeoutMs,
      what: "orders handled and deleted",
      onThousand: (done) =>
        child.doing(`waiting for the orders to be handled (${done} or more of ${orders} done)`),
    });
  } catch (error) {
    await esm.stop(); // no polling left behind when the emulator stops
    throw error;
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const emulatorCpuEnd = await emulator.cpuMs();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const snsCallsDone = snsCalls;
  await esm.stop();

  child.doing("counting the delivered outcomes");
  const dlqName = `${ORDERS_QUEUE}-dlq`;
  const depths = await emulator.depths([...topology.subscriptions.map((s) => s.queue), dlqName]);
  const delivered: Record<string, number> = {};
  for (const subscription of topology.subscriptions) {
    delivered[subscription.queue] = depths[subscription.queue] ?? 0;
  }
  return {
    orders,
    elapsed_ms: elapsed,
    msgs_per_s: (orders * 1000) / elapsed,
    cpu_ms: cpuMs,
    msgs_per_cpu_s: (orders * 1000) / cpuMs,
    sns_calls: snsCallsDone,
    sqs_calls: sqsCalls,
    handler_ms: handlerMs,
    handler_cpu_ms: handlerCpuMs,
    invocations: esm.stats.invocations,
    deleted: esm.stats.deleted,
    retried: esm.stats.retried,
    whole_batch_failures: esm.stats.wholeBatchFailures,
    delivered,
    dead_lettered: depths[dlqName] ?? 0,
    ...(emulatorCpuStart !== null && emulatorCpuEnd !== null
      ? { emulator_cpu_ms: emulatorCpuEnd - emulatorCpuStart }
      : {}),
  };
}
