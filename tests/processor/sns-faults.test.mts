// Faults between the processor and SNS, with nothing lost: every record whose outcome did not reach
// SNS is named in batchItemFailures (SQS redelivers it), and no other record is.
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProcessorConfig } from "../../functions/processor/config.js";
import { defaultRulesConfig, outcomeAttributes } from "../../functions/processor/core/index.js";
import { createProcessorHandler } from "../../functions/processor/create-handler.js";
import { createSnsClient } from "../../functions/processor/sns-client.js";
import { createSnsOutcomePublisher } from "../../functions/processor/sns-publisher.js";
import type { OrderOutcome, SqsBatchResponse } from "../../generated/types.js";
import { SERVER_ERRORS } from "../../local/faults/policies.js";
import { SnsFaultProxy } from "../../local/faults/sns-fault-proxy.js";
import { startTestEmulator, TEST_CREDENTIALS, type TestEmulator } from "../support/fauxqs.mjs";
import { NOW, recordingLogger, sqsEvent, validOrder } from "./support/fixtures.js";
import { injectSnsFaults } from "./support/sns-faults.js";

let emulator: TestEmulator;
let config: ProcessorConfig;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const { topics } = emulator.declare({
    topics: ["order-success", "order-failure"],
    queues: ["fulfilment", "failure-alerts"],
    subscriptions: [
      { topic: "order-success", queue: "fulfilment", raw: true },
      { topic: "order-failure", queue: "failure-alerts", raw: true },
    ],
  });
  config = {
    successTopicArn: topics["order-success"] ?? "",
    failureTopicArn: topics["order-failure"] ?? "",
    rules: defaultRulesConfig,
  };
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const good = (id: string) => JSON.stringify(validOrder({ order_id: id }));
const failures = (r: unknown) =>
  (r as SqsBatchResponse).batchItemFailures.map((f) => f.itemIdentifier).sort();
const delivered = async () =>
  [...(await emulator.drain("fulfilment")), ...(await emulator.drain("failure-alerts"))]
    .map((m) => (JSON.parse(m.Body ?? "") as OrderOutcome).message_id)
    .sort();

function handlerOver(sns = emulator.snsClient(), logger = recordingLogger()) {
  return createProcessorHandler({
    config,
    publisher: createSnsOutcomePublisher(sns),
    now: () => NOW,
    logger,
  });
}

/** The error codes the processor logged for unpublished outcomes. */
const loggedCodes = (logger: ReturnType<typeof recordingLogger>) =>
  logger.lines
    .filter((l) => l.message === "outcomes not published; their records will be redelivered")
    .flatMap((l) => (l.attributes.errors as { code: string }[]).map((e) => e.code));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

describe("SNS unreachable", () => {
  it("names every record of the batch, success and failure alike, and the handler does not throw", async () => {
    const sns = emulator.snsClient({ endpoint: `http://127.0.0.1:${await closedPort()}` });
    const event = sqsEvent([good("A"), "nope", good("C")]);
    const logger = recordingLogger();

    const response = await handlerOver(sns, logger)(event);

    expect(failures(response)).toEqual(["msg-0", "msg-1", "msg-2"]);
    expect(new Set(loggedCodes(logger))).toEqual(new Set(["ECONNREFUSED"]));
    expect(await delivered()).toEqual([]);
  });

  it("names every record when the topic does not exist (deleted, or a wrong ARN)", async () => {
    const handler = createProcessorHandler({
      config: { ...config, successTopicArn: `${config.successTopicArn}-gone` },
      publisher: createSnsOutcomePublisher(emulator.snsClient()),
    });
    const response = await handler(sqsEvent([good("A"), "nope"]));
    expect(failures(response)).toEqual(["msg-0"]);
    expect(await delivered()).toEqual(["msg-1"]);
  });
});

describe("PublishBatch with some entries failed", () => {
  it("names exactly the records of the failed entries; the others are delivered once", async () => {
    const sns = emulator.snsClient();
    injectSnsFaults(sns, {
      failEntries: (entry) =>
        /"message_id":"msg-(2|7|11)"/.test(entry.Message ?? "")
          ? { code: "InternalError", message: "internal service error" }
          : undefined,
    });
    const bodies = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? "nope" : good(`P${i}`)));

    const response = await handlerOver(sns)(sqsEvent(bodies));

    expect(failures(response)).toEqual(["msg-11", "msg-2", "msg-7"]);
    const expected = bodies
      .map((_, i) => `msg-${i}`)
      .filter((id) => !["msg-2", "msg-7", "msg-11"].includes(id));
    expect(await delivered()).toEqual(expected.sort());
  });

  it("maps a real per-entry rejection by the emulator (message too long) back to its entry", async () => {
    const publisher = createSnsOutcomePublisher(emulator.snsClient());
    const attributes = outcomeAttributes({ status: "SUCCESS" } as OrderOutcome);
    const results = await publisher.publishBatch(config.successTopicArn, [
      { id: "small", message: "{}", attributes, bytes: 100 },
      { id: "huge", message: "x".repeat(262_145), attributes, bytes: 262_300 },
    ]);
    expect(results).toEqual([
      { id: "small", ok: true, messageId: expect.any(String) },
      {
        id: "huge",
        ok: false,
        code: "InvalidParameter",
        message: "Message too long",
        senderFault: true,
      },
    ]);
  });
});

