import type { LogFileReport } from "../functions/log-capture";
import type { KindRow, OwnInputItem, OwnInputs } from "../observe/ledger";
import { describeWriteError } from "../output/output-stream";
import type { PipelineSummary } from "../pipeline";
import { POISONED_KIND } from "./traffic";

/** Facts about the run that the pipeline does not know. */
export interface RunFacts {
  readonly seed: number;
  readonly durationMs: number;
  /** False when the pipeline did not settle in time (then some inputs may still be moving). */
  readonly settled: boolean;
  readonly endpoint: string;
  readonly embedded: boolean;
  /** `--fault-rate`: the share of all outcome publishes failed at random (0: none). */
  readonly faultRate?: number;
  /** Poisoned orders of the demo: every publish of their outcome is failed on purpose. */
  readonly poisoned?: number;
  /** `--log-file`: what was written to it, and the error that stopped it, if one did. */
  readonly logFile?: LogFileReport;
  /** The error that stopped the progress lines on standard error, if one did. */
  readonly progressFailure?: Error;
}

/** The summary as one JSON object (`npm start -- --json`). */
export interface JsonSummary {
  ok: boolean;
  sent: number;
  success_outcomes: number;
  failure_outcomes: number;
  dead_lettered: number;
  unaccounted: number;
  multiply_accounted: number;
  duplicate_deliveries: number;
  unattributed: number;
  misrouted: number;
  not_as_expected: number;
  settled: boolean;
  seed: number;
  duration_ms: number;
  endpoint: string;
  by_kind: KindRow[];
  consumers: PipelineSummary["consumers"];
  dead_letter_queues: Record<string, number>;
  mappings: PipelineSummary["mappings"];
  async_invocations: PipelineSummary["async_invocations"];
  injected_faults: PipelineSummary["injected_faults"];
  /** What the user sent by hand to a `--keep-running` pipeline, each with where it ended. */
  own_inputs: OwnInputs;
  /** With `--log-file`: the records written to it, and why writing stopped (null: it did not). */
  log_file?: {
    path: string;
    records_written: number;
    records_not_written: number;
    error: string | null;
  };
  /** Why the progress lines could not be written to standard error (null: they were). */
  progress_error: string | null;
}

/**
 * True when the run conserved everything: it settled, every input ended exactly once (the user's
 * own inputs too), no outcome went to the wrong topic, and every consumer received exactly what
 * its filter admits.
 */
export function runIsClean(summary: PipelineSummary, facts: Pick<RunFacts, "settled">): boolean {
  const { ledger, consumers } = summary;
  return (
    facts.settled &&
    ledger.unaccounted === 0 &&
    ledger.multiply_accounted === 0 &&
    ledger.misrouted === 0 &&
    ledger.unattributed === 0 &&
    ledger.own_inputs.no_ending === 0 &&
    ledger.own_inputs.multiply_accounted === 0 &&
    consumers.every((c) => c.missing === 0 && c.unexpected === 0)
  );
}

/** The summary as one JSON object. Pure. */
export function jsonSummary(summary: PipelineSummary, facts: RunFacts): JsonSummary {
  const { ledger } = summary;
  return {
    ok: runIsClean(summary, facts),
    sent: ledger.sent,
    success_outcomes: ledger.success_outcomes,
    failure_outcomes: ledger.failure_outcomes,
    dead_lettered: ledger.dead_lettered,
    unaccounted: ledger.unaccounted,
    multiply_accounted: ledger.multiply_accounted,
    duplicate_deliveries: ledger.duplicate_deliveries,
    unattributed: ledger.unattributed,
    misrouted: ledger.misrouted,
    not_as_expected: ledger.not_as_expected,
    settled: facts.settled,
    seed: facts.seed,
    duration_ms: Math.round(facts.durationMs),
    endpoint: facts.endpoint,
    by_kind: ledger.by_kind,
    consumers: summary.consumers,
    dead_letter_queues: summary.dead_letter_queues,
    mappings: summary.mappings,
    async_invocations: summary.async_invocations,
    injected_faults: summary.injected_faults,
    own_inputs: ledger.own_inputs,
    ...(facts.logFile
      ? {
          log_file: {
            path: facts.logFile.path,
            records_written: facts.logFile.recordsWritten,
            records_not_written: facts.logFile.recordsNotWritten,
            error: facts.logFile.failure ? describeWriteError(facts.logFile.failure) : null,
          },
        }
      : {}),
    progress_error: facts.progressFailure ? describeWriteError(facts.progressFailure) : null,
  };
}

