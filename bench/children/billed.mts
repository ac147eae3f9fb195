import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { lookup, ORDERS_QUEUE, PROCESSOR, resolveEnvironment } from "../../topology/index.js";
import { type EmulatorProcess, startEmulatorProcess } from "../e2e/emulator-process.js";
import { benchTopology, renderTopology } from "../e2e/render-topology.js";
import { type InvocationSample, percentile } from "../lib/billing.js";
import { reportResult } from "../lib/report.js";
import type { SnsLatencyStats } from "../support/sns-latency-proxy.js";
import type { InstanceConfig, InstanceMessage } from "./instance.mjs";

// One billed-duration run: the emulator in a child process with the SNS latency proxy in front of
// it, the project's topology, and `instances` Lambda instances, each a process of its own
// (bench/children/instance.mts: one handler bundle, the project's event source mapping simulator,
// one invocation at a time), polling the orders queue. Once every instance has imported its
// handler, the orders are sent; the run ends when all are deleted. The handlers' SNS clients go
// through the proxy (each call takes the round-trip time); SQS traffic goes to the emulator
// directly (in AWS the mapping's polling happens outside the function and is not billed as its
// duration). Reports each invocation's wall and CPU time, what the proxy saw, and when each
// order's outcome reached its consumer queue.

export interface BilledConfig {
  handlerFile: string;
  ordersFile: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  /** The batching window, compressed for a local run (ms). */
  batchingWindowMs: number;
  /** false for the seed: its messages carry no message_type for the topology's filters. */
  filterPolicies: boolean;
  /** Lambda instances (processes), each taking one invocation at a time. */
  instances: number;
  /** Round-trip time of every SNS call (ms). */
  rttMs: number;
  /** The bundled bench/children/emulator.mts and bench/children/instance.mts. */
  emulatorScript: string;
  instanceScript: string;
  timeoutMs: number;
}

/** p50 and p99 of a latency, in ms. */
export interface LatencySummary {
  p50: number;
  p99: number;
}

export interface BilledResult {
  orders: number;
  rtt_ms: number;
  instances: number;
  elapsed_ms: number;
  invocations: InvocationSample[];
  sns: SnsLatencyStats;
  /** From SendMessage to the outcome on its consumer queue (the backlog's wait included). */
  send_to_outcome_ms: LatencySummary;
  /** From the invocation that took the order to its outcome on its consumer queue. */
  invoke_to_outcome_ms: LatencySummary;
  /** Outcomes whose arrival was matched to an order of the run. */
  outcomes_timed: number;
  deleted: number;
  retried: number;
  whole_batch_failures: number;
  delivered: Record<string, number>;
  dead_lettered: number;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_BILLED_CONFIG ?? "") as BilledConfig;
  const orders = (JSON.parse(readFileSync(config.ordersFile, "utf8")) as string[]).length;
  const emulator = await startEmulatorProcess(config.emulatorScript, {
    timeoutMs: 20_000,
    snsRttMs: config.rttMs,
  });
  try {
    reportResult(await measure(config, orders, emulator));
  } finally {
    await emulator.stop();
  }
  process.exit(0);
}

/** A forked instance process, as the run sees it. */
interface Instance {
  child: ChildProcess;
  deleted: number;
  ready: Promise<void>;
  done: Promise<Extract<InstanceMessage, { kind: "done" }>>;
  /** Resolves when the process has exited, by any path. */
  exit: Promise<void>;
}

function startInstance(script: string, config: InstanceConfig): Instance {
  const child = fork(script, [], {
    execPath: process.execPath,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      BENCH_INSTANCE_CONFIG: JSON.stringify(config),
    },
    // The handlers' logs go nowhere, as in the other benchmarks; errors stay visible.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  process.once("exit", kill);
  const instance: Instance = { child, deleted: 0 } as Instance;
  instance.exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) =>
      reject(new Error(`billed: an instance exited (${signal ?? code}) before reporting`)),
    ),
  );
  exited.catch(() => {}); // observed through ready/done
  instance.ready = Promise.race([
    new Promise<void>((resolve) =>
      child.on("message", (m: InstanceMessage) => {
        if (m.kind === "ready") resolve();
      }),
    ),
    exited,
  ]);
  instance.done = Promise.race([
    new Promise<Extract<InstanceMessage, { kind: "done" }>>((resolve) =>
      child.on("message", (m: InstanceMessage) => {
        if (m.kind === "progress") instance.deleted = m.deleted;
        if (m.kind === "done") resolve(m);
      }),
    ),
    exited,
  ]);
  return instance;
}

