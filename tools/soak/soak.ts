import { processorSettings, settingsEnvironment } from "../../lib/processor-settings";
import { runIsClean } from "../../local/demo/summary";
import { demoTraffic } from "../../local/demo/traffic";
import { type FaultKind, randomPublishFaults } from "../../local/faults/policies";
import type { LocalPipeline, LocalPipelineOptions } from "../../local/pipeline";
import { buildTopology } from "../../topology/build";
import { defaultTopologySettings } from "../../topology/settings";

/**
 * Local time compression for soaks: AWS's 30 s processor timeout and 3 s SNS request timeout
 * divided by about ten, so that a hang costs a second, not minutes. The deadline margin is
 * relatively larger (500 ms of 3 s, against 1 s of 30 s) because here one process runs the emulator,
 * the proxy and every function, and its event loop lags under load. The visibility timeout stays
 * above the processor timeout, as AWS requires (6x there), so an invocation never outlives the
 * visibility of its records.
 */
export const SOAK_TIMING = Object.freeze({
  processorTimeoutSeconds: 3,
  visibilityTimeoutSeconds: 3,
  /** The processor's SNS timing settings (`processorSettings.timing`), compressed. */
  publishTiming: Object.freeze({
    connectionTimeoutMs: 300,
    requestTimeoutMs: 1000,
    deadlineMarginMs: 500,
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
    functionEnvironment: settingsEnvironment(processorSettings.timing, SOAK_TIMING.publishTiming),
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
  /** Inputs that ended in more than one place. */
  multiply_accounted: number;
  /**
   * Of those, inputs whose outcome was published and that are also in the DLQ: the publish was
   * delivered but not confirmed in time, the record was redelivered until its receives ran out. A
   * duplicate (same outcome), never a loss; every other double ending fails the run.
   */
  published_and_dead_lettered: number;
  /** Inputs with outcomes of two different statuses (must be 0). */
  conflicting_outcomes: number;
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
  /** Publish/PublishBatch requests (HTTP attempts) the proxy saw. */
  publish_requests: number;
  /**
   * The share of outcome publish attempts that failed, as drawn: requests failed whole, plus the
   * entries failed alone in the others (what `fault_rate` asks for).
   */
  attempt_failure_rate: number;
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
  // Count what the policies decide, to report the fault rate each publish attempt really met.
  const drawn = { requests: 0, requestsFailed: 0, entries: 0, entriesFailed: 0 };
  pipeline.proxy.setCallFaults((call) => {
    drawn.requests++;
    const fault = faults.call?.(call);
    if (fault) drawn.requestsFailed++;
    return fault;
  });
  pipeline.proxy.setEntryFaults((entry) => {
    drawn.entries++;
    const fault = faults.entry?.(entry);
    if (fault) drawn.entriesFailed++;
    return fault;
  });
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
  const doubles = classifyDoubleEndings(
    pipeline.tapped.map((t) => t.text),
    await pipeline.accountDeadLetters(),
  );
  // An input published and also dead-lettered had its outcome delivered while its confirmation was
  // lost (a late answer, or the deadline): a duplicate, not a loss. Any other double ending fails.
  const strict = {
    ...summary,
    ledger: {
      ...ledger,
      multiply_accounted: ledger.multiply_accounted - doubles.publishedAndDeadLettered,
    },
  };
  const processor = summary.mappings[processorKey];
  const injected = summary.injected_faults;
  return {
    ok: runIsClean(strict, { settled }) && doubles.conflicting === 0,
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
    published_and_dead_lettered: doubles.publishedAndDeadLettered,
    conflicting_outcomes: doubles.conflicting,
    duplicate_deliveries: ledger.duplicate_deliveries,
    not_as_expected: ledger.not_as_expected,
    entry_faults: injected.entriesFailed,
    http_5xx: injected.callsFailed,
    hangs: injected.callsHung,
    entries_forwarded: injected.entriesForwarded,
    publish_requests: drawn.requests,
    attempt_failure_rate: Number(attemptFailureRate(drawn).toFixed(3)),
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

function attemptFailureRate(d: {
  requests: number;
  requestsFailed: number;
  entries: number;
  entriesFailed: number;
}): number {
  const whole = d.requests > 0 ? d.requestsFailed / d.requests : 0;
  const alone = d.entries > 0 ? d.entriesFailed / d.entries : 0;
  return whole + (1 - whole) * alone;
}

/**
 * Among the outcomes the topics carried and the DLQ's messages: how many DLQ messages also have a
 * published outcome (matched by message id, or by the echoed body), and how many inputs have
 * outcomes of more than one status. Pure.
 */
export function classifyDoubleEndings(
  topicTexts: readonly string[],
  deadLetters: readonly { MessageId?: string; Body?: string }[],
): { publishedAndDeadLettered: number; conflicting: number } {
  const statusesById = new Map<string, Set<string>>();
  const idByBody = new Map<string, string>();
  for (const text of topicTexts) {
    let outcome: { message_type?: unknown; message_id?: unknown; status?: unknown; body?: unknown };
    try {
      outcome = JSON.parse(text);
    } catch {
      continue;
    }
    if (outcome?.message_type !== "order.outcome" || typeof outcome.message_id !== "string") {
      continue;
    }
    const statuses = statusesById.get(outcome.message_id) ?? new Set<string>();
    statuses.add(String(outcome.status));
    statusesById.set(outcome.message_id, statuses);
    if (typeof outcome.body === "string") idByBody.set(outcome.body, outcome.message_id);
  }
  let publishedAndDeadLettered = 0;
  for (const m of deadLetters) {
    const id = statusesById.has(m.MessageId ?? "") ? m.MessageId : idByBody.get(m.Body ?? "");
    if (id !== undefined && statusesById.get(id)?.size === 1) publishedAndDeadLettered++;
  }
  let conflicting = 0;
  for (const statuses of statusesById.values()) if (statuses.size > 1) conflicting++;
  return { publishedAndDeadLettered, conflicting };
}

/** The figures as lines a person reads. Pure. */
export function soakReport(f: SoakFigures): string {
  const attempts = f.entry_faults + f.entries_forwarded;
  return [
    `Soak: ${f.orders} orders, ${(f.fault_rate * 100).toFixed(0)}% of outcome publish attempts failed at random as ${f.fault_kinds.join(", ")} (seed ${f.seed})`,
    `  time            ${f.duration_s} s in all (sending ${f.send_s} s), ${f.orders_per_s} orders/s`,
    `  ended as        ${f.success_outcomes} success, ${f.failure_outcomes} failure, ${f.dead_lettered} DLQ`,
    `  unaccounted     ${f.unaccounted}   (ended twice: ${f.multiply_accounted}, of which published and then dead-lettered: ${f.published_and_dead_lettered}; duplicate deliveries: ${f.duplicate_deliveries}; not as expected: ${f.not_as_expected})`,
    `  faults          ${(f.attempt_failure_rate * 100).toFixed(1)}% of publish attempts failed: of ${f.publish_requests} requests, ${f.http_5xx} answered 5xx and ${f.hangs} hung; ${f.entry_faults} of ${attempts} entries in the others failed`,
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
