import { readFileSync } from "node:fs";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";
import { lookup, ORDERS_QUEUE, PROCESSOR, resolveEnvironment } from "../../topology/index.js";
import { type EmulatorProcess, startEmulatorProcess } from "../e2e/emulator-process.js";
import { benchTopology, renderTopology } from "../e2e/render-topology.js";
import { type InvocationSample, percentile } from "../lib/billing.js";
import { type ChildContext, runAsChild } from "../lib/child-main.js";
import { type StartedChild, startChild } from "../lib/child-runner.js";
import type { ProfileSplit } from "../lib/profile.js";
import { waitForWork } from "../lib/progress.js";
import type { SnsLatencyStats } from "../support/sns-latency-proxy.js";
import type {
  InstanceConfig,
  InstanceEvent,
  InstanceReport,
  InstanceRequest,
} from "./instance.mjs";

// One billed-duration run: the emulator in a child process with the SNS latency proxy in front of
// it, the project's topology, and Lambda instances of one or more handlers, each instance a process
// of its own (bench/children/instance.mts: one handler bundle, the project's event source mapping
// simulator, one invocation at a time), all polling the orders queue (handlers side by side share
// the machine's load alike). Once every instance has imported its
// handler, the orders are sent; the run ends when all are deleted. The handlers' SNS clients go
// through the proxy (each call takes the round-trip time); SQS traffic goes to the emulator
// directly (in AWS the mapping's polling happens outside the function and is not billed as its
// duration). Reports each invocation's wall and CPU time, what the proxy saw, and when each
// order's outcome reached its consumer queue.

/** One handler of a run, on its own instances. */
export interface BilledHandlerSpec {
  /** Its name in the result ("ours", "seed", "bare"). */
  name: string;
  file: string;
  /** Lambda instances (processes), each taking one invocation at a time. */
  instances: number;
  /**
   * The bare-publish baseline (bench/baselines/bare-publish.ts): its handler gets the orders file
   * and the orders queue's ARN, to build every outcome at import; its outcomes are not timed.
   */
  prebuiltOutcomes?: boolean;
  /**
   * Profile its invocations' CPU (bench/lib/profile.ts): the bundle's source map, the repository
   * root (profiled frames are named by repository path) and the sampling interval (µs).
   */
  profile?: InstanceConfig["profile"];
}

export interface BilledConfig {
  handlers: BilledHandlerSpec[];
  ordersFile: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  /** The batching window, compressed for a local run (ms). */
  batchingWindowMs: number;
  /** false for the seed: its messages carry no message_type for the topology's filters. */
  filterPolicies: boolean;
  /** Round-trip time of every SNS call (ms). */
  rttMs: number;
  /** The bundled bench/children/emulator.mts and bench/children/instance.mts. */
  emulatorScript: string;
  instanceScript: string;
  /** The run fails when no order has been done for this long (a loaded machine is only slow). */
  stallTimeoutMs: number;
}

/** p50 and p99 of a latency, in ms. */
export interface LatencySummary {
  p50: number;
  p99: number;
}

/** What one handler of a run did. */
export interface BilledHandlerResult {
  instances: number;
  invocations: InvocationSample[];
  /** Orders its invocations took (first receives). */
  orders: number;
  /** The largest peak resident memory of one of its instances (MB). */
  peak_rss_mb: number;
  /** With `profile`: its invocations' sampled CPU by category, its instances summed. */
  profile?: ProfileSplit;
}

