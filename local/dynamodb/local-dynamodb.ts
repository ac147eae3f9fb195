import type { AddressInfo } from "node:net";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import type { TableSpec } from "../../topology/types";
import { LOCAL_CREDENTIALS } from "../emulator";

/** A running DynamoDB-compatible endpoint: the embedded dynalite, or one named by the caller. */
export interface LocalDynamoDb {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly region: string;
  /** True when this process started it (and `stop` shuts it down). */
  readonly embedded: boolean;
  /** A DynamoDB client for it; `config` overrides (maxAttempts, requestHandler…). */
  client(config?: ConstructorParameters<typeof DynamoDBClient>[0]): DynamoDBClient;
  stop(): Promise<void>;
}

/**
 * Starts dynalite, a DynamoDB implementation on LevelDB, in memory and in this process, on a free
 * loopback port (tables are ACTIVE at once); or, given an `endpoint` (e.g. AWS_ENDPOINT_URL_DYNAMODB),
 * uses that one and starts nothing. It serves the conditional writes, updates, reads and deletes
 * that Powertools' idempotency utility makes; it does not delete expired items (no TTL), which
 * Powertools does not rely on: it compares the expiry itself.
 *
 * @example
 * const dynamo = await startLocalDynamoDb();
 * const names = await createTables(dynamo.client(), topology.tables);
 * await dynamo.stop();
 */
export async function startLocalDynamoDb(
  options: { endpoint?: string; region?: string } = {},
): Promise<LocalDynamoDb> {
  const region = options.region ?? "us-east-1";
  const client = (endpoint: string) => (config?: ConstructorParameters<typeof DynamoDBClient>[0]) =>
    new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS, ...config });
  if (options.endpoint) {
    const endpoint = options.endpoint;
    return { endpoint, region, embedded: false, client: client(endpoint), stop: async () => {} };
  }
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    region,
    embedded: true,
    client: client(endpoint),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Creates the topology's tables (partition key, billing mode) named `<namePrefix><key>` and returns
 * the physical names by key, for resolveEnvironment. Encryption, point-in-time recovery and TTL are
 * the deployment's business.
 *
 * @example const names = await createTables(client, topology.tables); // Map { "fulfilment-idempotency" => "fulfilment-idempotency", … }
 */
export async function createTables(
  client: DynamoDBClient,
  tables: readonly TableSpec[],
  options: { namePrefix?: string } = {},
): Promise<ReadonlyMap<string, string>> {
  const names = new Map<string, string>();
  for (const table of tables) {
    const name = `${options.namePrefix ?? ""}${table.key}`;
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: table.billingMode,
        KeySchema: [{ AttributeName: table.partitionKey, KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: table.partitionKey, AttributeType: "S" }],
      }),
    );
    names.set(table.key, name);
  }
  return names;
}

/**
 * The environment that points the SDK inside handlers at the local DynamoDB endpoint (the SDK
 * honours AWS_ENDPOINT_URL_DYNAMODB by itself).
 */
export function localDynamoDbEnvironment(
  dynamo: Pick<LocalDynamoDb, "endpoint">,
): Record<string, string> {
  return { AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint };
}
