import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { SourceMap } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { SqsEvent } from "../../generated/types.js";
import { functionArn, lambdaContext } from "../../local/async/lambda-context.js";
import { EventSourceMapping } from "../../local/esm/event-source-mapping.js";
import type { InvocationSample } from "../lib/billing.js";
import { runAsChild } from "../lib/child-main.js";
import {
  type CpuProfile,
  type ProfileFrame,
  type ProfileSplit,
  splitProfile,
} from "../lib/profile.js";

// One Lambda instance of the billed-duration benchmark, in a process of its own: a handler bundle,
// imported with the environment it is given (as Lambda imports it at a cold start), driven by the
// project's event source mapping simulator one invocation at a time, each with a Lambda context
// (so the handler's deadline runs as deployed). Started by bench/children/billed.mts: it sends
// `ready` once the handler is imported and `progress` after each invocation; on `stop` it ends with
// its invocations and, per order, when it was sent and invoked. With `profile`, V8's CPU profiler
// samples the whole process and the samples inside invocations are split by category
// (bench/lib/profile.ts), the handler's frames located through its bundle's source map.

/** What the parent passes in BENCH_INSTANCE_CONFIG. */
export interface InstanceConfig {
  handlerFile: string;
  /** The handler's environment (topic ARNs, the SNS endpoint of the latency proxy, Lambda's). */
  env: Record<string, string>;
  /** The Lambda context each invocation gets. */
  context: { functionName: string; memoryMb: number; timeoutSeconds: number };
  sqsEndpoint: string;
  queueUrl: string;
  queueArn: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  batchingWindowMs: number;
  /** Profile the invocations' CPU: the handler bundle's source map, and the repository root. */
  profile?: { sourceMapFile: string; repoRoot: string; samplingIntervalUs: number };
}

/** The instance's events. */
export type InstanceEvent = { kind: "ready" } | { kind: "progress"; deleted: number };

/** What the parent may ask. */
export type InstanceRequest = { op: "stop" };

/** What the instance ends with. */
export interface InstanceReport {
  invocations: InvocationSample[];
  /** Per order it handled: [messageId, SentTimestamp, when its invocation started (epoch ms)]. */
  orders: [string, number, number][];
  retried: number;
  wholeBatchFailures: number;
  /** Peak resident memory of the instance's process (the mapping simulator's share included), MB. */
  peakRssMb: number;
  /** With `profile`: the invocations' sampled CPU by category and source. */
  profile?: ProfileSplit;
}

/** Where a profiled frame's code comes from: the handler's original source, a Node URL, or V8's. */
function frameLocator(
  handlerUrl: string,
  profile: NonNullable<InstanceConfig["profile"]>,
): (frame: ProfileFrame) => string {
  const map = new SourceMap(JSON.parse(readFileSync(profile.sourceMapFile, "utf8")));
  const mapDir = dirname(profile.sourceMapFile);
  const toRepo = (source: string) => {
    const absolute = source.startsWith("file:") ? fileURLToPath(source) : resolve(mapDir, source);
    return relative(profile.repoRoot, absolute);
  };
  return (frame) => {
    if (frame.url === handlerUrl) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as {
        originalSource?: string;
      };
      return entry.originalSource ? toRepo(entry.originalSource) : "(handler bundle)";
    }
    if (frame.url.startsWith("node:")) return frame.url;
    if (frame.url === "") {
      return frame.functionName.startsWith("(")
        ? frame.functionName
        : `(native ${frame.functionName})`;
    }
    // This harness and its own packages (the mapping's SQS client): around the handler, not in it.
    return `bench/instance-harness/${frame.url.split("/").pop()}`;
  };
}

runAsChild<InstanceReport, InstanceEvent, InstanceRequest>(async (child) => {
  const config = JSON.parse(process.env.BENCH_INSTANCE_CONFIG ?? "") as InstanceConfig;
  Object.assign(process.env, config.env);
  let session: Session | undefined;
  if (config.profile) {
    child.doing("starting the CPU profiler");
    session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", {
      interval: config.profile.samplingIntervalUs,
    });
    await session.post("Profiler.start");
  }
  child.doing(`importing the handler ${config.handlerFile}`);
  const handlerUrl = pathToFileURL(config.handlerFile).href;
  const module = (await import(handlerUrl)) as {
    handler: (event: unknown, context: unknown) => Promise<unknown>;
  };
  const region = config.env.AWS_REGION ?? "us-east-1";
  const sqs = new SQSClient({
    endpoint: config.sqsEndpoint,
    region,
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    useQueueUrlAsEndpoint: false,
  });
  const arn = functionArn(region, "000000000000", config.context.functionName);

  const invocations: InvocationSample[] = [];
  const windows: [number, number][] = [];
  const orders: [string, number, number][] = [];
  const seen = new Set<string>();
  const esm = new EventSourceMapping({
    name: "instance",
    sqs,
    queueUrl: config.queueUrl,
    queueArn: config.queueArn,
    region,
    handler: async (event: SqsEvent) => {
      child.doing(
        `in invocation ${invocations.length + 1} (${event.Records.length} records) or the poll after it`,
      );
      const context = lambdaContext({
        functionName: config.context.functionName,
        functionArn: arn,
        requestId: randomUUID(),
        memoryLimitInMB: config.context.memoryMb,
        timeoutSeconds: config.context.timeoutSeconds,
      });
      const startedAt = Date.now();
      const hrStart = process.hrtime.bigint();
      // This thread's CPU only: V8's compiler and GC helper threads run beside it and do not
      // lengthen the invocation, but process.cpuUsage() would count them.
      const cpuBefore = process.threadCpuUsage();
      const started = performance.now();
      try {
        return await module.handler(event, context);
      } finally {
        const wallMs = performance.now() - started;
        const cpu = process.threadCpuUsage(cpuBefore);
        windows.push([Number(hrStart / 1000n), Number(process.hrtime.bigint() / 1000n)]);
        invocations.push({
          records: event.Records.length,
          wallMs,
          cpuMs: (cpu.user + cpu.system) / 1000,
        });
        for (const record of event.Records) {
          if (seen.has(record.messageId)) continue; // a redelivery: keep the first
          seen.add(record.messageId);
          orders.push([record.messageId, Number(record.attributes.SentTimestamp), startedAt]);
        }
      }
    },
    batchSize: config.batchSize,
    maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds,
    batchingWindowMs: config.batchingWindowMs,
    reportBatchItemFailures: true,
    maximumConcurrency: 1,
    onInvocation: () => child.send({ kind: "progress", deleted: esm.stats.deleted }),
  });

  const stop = new Promise<void>((resolveStop) =>
    child.onRequest((request) => {
      if (request.op === "stop") resolveStop();
    }),
  );
  esm.start();
  child.doing("polling the orders queue");
  child.send({ kind: "ready" });
  await stop;
  child.doing("stopping the event source mapping");
  await esm.stop();
  sqs.destroy();
  let profile: ProfileSplit | undefined;
  if (session && config.profile) {
    child.doing("splitting the CPU profile");
    const { profile: taken } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
    session.disconnect();
    profile = splitProfile(taken, windows, frameLocator(handlerUrl, config.profile));
  }
  return {
    invocations,
    orders,
    retried: esm.stats.retried,
    wholeBatchFailures: esm.stats.wholeBatchFailures,
    // maxRSS is in kilobytes (KiB) on Linux.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...(profile ? { profile } : {}),
  };
});