describe("throttling and 5xx: the SDK retries, then gives up", () => {
  const throttled = { status: 429, code: "Throttled", message: "Rate exceeded" } as const;
  const internal = {
    status: 500,
    code: "InternalError",
    message: "We encountered an internal error",
  } as const;
  const unavailable = {
    status: 503,
    code: "ServiceUnavailable",
    message: "Service is unavailable",
  } as const;

  it("retries a 503 and publishes on the third attempt, naming nothing", async () => {
    const sns = emulator.snsClient();
    const probe = injectSnsFaults(sns, { httpFault: (n) => (n <= 2 ? unavailable : undefined) });
    const response = await handlerOver(sns)(sqsEvent([good("A")]));
    expect(failures(response)).toEqual([]);
    expect(probe.attempts.map((a) => a.faulted?.status ?? 200)).toEqual([503, 503, 200]);
    expect(await delivered()).toEqual(["msg-0"]);
  });

  it("names the records after three 500s (the SDK's default attempts)", async () => {
    const sns = emulator.snsClient();
    const probe = injectSnsFaults(sns, { httpFault: () => internal });
    const logger = recordingLogger();
    const response = await handlerOver(sns, logger)(sqsEvent([good("A"), good("B")]));
    expect(failures(response)).toEqual(["msg-0", "msg-1"]);
    expect(probe.attempts).toHaveLength(3);
    expect(loggedCodes(logger)).toEqual(["InternalErrorException", "InternalErrorException"]);
    expect(await delivered()).toEqual([]);
  });

  it("retries a throttled call and publishes once SNS accepts it", async () => {
    const sns = emulator.snsClient();
    const probe = injectSnsFaults(sns, { httpFault: (n) => (n === 1 ? throttled : undefined) });
    const response = await handlerOver(sns)(sqsEvent(["nope"]));
    expect(failures(response)).toEqual([]);
    expect(probe.attempts.map((a) => a.faulted?.status ?? 200)).toEqual([429, 200]);
    expect(await delivered()).toEqual(["msg-0"]);
  });

  it("names the records when every attempt is throttled, after the SDK's retries", async () => {
    const sns = emulator.snsClient();
    const probe = injectSnsFaults(sns, { httpFault: () => throttled });
    const logger = recordingLogger();
    const response = await handlerOver(sns, logger)(sqsEvent(["nope"]));
    expect(failures(response)).toEqual(["msg-0"]);
    expect(probe.attempts).toHaveLength(3);
    expect(loggedCodes(logger)).toEqual(["ThrottledException"]);
    expect(await delivered()).toEqual([]);
  }, 15_000);
});

describe("SNS hangs, 5xx and lost responses on the wire (fault proxy in front of fauxqs)", () => {
  let proxy: SnsFaultProxy;
  beforeAll(async () => {
    proxy = await SnsFaultProxy.start(emulator.endpoint);
  });
  afterAll(() => proxy.stop());
  beforeEach(() => proxy.setCallFaults(undefined));

  /** The processor as handler.ts wires it, through the proxy; the request timeout longer than the budget. */
  function processorViaProxy(logger = recordingLogger()) {
    const timing = { connectionTimeoutMs: 1000, requestTimeoutMs: 60_000, deadlineMarginMs: 500 };
    const sns = createSnsClient(timing, {
      endpoint: proxy.endpoint,
      region: emulator.region,
      credentials: TEST_CREDENTIALS,
    });
    return createProcessorHandler({
      config: { ...config, timing },
      publisher: createSnsOutcomePublisher(sns),
      now: () => NOW,
      logger,
    });
  }
  const withRemaining = (ms: number) => {
    const until = Date.now() + ms;
    return { getRemainingTimeInMillis: () => until - Date.now() };
  };

  it("returns at the deadline with every record named when SNS hangs, and publishes nothing", async () => {
    proxy.setCallFaults(() => ({ kind: "hang" }));
    const logger = recordingLogger();
    const started = Date.now();

    const response = await processorViaProxy(logger)(
      sqsEvent([good("A"), "nope", good("C")]),
      withRemaining(1500),
    );

    expect(Date.now() - started).toBeLessThan(1500);
    expect(failures(response)).toEqual(["msg-0", "msg-1", "msg-2"]);
    expect(new Set(loggedCodes(logger))).toEqual(new Set(["DeadlineExceeded"]));
    expect(await delivered()).toEqual([]);
  });

  it("retries a 5xx answer inside the SDK and publishes, naming nothing", async () => {
    let calls = 0;
    proxy.setCallFaults(() => (++calls <= 2 ? SERVER_ERRORS[calls - 1] : undefined));
    const response = await processorViaProxy()(sqsEvent([good("A")]), withRemaining(30_000));
    expect(failures(response)).toEqual([]);
    expect(calls).toBe(3);
    expect(await delivered()).toEqual(["msg-0"]);
  });

  it("names a record whose publish was delivered but never confirmed; its redelivery publishes the same outcome_id again", async () => {
    proxy.setCallFaults(() => ({ kind: "lost-response" }));
    const event = sqsEvent([good("A")]);

    const first = await processorViaProxy()(event, withRemaining(1500));
    proxy.setCallFaults(undefined);
    const second = await processorViaProxy()(event, withRemaining(1500));

    expect(failures(first)).toEqual(["msg-0"]);
    expect(failures(second)).toEqual([]);
    const copies = (await emulator.drain("fulfilment")).map(
      (m) => JSON.parse(m.Body ?? "") as OrderOutcome,
    );
    // A duplicate (consumers deduplicate on outcome_id), never a loss.
    expect(copies).toHaveLength(2);
    expect(copies[0]?.outcome_id).toBe(copies[1]?.outcome_id);
  });
});
