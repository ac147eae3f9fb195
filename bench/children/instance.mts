import { pathToFileURL } from "node:url";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { SqsEvent } from "../../generated/types.js";
import { EventSourceMapping } from "../../local/esm/event-source-mapping.js";
import type { InvocationSample } from "../lib/billing.js";

// One Lambda instance of the billed-duration benchmark, in a process of its own: a handler bundle,
// imported with the environment it is given (as Lambda imports it at a cold start), driven by the
// project's event source mapping simulator one invocation at a time. Forked by
// bench/children/billed.mts: it reports `ready` once the handler is imported, `progress` after
// each invocation, and on `stop` its invocations and, per order, when it was sent and invoked.

/** What the parent passes in BENCH_INSTANCE_CONFIG. */
export interface InstanceConfig {
  handlerFile: string;
  /** The handler's environment (topic ARNs, the SNS endpoint of the latency proxy, Lambda's). */
  env: Record<string, string>;
  sqsEndpoint: string;
  queueUrl: string;
  queueArn: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  batchingWindowMs: number;
}

/** What the instance tells its parent over IPC. */
export type InstanceMessage =
  | { kind: "ready" }
  | { kind: "progress"; deleted: number }
  | {
      kind: "done";
      invocations: InvocationSample[];
      /** Per order it handled: [messageId, SentTimestamp, when its invocation started (epoch ms)]. */
      orders: [string, number, number][];
      retried: number;
      wholeBatchFailures: number;
    };

function send(message: InstanceMessage, then?: () => void): void {
  process.send?.(message, undefined, {}, () => then?.());
}

async function main(): Promise<void> {
  if (!process.send) {
    throw new Error("bench/children/instance.mts needs an IPC channel: start it with fork()");
  }
  const config = JSON.parse(process.env.BENCH_INSTANCE_CONFIG ?? "") as InstanceConfig;
  Object.assign(process.env, config.env);
  const module = (await import(pathToFileURL(config.handlerFile).href)) as {
    handler: (event: unknown) => Promise<unknown>;
  };
  const sqs = new SQSClient({
    endpoint: config.sqsEndpoint,
    region: config.env.AWS_REGION ?? "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
    useQueueUrlAsEndpoint: false,
  });

  const invocations: InvocationSample[] = [];
  const orders: [string, number, number][] = [];
  const seen = new Set<string>();
  const esm = new EventSourceMapping({
    name: "instance",
    sqs,
    queueUrl: config.queueUrl,
    queueArn: config.queueArn,
    region: config.env.AWS_REGION ?? "us-east-1",
    handler: async (event: SqsEvent) => {
      const startedAt = Date.now();
      // This thread's CPU only: V8's compiler and GC helper threads run beside it and do not
      // lengthen the invocation, but process.cpuUsage() would count them.
      const cpuBefore = process.threadCpuUsage();
      const started = performance.now();
      try {
        return await module.handler(event);
      } finally {
        const wallMs = performance.now() - started;
        const cpu = process.threadCpuUsage(cpuBefore);
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
    onInvocation: () => send({ kind: "progress", deleted: esm.stats.deleted }),
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await esm.stop();
    send(
      {
        kind: "done",
        invocations,
        orders,
        retried: esm.stats.retried,
        wholeBatchFailures: esm.stats.wholeBatchFailures,
      },
      () => process.exit(0),
    );
  };
  process.on("message", (message: { op?: string }) => {
    if (message.op === "stop") void stop();
  });
  // Parent gone: nobody will read the results; stop polling and leave.
  process.on("disconnect", () => process.exit(0));
  esm.start();
  send({ kind: "ready" });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
