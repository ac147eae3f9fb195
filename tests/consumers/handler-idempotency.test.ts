// The consumers' real Lambda handler modules, started as a cold start does (environment first,
// then the import), against a DynamoDB-compatible server behind a fault proxy: the table name and
// expiry come from the topology's environment, duplicates across invocations are skipped, and a
// store that accepts connections but never answers costs bounded time, then leaves the records
// for retry instead of hanging the invocation.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrderSuccessOutcome, SqsBatchResponse, SqsEvent } from "../../generated/types";
import {
  IDEMPOTENCY_CLIENT_TIMEOUTS,
  IdempotencyConfigError,
  type InvocationDeadline,
  readIdempotencyEnvironment,
} from "../../lib/consumers";
import {
  createTables,
  type LocalDynamoDb,
  localDynamoDbEnvironment,
  startLocalDynamoDb,
} from "../../local/dynamodb/local-dynamodb";
import { LOCAL_CREDENTIALS } from "../../local/emulator";
import { buildTopology } from "../../topology/build";
import { lookup, resolveEnvironment } from "../../topology/render";
import { type CallFate, DynamoDbFaultProxy } from "./support/dynamodb-fault-proxy";
import { schemaExample } from "./support/examples";
import { contextWithDeadline } from "./support/idempotency-store";
import { rawDelivery, sqsEvent } from "./support/sqs-delivery";

type Handler = (event: SqsEvent, context: InvocationDeadline) => Promise<SqsBatchResponse>;

let dynamo: LocalDynamoDb;
let proxy: DynamoDbFaultProxy;
let fate: CallFate = { action: "pass" };
let handler: Handler;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamoDb();
  proxy = await DynamoDbFaultProxy.start(dynamo.endpoint, () => fate);
  const topology = buildTopology();
  const tableNames = await createTables(dynamo.client(), topology.tables);
  const fulfilment = lookup(topology.functions, "fulfilment", "function");
  Object.assign(process.env, {
    ...resolveEnvironment(
      fulfilment,
      () => "arn:aws:sns:us-east-1:000000000000:unused",
      (t) => tableNames.get(t) ?? "",
    ),
    ...localDynamoDbEnvironment(proxy),
    AWS_REGION: dynamo.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: "INFO",
  });
  ({ handler } = (await import("../../functions/fulfilment/handler.js")) as unknown as {
    handler: Handler;
  });
});
// The handler's Powertools logger writes JSON lines (errors to stderr): keep them.
beforeEach(() => {
  const keep = (chunk: unknown) => {
    for (const line of String(chunk).split("\n")) {
      if (line.startsWith("{")) logged.push(JSON.parse(line));
    }
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await proxy.stop();
  await dynamo.stop();
});

const outcome = (orderId: string): OrderSuccessOutcome => {
  const example = schemaExample<OrderSuccessOutcome>(
    "outcome-success",
    "an accepted order from SQS",
  );
  return {
    ...example,
    outcome_id: `${example.outcome_id.slice(0, -4)}${orderId.slice(-4)}`,
    order: { ...example.order, order_id: orderId },
  };
};
const messagesOf = (messageId: string) =>
  logged.filter((l) => l.messageId === messageId).map((l) => l.message);

describe("the fulfilment Lambda handler with its idempotency table", () => {
  it("makes one fulfilment request for an outcome delivered again in a later invocation", async () => {
    const first = await handler(
      sqsEvent(rawDelivery(outcome("ORD-0001"), {}, "h-1")),
      contextWithDeadline(30_000),
    );
    const again = await handler(
      sqsEvent(rawDelivery(outcome("ORD-0001"), {}, "h-2")),
      contextWithDeadline(30_000),
    );

    expect(first).toEqual({ batchItemFailures: [] });
    expect(again).toEqual({ batchItemFailures: [] });
    expect(messagesOf("h-1")).toEqual(["fulfilment handled a message"]);
    expect(messagesOf("h-2")).toEqual(["fulfilment skipped a duplicate"]);
  });

  it("gives up on a store that never answers within its client timeouts, and leaves the record for retry", async () => {
    fate = { action: "hold", until: new Promise(() => {}) };
    try {
      const response = await handler(
        sqsEvent(rawDelivery(outcome("ORD-0002"), {}, "h-3"), rawDelivery("[]", {}, "h-4")),
        contextWithDeadline(30_000),
      );

      expect(response.batchItemFailures).toEqual([
        { itemIdentifier: "h-3" },
        { itemIdentifier: "h-4" },
      ]);
      const left = logged.find((l) => l.messageId === "h-3");
      expect(left).toMatchObject({
        message: "fulfilment left a record for later",
        reason: "IDEMPOTENCY_STORE_FAILED",
      });
      expect(String(left?.error)).toMatch(/Timeout/i);
      expect(messagesOf("h-3")).not.toContain("fulfilment handled a message");
      // One PutItem per attempt, each abandoned after the request timeout.
      expect(proxy.calls.filter((c) => c.operation === "PutItem").length).toBeGreaterThanOrEqual(
        IDEMPOTENCY_CLIENT_TIMEOUTS.maxAttempts,
      );
    } finally {
      fate = { action: "pass" };
    }
  }, 20_000);
});

describe("the idempotency environment", () => {
  it("fails the cold start naming each missing or malformed variable", () => {
    expect(() => readIdempotencyEnvironment({})).toThrowError(IdempotencyConfigError);
    expect(() => readIdempotencyEnvironment({})).toThrow(
      /IDEMPOTENCY_TABLE_NAME is not set.*IDEMPOTENCY_EXPIRES_AFTER_SECONDS is not set/,
    );
    expect(() =>
      readIdempotencyEnvironment({
        IDEMPOTENCY_TABLE_NAME: "no spaces allowed",
        IDEMPOTENCY_EXPIRES_AFTER_SECONDS: "-5",
      }),
    ).toThrow(/not a DynamoDB table name.*"-5"; it must be a whole number/);
  });

  it("reads what the topology sets", () => {
    const fn = lookup(buildTopology().functions, "failure-alerts", "function");
    const env = resolveEnvironment(
      fn,
      () => "",
      (t) => `name-of-${t}`,
    );

    expect(readIdempotencyEnvironment(env)).toEqual({
      tableName: "name-of-failure-alerts-idempotency",
      expiresAfterSeconds: lookup(buildTopology().tables, "failure-alerts-idempotency", "table")
        .recordExpirySeconds,
    });
  });
});
