// `npm run soak`: 10,000 orders through the local pipeline while 10% of outcome publish attempts
// fail at random (failed entries, HTTP 5xx, requests that hang); every order must end exactly once
// (zero unaccounted). Prints the figures.
import { FAULT_KINDS, type FaultKind } from "../../local/faults/policies";
import {
  deliverResult,
  OUTPUT_NOT_WRITTEN_EXIT,
  OutputStream,
} from "../../local/output/output-stream";
import { LocalPipeline } from "../../local/pipeline";
import { failWithUsage, parseCommandLine } from "../shared/command-line";
import { runSoak, SOAK_TIMING, soakPipelineOptions, soakReport } from "./soak";

const USAGE = `Usage: npm run soak -- [--orders N] [--fault-rate R] [--faults KINDS] [--seed S] [--timeout S] [--json]

Sends N orders (default 10000; 30% invalid of every kind) through the local pipeline while the
fault proxy fails each outcome publish attempt with probability R (default 0.1, at most 0.9),
split evenly among KINDS (default entry,5xx,hang):
  entry  the entry comes back in PublishBatch's Failed list (HTTP 200)
  5xx    the whole request is answered HTTP 500 or 503 (the SDK retries it)
  hang   the request is accepted and never answered (the SDK's request timeout, then the
         processor's deadline, end the wait)
Waits until everything settled and checks that every order ended exactly once (success outcome,
failure outcome or DLQ). Time is compressed: the processor runs with a ${SOAK_TIMING.processorTimeoutSeconds} s timeout, a
${SOAK_TIMING.publishTiming.requestTimeoutMs} ms SNS request timeout and a ${SOAK_TIMING.publishTiming.deadlineMarginMs} ms deadline margin.
Exits 1 when anything is unaccounted, 2 on a usage error or when the report cannot be written
to standard output (standard error then says how the soak ended).
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
  if (value.trim() === "" || !(n >= min && n <= max)) {
    failWithUsage(USAGE, `--${name} must be from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

function kindsOption(value: string | undefined): FaultKind[] {
  if (value === undefined) return [...FAULT_KINDS];
  const kinds = value.split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k as FaultKind));
  if (unknown.length > 0 || kinds.length === 0) {
    failWithUsage(
      USAGE,
      `--faults takes a comma-separated list of ${FAULT_KINDS.join(", ")}; ${unknown.map((k) => JSON.stringify(k)).join(", ")} is not one`,
    );
  }
  return [...new Set(kinds as FaultKind[])];
}

async function main(): Promise<number> {
  const values = parseCommandLine(USAGE, {
    strings: ["orders", "fault-rate", "faults", "seed", "timeout"],
    flags: ["json"],
  });
  if (!values) return 0;
  const orders = Math.floor(numberOption(values.orders, "orders", 10_000, 1, 1_000_000));
  const faultRate = numberOption(values["fault-rate"], "fault-rate", 0.1, 0, 0.9);
  const kinds = kindsOption(values.faults);
  const seed = Math.floor(numberOption(values.seed, "seed", 42, -(2 ** 31), 2 ** 31 - 1));
  const timeoutSeconds = numberOption(values.timeout, "timeout", 900, 1, 86_400);

  // Nothing written from here on may stop the soak: a failed write is reported, never thrown.
  const stdout = new OutputStream("standard output", process.stdout);
  const stderr = new OutputStream("standard error", process.stderr);
  const started = performance.now();
  const pipeline = await LocalPipeline.start(soakPipelineOptions());
  try {
    const figures = await runSoak(pipeline, {
      orders,
      faultRate,
      kinds,
      seed,
      timeoutMs: timeoutSeconds * 1000,
      onProgress: ({ sent, ended, faults }) =>
        void stderr.write(
          `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] sent ${sent}, ${ended} ended, ${faults} faults injected so far\n`,
        ),
    });
    const written = await deliverResult(
      {
        command: "npm run soak",
        what: "the report",
        text: values.json ? `${JSON.stringify(figures, null, 2)}\n` : soakReport(figures),
        done: `The soak ${figures.ok ? "passed" : "FAILED"}: ${figures.unaccounted} of ${figures.orders} orders unaccounted.`,
      },
      stdout,
      stderr,
    );
    if (!written) return OUTPUT_NOT_WRITTEN_EXIT;
    return figures.ok ? 0 : 1;
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
