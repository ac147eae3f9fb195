import { runIsClean } from "../../local/demo/summary";
import { demoTraffic } from "../../local/demo/traffic";
import { type FaultKind, randomPublishFaults } from "../../local/faults/policies";
import type { LocalPipeline, LocalPipelineOptions } from "../../local/pipeline";
import { buildTopology } from "../../topology/build";
import { defaultTopologySettings } from "../../topology/settings";

/**
 * Local time compression for soaks, in AWS's proportions (a 30 s processor timeout, 3 s SNS request
 * timeout, 1 s deadline margin) divided by about ten, so that a hang costs seconds, not minutes. The
 * visibility timeout stays above the processor timeout, as AWS requires (6x there), so an
 * invocation never outlives the visibility of its records.
 */
export const SOAK_TIMING = Object.freeze({
  processorTimeoutSeconds: 3,
  visibilityTimeoutSeconds: 3,
  functionEnvironment: Object.freeze({
    SNS_CONNECTION_TIMEOUT_MS: "300",
    SNS_REQUEST_TIMEOUT_MS: "1000",
    PUBLISH_DEADLINE_MARGIN_MS: "300",
  }),
});

/**
 * The local pipeline's options for a soak: the topology the Pulumi program deploys, with the
 * processor's timeout and the SNS timeouts compressed (`SOAK_TIMING`).
 *
 * @example const pipeline = await LocalPipeline.start(soakPipelineOptions());
 */
export function soakPipelineOptions(): LocalPipelineOptions {
  const topology = buildTopology({
    ...defaultTopologySettings,
    processor: {
      ...defaultTopologySettings.processor,
      timeoutSeconds: SOAK_TIMING.processorTimeoutSeconds,
    },
  });
  return {
    topology,
    visibilityTimeoutSeconds: SOAK_TIMING.visibilityTimeoutSeconds,
    functionEnvironment: SOAK_TIMING.functionEnvironment,
  };
}

/** What a soak sends and breaks. */
export interface SoakOptions {
  readonly orders: number;
  /** Each outcome publish attempt fails with this probability (0..1). */
  readonly faultRate: number;
  /** How publishes fail, split evenly (default: entry faults, 5xx and hangs). */
  readonly kinds: readonly FaultKind[];
  readonly seed: number;
  readonly timeoutMs: number;
  /** Called every few seconds while waiting. */
  readonly onProgress?: (figures: { sent: number; ended: number; faults: number }) => void;
}

/** The figures of a soak run; `ok` when every order ended exactly once and the run settled. */
export interface SoakFigures {
  ok: boolean;
  orders: number;
  fault_rate: number;
  fault_kinds: FaultKind[];
  seed: number;
  settled: boolean;
  duration_s: number;
  send_s: number;
  orders_per_s: number;
  success_outcomes: number;
  failure_outcomes: number;
  dead_lettered: number;
  unaccounted: number;
  multiply_accounted: number;
  duplicate_deliveries: number;
  not_as_expected: number;
  /** PublishBatch entries reported as failed (HTTP 200). */
  entry_faults: number;
  /** Publish requests answered with HTTP 5xx. */
  http_5xx: number;
  /** Publish requests that hung (never answered). */
  hangs: number;
  /** PublishBatch entries SNS (the emulator) received. */
  entries_forwarded: number;
  processor_batches: number;
  records_delivered: number;
  records_redelivered: number;
  whole_batch_failures: number;
  /** Processor invocations that stopped waiting on SNS at their deadline. */
  deadline_invocations: number;
  /** The longest processor invocation, and the processor's timeout it must stay under. */
  longest_invocation_ms: number;
  processor_timeout_ms: number;
  consumers: {
    consumer: string;
    admitted_by_filter: number;
    received: number;
    handled: number;
    missing: number;
    unexpected: number;
  }[];
}

/**
 * Sends `orders` demo orders (30% invalid of every kind) through a running pipeline while the fault
 * proxy fails publishes at random, waits until everything settled, clears the faults, and checks
 * that every input ended exactly once (success outcome, failure outcome or DLQ).
 *
 * @example
 * const pipeline = await LocalPipeline.start(soakPipelineOptions());
 * const figures = await runSoak(pipeline, { orders: 1000, faultRate: 0.3, kinds: FAULT_KINDS, seed: 1, timeoutMs: 600_000 });
 * figures.unaccounted; // 0
 */