export interface BilledResult {
  orders: number;
  rtt_ms: number;
  instances: number;
  elapsed_ms: number;
  /** Every invocation of every handler. */
  invocations: InvocationSample[];
  /** Per handler (by name). */
  handlers: Record<string, BilledHandlerResult>;
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

type Instance = StartedChild<InstanceReport, InstanceEvent, InstanceRequest> & {
  deleted: number;
  handler: string;
};

/** Every instance's profile, summed. */
function sumProfiles(splits: ProfileSplit[]): ProfileSplit | undefined {
  const [first, ...rest] = splits;
  if (!first) return undefined;
  const sum: ProfileSplit = structuredClone(first);
  for (const split of rest) {
    for (const [k, v] of Object.entries(split.byCategory)) {
      sum.byCategory[k as keyof ProfileSplit["byCategory"]] += v;
    }
    for (const [k, v] of Object.entries(split.bySource)) {
      sum.bySource[k] = (sum.bySource[k] ?? 0) + v;
    }
    Object.assign(sum.sourceCategory, split.sourceCategory);
    sum.samples += split.samples;
    sum.totalUs += split.totalUs;
  }
  return sum;
}

async function measure(
  config: BilledConfig,
  orders: number,
  emulator: EmulatorProcess,
  child: ChildContext<never, never>,
): Promise<BilledResult> {
  const { endpoint, snsEndpoint } = emulator;
  if (!snsEndpoint) throw new Error("the emulator process runs no SNS latency proxy");
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
  child.doing("creating the topology on the emulator");
  const rendered = await renderTopology(topology, { sqs, sns });
  sqs.destroy();
  sns.destroy();

  // Each instance imports its handler with this environment, as Lambda does at a cold start.
  const processor = lookup(topology.functions, PROCESSOR, "function");
  const queueArn = rendered.queueArn[ORDERS_QUEUE] as string;
  const instanceConfig = (handler: BilledHandlerSpec): InstanceConfig => ({
    handlerFile: handler.file,
    env: {
      ...resolveEnvironment(processor, (topic) => rendered.topicArn[topic]),
      AWS_ENDPOINT_URL_SNS: snsEndpoint,
      AWS_REGION: "us-east-1",
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_LAMBDA_FUNCTION_NAME: "order-processor",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(processor.memorySizeMb),
      ...(handler.prebuiltOutcomes
        ? { BENCH_ORDERS_FILE: config.ordersFile, BENCH_ORDERS_QUEUE_ARN: queueArn }
        : {}),
    },
    context: {
      functionName: "order-processor",
      memoryMb: processor.memorySizeMb,
      timeoutSeconds: processor.timeoutSeconds,
    },
    sqsEndpoint: endpoint,
    queueUrl: rendered.queueUrl[ORDERS_QUEUE] as string,
    queueArn,
    batchSize: config.batchSize,
    maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds,
    batchingWindowMs: config.batchingWindowMs,
    ...(handler.profile ? { profile: handler.profile } : {}),
  });
  const total = config.handlers.reduce((n, h) => n + h.instances, 0);
  child.doing(`starting ${total} instance(s)`);
  const instances: Instance[] = config.handlers.flatMap((handler) =>
    Array.from({ length: handler.instances }, () => {
      const started = startChild<InstanceReport, InstanceEvent, InstanceRequest>(
        config.instanceScript,
        // No time limit of their own: they serve until told to stop, or until this process goes.
        { env: { BENCH_INSTANCE_CONFIG: JSON.stringify(instanceConfig(handler)) } },
      );
      const instance = Object.assign(started, { deleted: 0, handler: handler.name });
      started.onEvent((event) => {
        if (event.kind === "progress") instance.deleted = event.deleted;
      });
      return instance;
    }),
  );
  const failed = (i: Instance, error: unknown) =>
    new Error(
      `instance ${instances.indexOf(i) + 1} of ${instances.length} (${i.handler}, pid ${i.pid}): ${(error as Error).message}`,
    );
  // The first instance to fail ends the run, with its own account of what it was doing.
  const anyFailure = Promise.race(
    instances.map((i) =>
      i.result.then(
        () => new Promise<never>(() => {}),
        (error: unknown) => Promise.reject(failed(i, error)),
      ),
    ),
  );
  anyFailure.catch(() => {});
  let reports: InstanceReport[];
  let elapsed: number;
  try {
    child.doing(`waiting for ${total} instance(s) to import their handler`);
    await Promise.race([
      Promise.all(instances.map((i) => i.waitFor((e) => (e.kind === "ready" ? true : undefined)))),
      anyFailure,
    ]);
    child.doing("loading the orders on the orders queue");
    await emulator.load(ORDERS_QUEUE, config.ordersFile);
    const start = performance.now();
    await waitForWork({
      done: () => instances.reduce((sum, i) => sum + i.deleted, 0),
      total: orders,
      stallMs: config.stallTimeoutMs,
      what: "orders handled and deleted",
      interrupt: anyFailure,
      onThousand: (done) =>
        child.doing(`waiting for the orders to be handled (${done} or more of ${orders} done)`),
    });
    elapsed = performance.now() - start;
    child.doing("stopping the instances and collecting their reports");
    for (const i of instances) i.send({ op: "stop" });
    reports = await Promise.race([Promise.all(instances.map((i) => i.result)), anyFailure]);
  } finally {
    for (const i of instances) i.kill();
  }

  child.doing("collecting what the emulator and the proxy saw");
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
  const handlers: Record<string, BilledHandlerResult> = {};
  for (const handler of config.handlers) {
    const own = reports.filter((_, n) => instances[n]?.handler === handler.name);
    const profile = sumProfiles(own.flatMap((r) => (r.profile ? [r.profile] : [])));
    handlers[handler.name] = {
      instances: handler.instances,
      invocations: own.flatMap((r) => r.invocations),
      orders: own.reduce((n, r) => n + r.orders.length, 0),
      peak_rss_mb: Math.max(...own.map((r) => r.peakRssMb)),
      ...(profile ? { profile } : {}),
    };
  }
  return {
    orders,
    rtt_ms: config.rttMs,
    instances: total,
    handlers,
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

runAsChild<BilledResult>(async (child) => {
  const config = JSON.parse(process.env.BENCH_BILLED_CONFIG ?? "") as BilledConfig;
  const orders = (JSON.parse(readFileSync(config.ordersFile, "utf8")) as string[]).length;
  child.doing("starting the emulator");
  const emulator = await startEmulatorProcess(config.emulatorScript, {
    timeoutMs: 120_000,
    snsRttMs: config.rttMs,
  });
  try {
    return await measure(config, orders, emulator, child);
  } finally {
    // No `doing` here: a failure above must keep naming its own step.
    await emulator.stop();
  }
});
