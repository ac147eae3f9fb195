import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { IdempotencySettings, InvocationDeadline } from "../../../lib/consumers";
import { createTables, type LocalDynamoDb } from "../../../local/dynamodb/local-dynamodb";
import { buildTopology, idempotencyTableKey } from "../../../topology/build";

let tables = 0;

/** How a consumer's client reaches the table: another endpoint (a fault proxy), its own timeouts. */
export interface ClientOptions {
  endpoint?: string;
  /** Default 1: a test sees each store failure once. */
  maxAttempts?: number;
  requestTimeoutMs?: number;
}

/**
 * A fresh idempotency table of `consumer`, created on the local DynamoDB server from the topology's
 * own table declaration: the consumer's idempotency settings on it (`settings`, or `via` another
 * endpoint such as a fault proxy) and a reader of its items.
 *
 * @example const store = await freshStore(dynamo, "fulfilment"); await store.items();
 */
export async function freshStore(dynamo: LocalDynamoDb, consumer: string) {
  const spec = buildTopology().tables.find((t) => t.key === idempotencyTableKey(consumer));
  if (!spec) throw new Error(`the topology declares no idempotency table for ${consumer}`);
  const names = await createTables(dynamo.client(), [spec], { namePrefix: `t${++tables}-` });
  const tableName = names.get(spec.key) ?? "";
  const via = (options: ClientOptions = {}): IdempotencySettings => {
    const client = dynamo.client({
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      maxAttempts: options.maxAttempts ?? 1,
      ...(options.requestTimeoutMs
        ? { requestHandler: { requestTimeout: options.requestTimeoutMs } }
        : {}),
    });
    return {
      persistenceStore: new DynamoDBPersistenceLayer({ tableName, awsSdkV3Client: client }),
      keyPrefix: consumer,
      expiresAfterSeconds: spec.recordExpirySeconds,
    };
  };
  const reader = DynamoDBDocumentClient.from(dynamo.client());
  return {
    spec,
    tableName,
    settings: via(),
    via,
    /** Every item of the table, unmarshalled. */
    async items(): Promise<Record<string, unknown>[]> {
      const { Items = [] } = await reader.send(new ScanCommand({ TableName: tableName }));
      return Items;
    },
  };
}

/** A Lambda context whose deadline is `remainingMs` from now (what Powertools reads of it). */
export function contextWithDeadline(remainingMs: number): InvocationDeadline {
  const deadline = Date.now() + remainingMs;
  return { getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) };
}

/** Resolves once the wall clock is past `epochMs`. */
export async function waitUntilPast(epochMs: number): Promise<void> {
  while (Date.now() <= epochMs) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(5, epochMs - Date.now() + 5)));
  }
}

/** Polls `condition` every 20 ms; throws after `timeoutMs`. */
export async function eventually(
  condition: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