async function measure(
  config: BilledConfig,
  orders: number,
  emulator: EmulatorProcess,
): Promise<BilledResult> {
  const { endpoint, snsEndpoint } = emulator;
  if (!snsEndpoint) throw new Error("billed: the emulator process runs no SNS latency proxy");
  const credentials = { accessKeyId: "bench", secretAccessKey: "bench" };
  // Setup goes to the emulator directly: only the handlers' calls pass through the latency model.
  const sqs = new SQSClient({
    endpoint,
    region: "us-east-1",
    credentials,
    useQueueUrlAsEndpoint: false,
  });
  const sns = new SNSClient({ endpoint, region: "us-east-1", credentials });
  const topology = benchTopology(config);
  const rendered = await renderTopology(topology, { sqs, sns });
  sqs.destroy();
  sns.destroy();

  // Each instance imports its handler with this environment, as Lambda does at a cold start.
  const processor = lookup(topology.functions, PROCESSOR, "function");
  const instanceConfig: InstanceConfig = {
    handlerFile: config.handlerFile,
    env: {
      ...resolveEnvironment(processor, (topic) => rendered.topicArn[topic]),
      AWS_ENDPOINT_URL_SNS: snsEndpoint,
      AWS_REGION: "us-east-1",
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_LAMBDA_FUNCTION_NAME: "order-processor",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(processor.memorySizeMb),
    },
    sqsEndpoint: endpoint,
    queueUrl: rendered.queueUrl[ORDERS_QUEUE] as string,
    queueArn: rendered.queueArn[ORDERS_QUEUE] as string,
    batchSize: config.batchSize,
    maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds,
    batchingWindowMs: config.batchingWindowMs,
  };
  const instances = Array.from({ length: config.instances }, () =>
    startInstance(config.instanceScript, instanceConfig),
  );
  let reports: Extract<InstanceMessage, { kind: "done" }>[];
  let elapsed: number;
  try {
    await Promise.all(instances.map((i) => i.ready));
    await emulator.load(ORDERS_QUEUE, config.ordersFile);
    const start = performance.now();
    const deleted = () => instances.reduce((sum, i) => sum + i.deleted, 0);
    while (deleted() < orders) {
      if (performance.now() - start > config.timeoutMs) {
        throw new Error(
          `billed: only ${deleted()} of ${orders} orders done in ${config.timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    elapsed = performance.now() - start;
    for (const i of instances) i.child.send({ op: "stop" });
    reports = await Promise.all(instances.map((i) => i.done));
    // They exit by themselves once their report is sent; a straggler is killed below.
    await Promise.race([
      Promise.all(instances.map((i) => i.exit)),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
  } finally {
    for (const i of instances) {
      if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill("SIGKILL");
    }
  }

  const sentAt = new Map<string, number>();
  const invokedAt = new Map<string, number>();
  for (const report of reports) {
    for (const [id, sent, invoked] of report.orders) {
      sentAt.set(id, sent);
      invokedAt.set(id, invoked);
    }
  }
  const consumerQueues = topology.subscriptions.map((s) => s.queue);
  const dlqName = `${ORDERS_QUEUE}-dlq`;
  const depths = await emulator.depths([...consumerQueues, dlqName]);
  const arrivals = await emulator.arrivals(consumerQueues);
  const sendToOutcome: number[] = [];
  const invokeToOutcome: number[] = [];
  for (const queue of consumerQueues) {
    for (const [id, arrived] of arrivals[queue] ?? []) {
      const sent = sentAt.get(id);
      const invoked = invokedAt.get(id);
      if (sent === undefined || invoked === undefined) continue;
      sendToOutcome.push(arrived - sent);
      invokeToOutcome.push(arrived - invoked);
    }
  }
  const summary = (values: number[]): LatencySummary =>
    values.length === 0
      ? { p50: Number.NaN, p99: Number.NaN }
      : { p50: percentile(values, 50), p99: percentile(values, 99) };
  const delivered: Record<string, number> = {};
  for (const queue of consumerQueues) delivered[queue] = depths[queue] ?? 0;
  return {
    orders,
    rtt_ms: config.rttMs,
    instances: config.instances,
    elapsed_ms: elapsed,
    invocations: reports.flatMap((r) => r.invocations),
    sns: await emulator.snsStats(),
    send_to_outcome_ms: summary(sendToOutcome),
    invoke_to_outcome_ms: summary(invokeToOutcome),
    outcomes_timed: sendToOutcome.length,
    deleted: instances.reduce((sum, i) => sum + i.deleted, 0),
    retried: reports.reduce((sum, r) => sum + r.retried, 0),
    whole_batch_failures: reports.reduce((sum, r) => sum + r.wholeBatchFailures, 0),
    delivered,
    dead_lettered: depths[dlqName] ?? 0,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
