import type { BasePersistenceLayer } from "@aws-lambda-powertools/idempotency/persistence";
import type { IdempotencySettings } from "./powertools-once";

/** Environment variable naming the consumer's idempotency table (the topology sets it). */
export const IDEMPOTENCY_TABLE_NAME = "IDEMPOTENCY_TABLE_NAME";
/** Environment variable: seconds a completed dedupe key is remembered (the topology sets it). */
export const IDEMPOTENCY_EXPIRES_AFTER_SECONDS = "IDEMPOTENCY_EXPIRES_AFTER_SECONDS";

/**
 * Timeouts of the consumers' DynamoDB client: a store that accepts the connection and never
 * answers costs one record at most 3 x 2 s, well inside the consumers' 30 s timeout, and the
 * record is then retried (IDEMPOTENCY_STORE_FAILED) instead of the whole batch timing out.
 */
export const IDEMPOTENCY_CLIENT_TIMEOUTS = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 2_000,
  maxAttempts: 3,
} as const;

// DynamoDB table names: 3 to 255 of [a-zA-Z0-9_.-].
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const WHOLE_SECONDS = /^\d{1,9}$/;

/**
 * Thrown at start-up when the idempotency variables are missing or malformed, naming each one.
 *
 * @example new IdempotencyConfigError(["IDEMPOTENCY_TABLE_NAME is not set; …"])
 */
export class IdempotencyConfigError extends Error {
  override readonly name = "IdempotencyConfigError";
  constructor(
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `The consumer's idempotency settings are wrong: ${problems.join("; ")}. The Pulumi program (topology/build.ts) sets them; locally, npm start does.`,
      options,
    );
  }
}

/** The table and expiry a consumer reads from its environment. */
export interface IdempotencyEnvironment {
  readonly tableName: string;
  readonly expiresAfterSeconds: number;
}

/**
 * Reads IDEMPOTENCY_TABLE_NAME and IDEMPOTENCY_EXPIRES_AFTER_SECONDS once, at start-up; throws an
 * IdempotencyConfigError naming every problem (a cold start fails instead of every record).
 *
 * @example readIdempotencyEnvironment(process.env) // { tableName: "order-events-dev-fulfilment-idempotency-1a2b3c4", expiresAfterSeconds: 1209600 }
 */
export function readIdempotencyEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): IdempotencyEnvironment {
  const problems: string[] = [];
  const tableName = env[IDEMPOTENCY_TABLE_NAME]?.trim() ?? "";
  if (tableName === "") {
    problems.push(`${IDEMPOTENCY_TABLE_NAME} is not set; it names the consumer's DynamoDB table`);
  } else if (!TABLE_NAME.test(tableName)) {
    problems.push(
      `${IDEMPOTENCY_TABLE_NAME} is ${JSON.stringify(tableName)}, not a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -)`,
    );
  }
  const expiry = env[IDEMPOTENCY_EXPIRES_AFTER_SECONDS]?.trim() ?? "";
  const expiresAfterSeconds = Number(expiry);
  if (!WHOLE_SECONDS.test(expiry) || expiresAfterSeconds < 1) {
    problems.push(
      `${IDEMPOTENCY_EXPIRES_AFTER_SECONDS} is ${expiry === "" ? "not set" : JSON.stringify(expiry)}; it must be a whole number of seconds from 1 (how long a handled message is remembered)`,
    );
  }
  if (problems.length > 0) throw new IdempotencyConfigError(problems);
  return { tableName, expiresAfterSeconds };
}

/**
 * The idempotency settings of a consumer from its environment: Powertools' DynamoDB persistence
 * layer on its table, with a client that gives up in bounded time (IDEMPOTENCY_CLIENT_TIMEOUTS).
 * The variables are read and checked at once (a bad one fails the cold start, naming it); the
 * client and the persistence layer are created with the first record, once per process, so that
 * a cold start does not load the DynamoDB client and the SDK (most of a consumer's bundle). The SDK
 * reads the Region, credentials and any AWS_ENDPOINT_URL_DYNAMODB (the local runtime's) from the
 * environment itself.
 *
 * @example const idempotency = idempotencyFromEnvironment(process.env, "fulfilment");
 */
export function idempotencyFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  consumer: string,
): IdempotencySettings {
  const { tableName, expiresAfterSeconds } = readIdempotencyEnvironment(env);
  let store: Promise<BasePersistenceLayer> | undefined;
  const create = async (): Promise<BasePersistenceLayer> => {
    const { DynamoDBClient, DynamoDBPersistenceLayer } = await import("./dynamodb-idempotency.js");
    const client = new DynamoDBClient({
      maxAttempts: IDEMPOTENCY_CLIENT_TIMEOUTS.maxAttempts,
      requestHandler: {
        connectionTimeout: IDEMPOTENCY_CLIENT_TIMEOUTS.connectionTimeoutMs,
        requestTimeout: IDEMPOTENCY_CLIENT_TIMEOUTS.requestTimeoutMs,
        // Without it, the SDK's HTTP handler only logs a warning when requestTimeout passes.
        throwOnRequestTimeout: true,
      },
    });
    return new DynamoDBPersistenceLayer({ tableName, awsSdkV3Client: client });
  };
  return {
    persistenceStore: () => {
      store ??= create().catch((error: unknown) => {
        store = undefined; // the next record tries again
        throw error;
      });
      return store;
    },
    keyPrefix: consumer,
    expiresAfterSeconds,
  };
}
