// An SNS endpoint that accepts the connection and never answers, with the processor's real SNS
// client (createSnsClient, as handler.ts builds it) and publisher: the request timeout ends each
// attempt, the deadline ends the wait, and every record is named for redelivery.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { defaultPublishTiming, type PublishTiming } from "../../functions/processor/config";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createSnsClient } from "../../functions/processor/sns-client";
import { createSnsOutcomePublisher } from "../../functions/processor/sns-publisher";
import type { SqsBatchResponse } from "../../generated/types";
import {
  NOW,
  recordingLogger,
  recordingMetrics,
  sqsEvent,
  TEST_CONFIG,
  validOrder,
} from "./support/fixtures";
import { type SilentServer, startSilentServer } from "./support/silent-server";

let silent: SilentServer;
beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(() => silent.stop());
afterEach(() => silent.allClosed());

const CLIENT = {
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
} as const;
const good = (id: string) => JSON.stringify(validOrder({ order_id: id }));
const retried = (r: unknown) =>
  (r as SqsBatchResponse).batchItemFailures.map((f) => f.itemIdentifier).sort();

function handlerOn(timing: PublishTiming, maxAttempts = 3) {
  const sns = createSnsClient(timing, { ...CLIENT, endpoint: silent.endpoint, maxAttempts });
  const logger = recordingLogger();
  const metrics = recordingMetrics();
  const handler = createProcessorHandler({
    config: { ...TEST_CONFIG, timing },
    publisher: createSnsOutcomePublisher(sns),
    logger,
    metrics,
    now: () => NOW,
  });
  const codes = () =>
    logger.lines
      .filter((l) => l.message === "outcomes not published; their records will be redelivered")
      .flatMap((l) => (l.attributes.errors as { code: string }[]).map((e) => e.code));
  return { sns, handler, logger, metrics, codes };
}

describe("an SNS endpoint that accepts the connection and never answers", () => {
  it("ends each attempt at the request timeout, lets the SDK retry, then names every record", async () => {
    const { handler, codes } = handlerOn({ ...defaultPublishTiming, requestTimeoutMs: 300 });
    const before = silent.connections;

    const response = await handler(sqsEvent([good("A"), "nope"]));

    expect(retried(response)).toEqual(["msg-0", "msg-1"]);
    // Two PublishBatch calls (one per topic), three attempts each, each on a connection of its own
    // (a timed-out socket is destroyed, never reused) that was never answered.
    expect(silent.connections - before).toBe(6);
    expect(new Set(codes())).toEqual(new Set(["TimeoutError"]));
    await silent.allClosed();
  });

  it("stops at the invocation's deadline when the request timeout is longer, and closes the connection", async () => {
    const timing = { ...defaultPublishTiming, requestTimeoutMs: 60_000, deadlineMarginMs: 500 };
    const { handler, codes, metrics } = handlerOn(timing);
    const remainingAt = Date.now() + 1500;
    const context = { getRemainingTimeInMillis: () => remainingAt - Date.now() };

    const started = Date.now();
    const response = await handler(sqsEvent([good("A"), good("B"), "nope"]), context);
    const elapsed = Date.now() - started;

    expect(retried(response)).toEqual(["msg-0", "msg-1", "msg-2"]);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1500);
    expect(new Set(codes())).toEqual(new Set(["DeadlineExceeded"]));
    expect(metrics.total("PublishDeadlineExceeded")).toBe(3);
    // The aborted requests gave up their sockets: nothing is left hanging into the next invocation.
    await silent.allClosed(1000);
  });

  it("configures the client's HTTP handler with the connection and request timeouts, as errors", async () => {
    const timing = { connectionTimeoutMs: 321, requestTimeoutMs: 150, deadlineMarginMs: 1000 };
    const { sns, handler } = handlerOn(timing, 1);
    await handler(sqsEvent(["nope"]));
    const requestHandler = sns.config.requestHandler as unknown as {
      httpHandlerConfigs(): Record<string, unknown>;
    };
    expect(requestHandler.httpHandlerConfigs()).toMatchObject({
      connectionTimeout: 321,
      requestTimeout: 150,
      throwOnRequestTimeout: true,
    });
  });
});
