// The deployable artifact: the esbuild bundle `npm run build` writes (same `bundleFunction`), imported
// in a fresh Node process and invoked with a real AWS sample SQS event, publishing to fauxqs through
// AWS_ENDPOINT_URL_SNS, exactly as the Lambda runtime would load it.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OrderFailureOutcome, SqsEvent } from "../../generated/types.js";
import {
  validateFailureTopicMessage,
  validateOrderSuccessOutcome,
  validateSqsBatchResponse,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { bundleFunction } from "../../infra/lambda-bundle.js";
import { startTestEmulator, type TestEmulator } from "../support/fauxqs.mjs";
import { repoRoot } from "../support/paths.js";
import { AWS_DOCS_SQS_EVENT, awsSample, validOrder } from "./support/fixtures.js";
import { type SilentServer, startSilentServer } from "./support/silent-server.js";

const run = promisify(execFile);
const DRIVER = join(repoRoot, "tests", "processor", "support", "invoke-bundle.mjs");

let emulator: TestEmulator;
let workDir: string;
let bundlePath: string;
let topicEnv: Record<string, string>;
let silent: SilentServer;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "processor-bundle-"));
  const bundle = await bundleFunction("functions/processor/handler.ts");
  bundlePath = join(workDir, "index.mjs");
  writeFileSync(bundlePath, bundle.code);
  emulator = await startTestEmulator();
  const { topics } = emulator.declare({
    topics: ["order-success", "order-failure"],
    queues: ["fulfilment", "failure-alerts"],
    subscriptions: [
      { topic: "order-success", queue: "fulfilment", raw: true },
      { topic: "order-failure", queue: "failure-alerts" },
    ],
  });
  topicEnv = {
    SUCCESS_TOPIC_ARN: topics["order-success"] ?? "",
    FAILURE_TOPIC_ARN: topics["order-failure"] ?? "",
  };
  silent = await startSilentServer();
}, 60_000);
afterAll(async () => {
  await silent.stop();
  await emulator.stop();
  rmSync(workDir, { recursive: true, force: true });
});
beforeEach(() => emulator.reset());

interface Invocation {
  result: {
    phase: string;
    returned?: unknown;
    threw?: { name: string; message: string };
    durationMs?: number;
  };
  stdout: string;
  stderr: string;
}

/** Runs the bundle's handler once in a new Node process (asynchronously: fauxqs lives in this one). */
async function invokeBundle(event: unknown, env: Record<string, string>): Promise<Invocation> {
  const name = `${Math.random().toString(36).slice(2)}`;
  const eventPath = join(workDir, `${name}.event.json`);
  const resultPath = join(workDir, `${name}.result.json`);
  writeFileSync(eventPath, JSON.stringify(event));
  const { stdout, stderr } = await run(
    process.execPath,
    [DRIVER, bundlePath, eventPath, resultPath],
    {
      env: { PATH: process.env.PATH ?? "", ...env },
      timeout: 30_000,
    },
  );
  return { result: JSON.parse(readFileSync(resultPath, "utf8")), stdout, stderr };
}

