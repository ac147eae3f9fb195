// `npm start`: the whole pipeline on this machine, with demo traffic and a summary.
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Progress } from "./demo/progress";
import { jsonSummary, runIsClean, textSummary } from "./demo/summary";
import { demoTraffic } from "./demo/traffic";
import { anyOf, faultsForBodies, randomEntryFaults } from "./faults/policies";
import {
  deliverResult,
  describeWriteError,
  OUTPUT_NOT_WRITTEN_EXIT,
  OutputStream,
} from "./output/output-stream";
import { LocalPipeline, type PipelineSummary } from "./pipeline";

/** A valid order to send by hand (`npm run send` sends it by default). */
const EXAMPLE_ORDER = "examples/order.json";

const USAGE = `Usage: npm start -- [options]

Runs the order-events pipeline on this machine: an embedded SNS/SQS emulator (or AWS_ENDPOINT_URL),
the topology the Pulumi program deploys, the real processor and consumer handlers, demo traffic from
the order producer, and a summary of where every input ended.

Options:
  --orders N         orders sent to the queue (default 100; plus 2 that can never publish)
  --invocations N    asynchronous invocations (default orders/10, at least 4)
  --seed S           seed of the demo traffic and of injected faults (default 42)
  --fault-rate R     also fail this share (0..1) of all outcome publishes, at random (default 0)
  --json             print the summary as one JSON object (progress stays on stderr)
  --keep-running     leave the emulator and the functions running; print the endpoint
  --log-file FILE    append every function log line (JSON) to FILE (checked first: exit 2 if it
                     cannot be opened; if writing fails later, the run goes on and says so)
  --verbose          print every function log line
  --timeout S        give up waiting after S seconds (default 25)
  --help             this text
`;

