// The processor wired with Powertools as handler.ts wires it (withPowertools): what reaches stdout and
// stderr per invocation (log lines and the one EMF document), captured at the streams Powertools
// writes to.
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import {
  powertoolsLogger,
  powertoolsMetrics,
  withPowertools,
} from "../../functions/processor/powertools-telemetry";
import { NOW, sqsEvent, TEST_CONFIG, validOrder } from "./support/fixtures";

const good = (order_id: string) => JSON.stringify(validOrder({ order_id }));

/** Everything written to stdout and stderr while `run` runs, as lines. */
async function captured(run: () => Promise<void>): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const keep = (into: string[]) => (chunk: unknown) => {
    into.push(...String(chunk).split("\n").filter(Boolean));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(keep(out));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(keep(err));
  try {
    await run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return { out, err };
}

function wired(logLevel: "INFO" | "DEBUG") {
  const logger = new Logger({ serviceName: "order-processor", logLevel });
  const metrics = new Metrics({ serviceName: "order-processor", namespace: "OrderEvents" });
  const processEvent = createProcessorHandler({
    config: TEST_CONFIG,
    publisher: createInMemoryOutcomePublisher(),
    logger: powertoolsLogger(logger),
    metrics: powertoolsMetrics(metrics),
    now: () => NOW,
  });
  return withPowertools(processEvent, logger, metrics);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("the processor over Powertools' Logger and Metrics", () => {
  it("writes one EMF document per invocation, with the count per error code in it, and no warning (plus ColdStart once)", async () => {
    vi.stubEnv("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"); // as Lambda sets it: a cold start
    const handler = wired("INFO");
    const batch = sqsEvent([good("A"), "not json", "[]", "{", good("B")]);
    const { out, err } = await captured(async () => {
      await handler(batch);
      await handler(batch);
    });

    const [coldStart, ...emf] = out
      .map((l) => JSON.parse(l))
      .filter((l) => typeof l._aws === "object");
    expect(coldStart).toMatchObject({ service: "order-processor", ColdStart: 1 });
    expect(emf).toHaveLength(2);
    for (const doc of emf) {
      expect(doc).toMatchObject({
        service: "order-processor",
        BatchSize: 5,
        SuccessOutcomes: 2,
        FailureOutcomes: 3,
        "FailureOutcomes.INVALID_JSON": 2,
        "FailureOutcomes.SCHEMA_VIOLATION": 1,
        PublishFailures: 0,
        RetriedRecords: 0,
      });
      expect(doc._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: "OrderEvents",
          Dimensions: [["service"]],
          Metrics: [
            "BatchSize",
            "SuccessOutcomes",
            "FailureOutcomes",
            "FailureOutcomes.INVALID_JSON",
            "FailureOutcomes.SCHEMA_VIOLATION",
            "PublishFailures",
            "RetriedRecords",
          ].map((Name) => ({ Name, Unit: "Count" })),
        },
      ]);
    }
    expect([...out, ...err].join("\n")).not.toMatch(/No application metrics|WARN/);
  });

  it("logs published outcomes only at DEBUG; the batch summary at INFO", async () => {
    const batch = sqsEvent([good("A"), "not json"]);
    const logs = (lines: string[]) =>
      lines.map((l) => JSON.parse(l)).filter((l) => typeof l.level === "string");

    const atInfo = logs((await captured(async () => void (await wired("INFO")(batch)))).out);
    expect(atInfo.map((l) => [l.level, l.message, l.status])).toEqual([
      ["INFO", "batch processed", undefined],
    ]);
    expect(atInfo[0]).toMatchObject({ records: 2, success: 1, failure: 1, retried: 0 });

    const atDebug = logs((await captured(async () => void (await wired("DEBUG")(batch)))).out);
    expect(atDebug.map((l) => [l.level, l.message, l.status])).toEqual([
      ["DEBUG", "record processed", "SUCCESS"],
      ["DEBUG", "record processed", "FAILURE"],
      ["INFO", "batch processed", undefined],
    ]);
    expect(atDebug[1]).toMatchObject({
      message_id: "msg-1",
      error_code: "INVALID_JSON",
      published: true,
      retried: false,
      duration_ms: expect.any(Number),
    });
    expect(atDebug[0]).toMatchObject({
      message_id: "msg-0",
      order_id: "A",
      published: true,
      retried: false,
      duration_ms: expect.any(Number),
    });
  });

  it("tells the batch whether DEBUG is on, following the logger's level", () => {
    const logger = new Logger({ serviceName: "order-processor", logLevel: "INFO" });
    const adapted = powertoolsLogger(logger);
    expect(adapted.isDebugEnabled?.()).toBe(false);
    logger.setLogLevel("DEBUG");
    expect(adapted.isDebugEnabled?.()).toBe(true);
  });
});