const lambdaEnv = (): Record<string, string> => ({
  ...emulator.awsEnvironment(),
  ...topicEnv,
  POWERTOOLS_SERVICE_NAME: "order-processor",
  POWERTOOLS_METRICS_NAMESPACE: "OrderEvents",
  // Published outcomes are logged at DEBUG only: turn it on to see one line per record.
  POWERTOOLS_LOG_LEVEL: "DEBUG",
});
const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("the esbuild bundle in a fresh Node process", () => {
  it("processes the AWS documentation's SQS event and publishes to SNS on fauxqs", async () => {
    const event = awsSample<SqsEvent>(AWS_DOCS_SQS_EVENT);

    const { result, stdout, stderr } = await invokeBundle(event, lambdaEnv());

    expect(result.threw).toBeUndefined();
    expect(result.returned).toEqual({ batchItemFailures: [] });
    expect(validateSqsBatchResponse(result.returned)).toBe(true);
    const alerts = (await emulator.drain("failure-alerts")).map(
      (m) => JSON.parse(JSON.parse(m.Body ?? "").Message) as OrderFailureOutcome,
    );
    expect(alerts.map((o) => [o.message_id, o.error_code, o.body])).toEqual(
      event.Records.map((r) => [r.messageId, "INVALID_JSON", "Test message."]),
    );
    for (const outcome of alerts) expect(validateFailureTopicMessage(outcome)).toBe(true);

    // Structured logs and embedded metrics on stdout.
    const lines = jsonLines(stdout);
    const recordLogs = lines.filter((l) => l.message === "record processed");
    expect(recordLogs).toHaveLength(2);
    expect(recordLogs[0]).toMatchObject({
      level: "DEBUG",
      service: "order-processor",
      function_request_id: "8f5c2a1e-3b4d-4e6f-9a0b-1c2d3e4f5a6b",
      message_id: event.Records[0].messageId,
      status: "FAILURE",
      error_code: "INVALID_JSON",
    });
    expect(stdout).not.toContain("Test message.");
    const emf = lines.filter((l) => typeof l._aws === "object");
    expect(emf.some((l) => l.BatchSize === 2 && l.FailureOutcomes === 2)).toBe(true);
    // The count per error code is a metric of the invocation's one EMF document, declared there.
    const batchEmf = emf.filter((l) => "BatchSize" in l);
    expect(batchEmf).toHaveLength(1);
    expect(batchEmf[0]).toMatchObject({ FailureOutcomes: 2, "FailureOutcomes.INVALID_JSON": 2 });
    expect(batchEmf[0]?._aws).toMatchObject({
      CloudWatchMetrics: [
        {
          Namespace: "OrderEvents",
          Dimensions: [["service"]],
          Metrics: expect.arrayContaining([
            { Name: "FailureOutcomes", Unit: "Count" },
            { Name: "FailureOutcomes.INVALID_JSON", Unit: "Count" },
          ]),
        },
      ],
    });
    expect(stdout + stderr).not.toContain("No application metrics");
  });

  it("publishes a SUCCESS for an order in a real AWS record, and returns an outcome for a direct payload", async () => {
    const sample = awsSample<SqsEvent>(AWS_DOCS_SQS_EVENT);
    const order = validOrder({ submitted_at: new Date(Date.now() - 60_000).toISOString() });
    const event = { Records: [{ ...sample.Records[0], body: JSON.stringify(order) }] };

    const batch = await invokeBundle(event, lambdaEnv());
    expect(batch.result.returned).toEqual({ batchItemFailures: [] });
    const [delivered] = (await emulator.drain("fulfilment")).map((m) => JSON.parse(m.Body ?? ""));
    expect(validateSuccessTopicMessage(delivered)).toBe(true);
    expect(delivered).toMatchObject({ status: "SUCCESS", order });

    const direct = await invokeBundle(order, lambdaEnv());
    expect(validateOrderSuccessOutcome(direct.result.returned)).toBe(true);
    expect(direct.result.returned).toMatchObject({
      source: { kind: "async_invocation", request_id: "8f5c2a1e-3b4d-4e6f-9a0b-1c2d3e4f5a6b" },
    });
    expect(await emulator.drain("fulfilment")).toEqual([]);
  });

  it("throws OrderRejected.<CODE> for a rejected direct payload", async () => {
    const { result } = await invokeBundle(validOrder({ currency: "JPY" }), lambdaEnv());
    expect(result.threw).toEqual({
      name: "OrderRejected.UNSUPPORTED_CURRENCY",
      message: "currency JPY is not accepted; use one of EUR, USD, GBP",
    });
  });

  it("fails at import, naming the variable, when the configuration is missing or malformed", async () => {
    const { SUCCESS_TOPIC_ARN: _, ...withoutSuccess } = lambdaEnv();
    const missing = await invokeBundle({}, withoutSuccess);
    expect(missing.result).toEqual({
      phase: "import",
      threw: {
        name: "ProcessorConfigError",
        message: expect.stringContaining("SUCCESS_TOPIC_ARN is not set"),
      },
    });
    const malformed = await invokeBundle({}, { ...lambdaEnv(), MAX_LINE_ITEMS: "lots" });
    expect(malformed.result.threw?.message).toContain('MAX_LINE_ITEMS is "lots"');
  });

  it("returns a partial batch response before the Lambda timeout when SNS accepts the connection and never answers", async () => {
    const event = awsSample<SqsEvent>(AWS_DOCS_SQS_EVENT);
    const allRetried = {
      batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
    };
    const hanging = { ...lambdaEnv(), AWS_ENDPOINT_URL_SNS: silent.endpoint };

    // The request timeout ends each attempt (the SDK's three attempts), well within the 30 s left.
    const timedOut = await invokeBundle(event, { ...hanging, SNS_REQUEST_TIMEOUT_MS: "200" });
    expect(timedOut.result.returned).toEqual(allRetried);
    expect(timedOut.stdout + timedOut.stderr).toContain('"code":"TimeoutError"');

    // With a longer request timeout, the deadline (1.5 s left minus a 0.5 s margin) ends the wait.
    const atDeadline = await invokeBundle(event, {
      ...hanging,
      SNS_REQUEST_TIMEOUT_MS: "60000",
      PUBLISH_DEADLINE_MARGIN_MS: "500",
      REMAINING_MS: "1500",
    });
    expect(atDeadline.result.returned).toEqual(allRetried);
    expect(atDeadline.result.durationMs).toBeGreaterThanOrEqual(990);
    expect(atDeadline.result.durationMs).toBeLessThan(1500);
    expect(atDeadline.stdout + atDeadline.stderr).toContain('"code":"DeadlineExceeded"');
    expect(atDeadline.stdout).toContain('"PublishDeadlineExceeded":2');
    await silent.allClosed();
  });
});