export async function runSoak(pipeline: LocalPipeline, options: SoakOptions): Promise<SoakFigures> {
  const started = performance.now();
  const processorKey = "processor-orders";
  const processorSpec = pipeline.topology.functions.find((f) => f.key === "processor");
  let longest = 0;
  let deadlineInvocations = 0;
  pipeline.onInvocation((report) => {
    if (report.mapping === processorKey) longest = Math.max(longest, report.durationMs);
  });
  pipeline.logs.onRecord((record) => {
    if (record.message.startsWith("publish deadline passed")) deadlineInvocations++;
  });

  const faults = randomPublishFaults(options.faultRate, options.seed, options.kinds);
  pipeline.proxy.setEntryFaults(faults.entry);
  pipeline.proxy.setCallFaults(faults.call);
  const progress = setInterval(() => {
    const s = pipeline.ledger.summary();
    const f = pipeline.proxy.stats;
    options.onProgress?.({
      sent: s.sent,
      ended: s.success_outcomes + s.failure_outcomes + s.dead_lettered,
      faults: f.entriesFailed + f.callsFailed + f.callsHung,
    });
  }, 3000);
  let sentMs = 0;
  let settled = false;
  try {
    const traffic = demoTraffic({
      orders: options.orders,
      seed: options.seed,
      invocations: 0,
      poisoned: 0,
    });
    const sending = performance.now();
    await pipeline.send(traffic.queued);
    sentMs = performance.now() - sending;
    settled = await pipeline.waitUntilQuiet({ timeoutMs: options.timeoutMs });
  } finally {
    clearInterval(progress);
    pipeline.proxy.setEntryFaults(undefined);
    pipeline.proxy.setCallFaults(undefined);
  }
  const summary = await pipeline.summary();
  const durationMs = performance.now() - started;
  const { ledger } = summary;
  const processor = summary.mappings[processorKey];
  const injected = summary.injected_faults;
  return {
    ok: runIsClean(summary, { settled }),
    orders: ledger.sent,
    fault_rate: options.faultRate,
    fault_kinds: [...options.kinds],
    seed: options.seed,
    settled,
    duration_s: Number((durationMs / 1000).toFixed(1)),
    send_s: Number((sentMs / 1000).toFixed(1)),
    orders_per_s: Math.round(ledger.sent / (durationMs / 1000)),
    success_outcomes: ledger.success_outcomes,
    failure_outcomes: ledger.failure_outcomes,
    dead_lettered: ledger.dead_lettered,
    unaccounted: ledger.unaccounted,
    multiply_accounted: ledger.multiply_accounted,
    duplicate_deliveries: ledger.duplicate_deliveries,
    not_as_expected: ledger.not_as_expected,
    entry_faults: injected.entriesFailed,
    http_5xx: injected.callsFailed,
    hangs: injected.callsHung,
    entries_forwarded: injected.entriesForwarded,
    processor_batches: processor?.invocations ?? 0,
    records_delivered: processor?.records ?? 0,
    records_redelivered: processor?.retried ?? 0,
    whole_batch_failures: processor?.wholeBatchFailures ?? 0,
    deadline_invocations: deadlineInvocations,
    longest_invocation_ms: Math.round(longest),
    processor_timeout_ms: (processorSpec?.timeoutSeconds ?? 0) * 1000,
    consumers: summary.consumers.map((c) => ({
      consumer: c.consumer,
      admitted_by_filter: c.admitted_by_filter,
      received: c.received,
      handled: c.handled,
      missing: c.missing,
      unexpected: c.unexpected,
    })),
  };
}

/** The figures as lines a person reads. Pure. */
export function soakReport(f: SoakFigures): string {
  const attempts = f.entry_faults + f.entries_forwarded;
  return [
    `Soak: ${f.orders} orders, ${(f.fault_rate * 100).toFixed(0)}% of outcome publish attempts failed at random as ${f.fault_kinds.join(", ")} (seed ${f.seed})`,
    `  time            ${f.duration_s} s in all (sending ${f.send_s} s), ${f.orders_per_s} orders/s`,
    `  ended as        ${f.success_outcomes} success, ${f.failure_outcomes} failure, ${f.dead_lettered} DLQ`,
    `  unaccounted     ${f.unaccounted}   (ended twice: ${f.multiply_accounted}; duplicate deliveries: ${f.duplicate_deliveries}; not as expected: ${f.not_as_expected})`,
    `  faults          ${f.entry_faults} entries failed (of ${attempts} that reached SNS or the proxy's entry faults), ${f.http_5xx} requests answered 5xx, ${f.hangs} requests hung`,
    `  processor       ${f.processor_batches} batches, ${f.records_delivered} records delivered, ${f.records_redelivered} redelivered, ${f.whole_batch_failures} whole-batch failures`,
    `  deadline        ${f.deadline_invocations} invocations stopped waiting at their deadline; longest invocation ${f.longest_invocation_ms} ms of its ${f.processor_timeout_ms} ms timeout`,
    ...f.consumers.map(
      (c) =>
        `  ${c.consumer.padEnd(15)} received ${c.received} of ${c.admitted_by_filter} its filter admits (missing ${c.missing}, unexpected ${c.unexpected}), handled ${c.handled}`,
    ),
    f.ok ? "  OK: zero unaccounted." : "  NOT OK: see the figures above.",
    "",
  ].join("\n");
}