/**
 * One line for each output of the run that could not be written (the log file, the progress
 * lines): none of them changes what the pipeline did, so each says so. Pure.
 */
function outputFailureLines(facts: RunFacts): string[] {
  const lines: string[] = [];
  const log = facts.logFile;
  if (log?.failure) {
    lines.push(
      `Log file NOT complete: writing ${log.path} failed: ${describeWriteError(log.failure)}; ${log.recordsWritten} function log records were written to it, the other ${log.recordsNotWritten} were not. The functions and this run were not affected.`,
    );
  }
  if (facts.progressFailure) {
    lines.push(
      `Progress lines could not be written to standard error: ${describeWriteError(facts.progressFailure)}; this run was not affected.`,
    );
  }
  return lines;
}

/** What to try after a run that is NOT OK, given what the log file holds. */
function rerunHint(logFile: LogFileReport | undefined): string {
  if (!logFile) {
    return "  Rerun with --log-file run.log to keep every function log line, or --keep-running to inspect the queues.";
  }
  if (logFile.failure) {
    return `  ${logFile.path} could not be written (see above): rerun with --log-file on a file system with free space, or --keep-running to inspect the queues.`;
  }
  return `  Every function log line is in ${logFile.path}; rerun with --keep-running to inspect the queues.`;
}

/**
 * The summary a person reads at the end of `npm start`: per kind of input where it ended, what
 * each consumer did, the DLQs, retries and faults, and a verdict. Pure.
 *
 * @example process.stdout.write(textSummary(await pipeline.summary(), facts));
 */