interface CliOptions {
  orders: number;
  invocations: number | undefined;
  seed: number;
  faultRate: number;
  json: boolean;
  keepRunning: boolean;
  logFile: string | undefined;
  verbose: boolean;
  timeoutSeconds: number;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/**
 * Opens the log file for appending once, before anything starts: a path that cannot be written
 * would otherwise fail every function invocation (each log line is appended as it is written).
 */
function checkLogFile(path: string): void {
  try {
    closeSync(openSync(path, "a"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : code === "EROFS"
              ? "the file system is read-only"
              : (error as Error).message;
    process.stderr.write(
      `npm start: cannot write the log file ${resolve(path)}: ${why}. Nothing was started.\n  Pass --log-file a file in a folder you can write to, e.g. --log-file run.log.\n`,
    );
    process.exit(2);
  }
}

function integer(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

function readOptions(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof spec; strict: true }>>;
  const spec = {
    orders: { type: "string" },
    invocations: { type: "string" },
    seed: { type: "string" },
    "fault-rate": { type: "string" },
    json: { type: "boolean" },
    "keep-running": { type: "boolean" },
    "log-file": { type: "string" },
    verbose: { type: "boolean" },
    timeout: { type: "string" },
    help: { type: "boolean" },
  } as const;
  try {
    parsed = parseArgs({ args: argv, options: spec, strict: true });
  } catch (error) {
    fail((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (v["log-file"] !== undefined) checkLogFile(v["log-file"]);
  const faultRate = v["fault-rate"] === undefined ? 0 : Number(v["fault-rate"]);
  if (!(faultRate >= 0 && faultRate <= 1))
    fail(`--fault-rate must be a number from 0 to 1, got ${v["fault-rate"]}`);
  return {
    orders: integer("orders", v.orders, 100, 0, 100_000),
    invocations:
      v.invocations === undefined ? undefined : integer("invocations", v.invocations, 0, 0, 10_000),
    seed: integer("seed", v.seed, 42, -2_147_483_648, 2_147_483_647),
    faultRate,
    json: v.json ?? false,
    keepRunning: v["keep-running"] ?? false,
    logFile: v["log-file"],
    verbose: v.verbose ?? false,
    timeoutSeconds: integer("timeout", v.timeout, 25, 1, 3600),
  };
}

/** The verdict in one line, for when the summary itself cannot be written. */
function verdict(summary: PipelineSummary, clean: boolean): string {
  const l = summary.ledger;
  return `The run was ${clean ? "OK" : "NOT OK"}: ${l.sent} inputs, ${l.success_outcomes} success, ${l.failure_outcomes} failure, ${l.dead_lettered} in the DLQ, ${l.unaccounted} unaccounted.`;
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  // Nothing written from here on may stop the run: a failed write is reported, never thrown.
  const stdout = new OutputStream("standard output", process.stdout);
  const stderr = new OutputStream("standard error", process.stderr);
  const started = performance.now();
  const external = process.env.AWS_ENDPOINT_URL;
  const pipeline = await LocalPipeline.start({
    // An emulator that outlives this run may hold an earlier run's queues and messages.
    ...(external ? { endpoint: external, namePrefix: `run${Date.now().toString(36)}-` } : {}),
    ...(process.env.AWS_REGION ? { region: process.env.AWS_REGION } : {}),
    ...(options.logFile ? { logFile: options.logFile } : {}),
    echoLogs: options.verbose,
  });
  pipeline.logs.onFileFailure((error) => {
    void stderr.write(
      `npm start: cannot write the log file ${resolve(options.logFile ?? "")}: ${describeWriteError(error)}. Function logs are no longer written to it; the run goes on, and its summary says how many were written.\n`,
    );
  });
  const progress = new Progress(pipeline, stderr);
  // What became of the run's own outputs so far, for the summary.
  const outputFacts = () => {
    const logFile = pipeline.logs.fileReport();
    return {
      ...(logFile ? { logFile } : {}),
      ...(stderr.failure ? { progressFailure: stderr.failure } : {}),
    };
  };
  try {
    const traffic = demoTraffic({
      orders: options.orders,
      seed: options.seed,
      ...(options.invocations === undefined ? {} : { invocations: options.invocations }),
    });
    // Faults are keyed by body and set before anything is sent: the processor cannot publish a
    // poisoned order's outcome before its fault is in place.
    pipeline.proxy.setEntryFaults(
      anyOf(
        faultsForBodies(new Set(traffic.poisoned.map((input) => input.body))),
        options.faultRate > 0 ? randomEntryFaults(options.faultRate, options.seed) : undefined,
      ),
    );
    await pipeline.send(traffic.poisoned);
    await pipeline.send(traffic.queued);
    for (const input of traffic.invoked) pipeline.invokeAsync(input);

    const settled = await pipeline.waitUntilQuiet({
      timeoutMs: options.timeoutSeconds * 1000,
      onTick: () => progress.tick(),
    });
    const summary = await pipeline.summary();
    progress.done();
    const facts = {
      seed: options.seed,
      durationMs: performance.now() - started,
      settled,
      endpoint: pipeline.emulator.endpoint,
      embedded: pipeline.emulator.embedded,
      faultRate: options.faultRate,
      poisoned: traffic.poisoned.length,
      ...outputFacts(),
    };
    const clean = runIsClean(summary, facts);
    const written = await deliverResult(
      {
        command: "npm start",
        what: "the summary",
        text: options.json
          ? `${JSON.stringify(jsonSummary(summary, facts), null, 2)}\n`
          : textSummary(summary, facts),
        done: verdict(summary, clean),
      },
      stdout,
      stderr,
    );
    if (!written) return OUTPUT_NOT_WRITTEN_EXIT;
    if (!options.keepRunning) return clean ? 0 : 1;

    pipeline.proxy.setEntryFaults(undefined);
    // What the user sends to the orders queue from now on is theirs: reported apart, not as lost.
    pipeline.acceptOwnInputs();
    await keepRunning(pipeline, stderr);
    // What happened meanwhile (a replay, orders sent by hand) shows in a second summary.
    const settledAtExit = await pipeline.waitUntilQuiet({ timeoutMs: 10_000 });
    const atExit = await pipeline.summary();
    const exitFacts = {
      ...facts,
      durationMs: performance.now() - started,
      settled: settledAtExit,
      ...outputFacts(),
    };
    const cleanAtExit = runIsClean(atExit, exitFacts);
    if (
      !options.json &&
      !(await deliverResult(
        {
          command: "npm start",
          what: "the summary at exit",
          text: `\nSummary at exit\n${textSummary(atExit, exitFacts)}`,
          done: verdict(atExit, cleanAtExit),
        },
        stdout,
        stderr,
      ))
    ) {
      return OUTPUT_NOT_WRITTEN_EXIT;
    }
    return cleanAtExit ? 0 : 1;
  } finally {
    await pipeline.stop();
  }
}

async function keepRunning(pipeline: LocalPipeline, stderr: OutputStream): Promise<void> {
  const endpoint = pipeline.emulator.endpoint;
  const orders = pipeline.rendered.queue("orders");
  const dlq = pipeline.rendered.queue("orders-dlq");
  const queueUrl = (queue: typeof orders) => `${endpoint}/${queue.arn.split(":")[4]}/${queue.name}`;
  const queueOption = orders.name === "orders" ? "" : ` --queue ${orders.name}`;
  await stderr.write(
    [
      "",
      `Still running: the emulator at ${endpoint}, the functions polling their queues (the poison is cleared). Ctrl-C stops and prints a summary at exit, with where each message you sent ended.`,
      "Send an order with Node (no AWS CLI needed; - reads the body from standard input):",
      `  npm run send -- --endpoint ${endpoint}${queueOption} ${EXAMPLE_ORDER}`,
      `  echo 'not an order' | npm run send -- --endpoint ${endpoint}${queueOption} -`,
      `Or with the AWS CLI (any credentials work; before v1.29 / v2.13 it ignores AWS_ENDPOINT_URL: add --endpoint-url ${endpoint} to each command):`,
      `  export AWS_ENDPOINT_URL=${endpoint} AWS_REGION=${pipeline.emulator.region} AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local`,
      `  aws sqs send-message --queue-url ${queueUrl(orders)} --message-body file://${EXAMPLE_ORDER}`,
      `  aws sqs get-queue-attributes --queue-url ${queueUrl(dlq)} --attribute-names All`,
      "Move the DLQ's messages back to the orders queue:",
      `  npm run replay -- --endpoint ${endpoint} --dlq ${dlq.name} --source ${orders.name}`,
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`npm start failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
