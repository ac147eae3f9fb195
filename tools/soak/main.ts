// `npm run soak`: 10,000 orders through the local pipeline with 10% of publishes failing at random;
// every order must end exactly once (zero unaccounted). Prints the figures.
import { runIsClean } from "../../local/demo/summary";
import { demoTraffic } from "../../local/demo/traffic";
import { randomEntryFaults } from "../../local/faults/policies";
import { LocalPipeline } from "../../local/pipeline";
import { failWithUsage, parseCommandLine } from "../shared/command-line";

const USAGE = `Usage: npm run soak -- [--orders N] [--fault-rate R] [--seed S] [--timeout S] [--json]

Sends N orders (default 10000; 30% invalid of every kind) through the local pipeline while the
fault proxy fails each outcome publish with probability R (default 0.1), waits until everything
settled, and checks that every order ended exactly once (success outcome, failure outcome or DLQ).
Exits 1 when anything is unaccounted.
`;

function numberOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n >= min && n <= max)) {
    failWithUsage(USAGE, `--${name} must be from ${min} to ${max}, got ${value}`);
  }
  return n;
}

async function main(): Promise<number> {
  const values = parseCommandLine(USAGE, {
    strings: ["orders", "fault-rate", "seed", "timeout"],
    flags: ["json"],
  });
  if (!values) return 0;
  const orders = Math.floor(numberOption(values.orders, "orders", 10_000, 1, 1_000_000));
  const faultRate = numberOption(values["fault-rate"], "fault-rate", 0.1, 0, 0.9);
  const seed = Math.floor(numberOption(values.seed, "seed", 42, -(2 ** 31), 2 ** 31 - 1));
  const timeoutSeconds = numberOption(values.timeout, "timeout", 600, 1, 86_400);

  const started = performance.now();
  const pipeline = await LocalPipeline.start();
  try {
    pipeline.proxy.setEntryFaults(randomEntryFaults(faultRate, seed));
    const traffic = demoTraffic({ orders, seed, invocations: 0, poisoned: 0 });
    const progress = setInterval(() => {
      const s = pipeline.ledger.summary();
      process.stderr.write(
        `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] sent ${s.sent}, ${s.success_outcomes + s.failure_outcomes} outcomes, ${pipeline.proxy.stats.entriesFailed} publishes failed so far\n`,
      );
    }, 3000);
    const sending = performance.now();
    await pipeline.send(traffic.queued);
    const sentMs = performance.now() - sending;
    const settled = await pipeline.waitUntilQuiet({ timeoutMs: timeoutSeconds * 1000 });
    clearInterval(progress);
    const summary = await pipeline.summary();
    const durationMs = performance.now() - started;
    const { ledger } = summary;
    const processor = summary.mappings["processor-orders"];
    const clean = runIsClean(summary, { settled });
    const figures = {
      ok: clean,
      orders: ledger.sent,
      fault_rate: faultRate,
      seed,
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
      publishes_failed: summary.injected_faults.entriesFailed,
      publishes_forwarded: summary.injected_faults.entriesForwarded,
      processor_batches: processor?.invocations ?? 0,
      records_delivered: processor?.records ?? 0,
      records_redelivered: processor?.retried ?? 0,
      whole_batch_failures: processor?.wholeBatchFailures ?? 0,
      consumers: summary.consumers.map((c) => ({
        consumer: c.consumer,
        admitted_by_filter: c.admitted_by_filter,
        received: c.received,
        handled: c.handled,
        missing: c.missing,
        unexpected: c.unexpected,
      })),
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    } else {
      const pct = (n: number) =>
        `${((100 * n) / Math.max(1, figures.publishes_failed + figures.publishes_forwarded)).toFixed(1)}%`;
      process.stdout.write(
        [
          `Soak: ${figures.orders} orders, ${(faultRate * 100).toFixed(0)}% of outcome publishes failed at random (seed ${seed})`,
          `  time            ${figures.duration_s} s in all (sending ${figures.send_s} s), ${figures.orders_per_s} orders/s`,
          `  ended as        ${figures.success_outcomes} success, ${figures.failure_outcomes} failure, ${figures.dead_lettered} DLQ`,
          `  unaccounted     ${figures.unaccounted}   (ended twice: ${figures.multiply_accounted}; duplicate deliveries: ${figures.duplicate_deliveries}; not as expected: ${figures.not_as_expected})`,
          `  faults          ${figures.publishes_failed} publish entries failed (${pct(figures.publishes_failed)} of ${figures.publishes_failed + figures.publishes_forwarded} attempts)`,
          `  processor       ${figures.processor_batches} batches, ${figures.records_delivered} records delivered, ${figures.records_redelivered} redelivered, ${figures.whole_batch_failures} whole-batch failures`,
          ...figures.consumers.map(
            (c) =>
              `  ${c.consumer.padEnd(15)} received ${c.received} of ${c.admitted_by_filter} its filter admits (missing ${c.missing}, unexpected ${c.unexpected}), handled ${c.handled}`,
          ),
          clean ? "  OK: zero unaccounted." : "  NOT OK: see the figures above.",
          "",
        ].join("\n"),
      );
    }
    return clean ? 0 : 1;
  } finally {
    await pipeline.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`npm run soak failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