export function textSummary(summary: PipelineSummary, facts: RunFacts): string {
  const { ledger } = summary;
  const lines: string[] = [];
  const seconds = (facts.durationMs / 1000).toFixed(1);
  lines.push(
    `Order events pipeline, run locally (seed ${facts.seed}, ${ledger.sent_sqs} queued + ${ledger.sent_async} asynchronous inputs, ${seconds} s, ${facts.embedded ? "embedded emulator" : "emulator"} at ${facts.endpoint})`,
    "",
    "Where each input ended",
  );
  const header = [
    "  input kind",
    "path",
    "sent",
    "success",
    "failure",
    "DLQ",
    "lost",
    "outcome codes",
  ];
  const rows = ledger.by_kind.map((row) => [
    `  ${row.kind}`,
    row.path === "sqs" ? "queue" : "async",
    String(row.sent),
    String(row.success_outcomes),
    String(row.failure_outcomes),
    String(row.dead_lettered),
    String(row.unaccounted + row.multiply_accounted),
    Object.entries(row.failure_codes)
      .map(([code, n]) => (n === row.failure_outcomes ? code : `${code} ${n}`))
      .join(", "),
  ]);
  const total = [
    "  total",
    "",
    String(ledger.sent),
    String(ledger.success_outcomes),
    String(ledger.failure_outcomes),
    String(ledger.dead_lettered),
    String(ledger.unaccounted + ledger.multiply_accounted),
    "",
  ];
  lines.push(...table([header, ...rows, total]));
  lines.push(
    "  (success/failure: the processor's outcome on the queue path, Lambda's destination record on the async path)",
  );
  lines.push(...ownInputLines(ledger.own_inputs, facts.settled));
  lines.push("", "Consumers");
  for (const c of summary.consumers) {
    const work = describeWork(c.work);
    lines.push(
      `  ${c.consumer} (${c.topic} topic, ${c.raw_delivery ? "raw delivery" : "SNS envelope"}): filter admits ${c.admitted_by_filter}, received ${c.received}${c.missing ? `, MISSING ${c.missing}` : ""}${c.unexpected ? `, UNEXPECTED ${c.unexpected}` : ""}; handled ${c.handled}, duplicates skipped ${c.duplicates_skipped}, rejected ${c.rejected}`,
    );
    if (work) lines.push(`    did: ${work}`);
  }
  lines.push("");
  lines.push(
    `Dead-letter queues: ${Object.entries(summary.dead_letter_queues)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  const processor = summary.mappings["processor-orders"];
  if (processor) {
    lines.push(
      `Processor (SQS event source mapping): ${processor.invocations} batches, ${processor.records} records delivered, ${processor.deleted} deleted, ${processor.retried} left for redelivery, ${processor.wholeBatchFailures} whole-batch failures`,
    );
  }
  for (const [fn, stats] of Object.entries(summary.async_invocations)) {
    lines.push(
      `Asynchronous invocations of ${fn}: ${stats.invoked} invoked, ${stats.attempts} attempts (Lambda retries function errors), ${stats.succeeded} OnSuccess and ${stats.failed} OnFailure records, ${stats.deliveryFailures} delivery failures`,
    );
  }
  const faults = summary.injected_faults;
  if (faults.entriesFailed + faults.callsFailed + faults.callsHung + faults.responsesLost > 0) {
    // Hangs and lost responses are injected only when asked for (the soak); name them only then.
    const wire = [
      faults.callsHung ? `, ${faults.callsHung} calls hung` : "",
      faults.responsesLost ? `, ${faults.responsesLost} responses lost after publishing` : "",
    ].join("");
    lines.push(
      `Injected publish faults: ${faults.entriesFailed} PublishBatch entries failed, ${faults.callsFailed} calls refused${wire}${explainFaults(facts)}`,
    );
  }
  if (ledger.duplicate_deliveries > 0) {
    lines.push(
      `Duplicate deliveries (at-least-once, same outcome id): ${ledger.duplicate_deliveries}`,
    );
  }
  lines.push("", ...outputFailureLines(facts));
  const own = ledger.own_inputs;
  if (runIsClean(summary, facts)) {
    lines.push(
      `OK: nothing unaccounted. Each of the ${ledger.sent} inputs ended exactly once (${ledger.success_outcomes} success, ${ledger.failure_outcomes} failure, ${ledger.dead_lettered} in the DLQ)${own.sent > 0 ? `, each of your ${own.sent} own inputs too` : ""}, and each consumer received exactly what its filter admits.`,
    );
  } else {
    const problems = [
      facts.settled ? "" : "the pipeline did not settle in time",
      ledger.unaccounted
        ? `${ledger.unaccounted} unaccounted (e.g. ${ledger.unaccounted_ids.slice(0, 3).join(", ")})`
        : "",
      ledger.multiply_accounted ? `${ledger.multiply_accounted} ended in more than one place` : "",
      ledger.misrouted ? `${ledger.misrouted} outcomes on the wrong topic` : "",
      ledger.unattributed ? `${ledger.unattributed} messages from no input of this run` : "",
      own.no_ending
        ? `${own.no_ending} of your own inputs ${facts.settled ? "ended nowhere (deleted or purged by hand?)" : "still moving"}`
        : "",
      own.multiply_accounted
        ? `${own.multiply_accounted} of your own inputs ended in more than one place`
        : "",
      ...summary.consumers
        .filter((c) => c.missing || c.unexpected)
        .map(
          (c) =>
            `${c.consumer} received ${c.received} but its filter admits ${c.admitted_by_filter}`,
        ),
    ].filter(Boolean);
    lines.push(`NOT OK: ${problems.join("; ")}.`);
    lines.push(rerunHint(facts.logFile));
  }
  return `${lines.join("\n")}\n`;
}

/** Why faults were injected, when the run knows: the poisoned orders, and --fault-rate. */
function explainFaults(facts: RunFacts): string {
  const poisoned = facts.poisoned ?? 0;
  const rate = facts.faultRate;
  if (rate === undefined) return "";
  const poison =
    poisoned > 0
      ? `the ${poisoned} poisoned orders ("${POISONED_KIND}") fail every publish of their outcome, so SQS delivers them again until their maxReceiveCount, then moves them to the DLQ`
      : "";
  if (rate === 0) {
    return poison
      ? `.\n  All on purpose: ${poison}. --fault-rate is 0, so no other publish failed.`
      : "";
  }
  const random = `about ${Math.round(rate * 100)}% of all other publishes at random (--fault-rate ${rate}), which SQS delivers again`;
  return `.\n  On purpose: ${poison ? `${poison}; and ${random}` : random}.`;
}

/** Most of the user's own inputs listed one by one; the JSON summary has them all. */
const OWN_INPUTS_LISTED = 20;

/** The user's own inputs, one line each: where it ended, and the start of its body. */
function ownInputLines(own: OwnInputs, settled: boolean): string[] {
  if (own.sent === 0 && own.strays === 0) return [];
  const lines = [
    "",
    `Your own inputs: ${own.sent} sent by hand while it kept running (not counted above): ${own.success_outcomes} success, ${own.failure_outcomes} failure, ${own.dead_lettered} in the DLQ${own.no_ending ? `, ${own.no_ending} ${settled ? "ENDED NOWHERE" : "still moving"}` : ""}${own.multiply_accounted ? `, ${own.multiply_accounted} IN MORE THAN ONE PLACE` : ""}`,
  ];
  const rows = own.items
    .slice(0, OWN_INPUTS_LISTED)
    .map((item) => [
      `  ${item.id}`,
      describeOwnEnding(item, settled),
      JSON.stringify(item.body_start.replace(/\s+/g, " ").trim()),
    ]);
  if (rows.length > 0) lines.push(...table([["  message id", "ended as", "body"], ...rows]));
  if (own.items.length > OWN_INPUTS_LISTED) {
    lines.push(`  … and ${own.items.length - OWN_INPUTS_LISTED} more`);
  }
  if (own.strays > 0) {
    lines.push(
      `  ${own.strays} message(s) published straight to a topic or sent straight to a DLQ, from no input (not followed further)`,
    );
  }
  return lines;
}

function describeOwnEnding(item: OwnInputItem, settled: boolean): string {
  switch (item.ended) {
    case "success_outcome":
      return "success outcome";
    case "failure_outcome":
      return `failure outcome ${item.error_code ?? ""}`.trimEnd();
    case "dead_lettered":
      return "in the DLQ";
    case "more than one place":
      return "IN MORE THAN ONE PLACE";
    default:
      return settled ? "ENDED NOWHERE" : "still moving";
  }
}

const SEVERITIES = ["critical", "high", "medium", "low"];

/** "75 fulfilment requests, 746 units to ship" / "alerts: 14 high, 7 medium, 14 low". */
function describeWork(work: Record<string, number>): string {
  const alerts = SEVERITIES.filter((s) => work[`alerts_${s}`]).map(
    (s) => `${work[`alerts_${s}`]} ${s}`,
  );
  const other = Object.entries(work)
    .filter(([name]) => !name.startsWith("alerts_"))
    .map(([name, n]) => `${n} ${name.replaceAll("_", " ")}`);
  return [...other, ...(alerts.length > 0 ? [`alerts: ${alerts.join(", ")}`] : [])].join(", ");
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === 0 || i === 1 || i === row.length - 1
          ? cell.padEnd(widths[i] ?? 0)
          : cell.padStart(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
}
