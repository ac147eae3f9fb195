import type { BasePersistenceLayer } from "@aws-lambda-powertools/idempotency/persistence";
import type { OnceResult, OnceRunner } from "./idempotent-batch";

/**
 * Where records live: Powertools' DynamoDBPersistenceLayer on the consumer's own table, or a
 * function that creates it on first use (idempotencyFromEnvironment's: the DynamoDB client and
 * Powertools' idempotency code then load with the first record, not at every cold start).
 */
export type PersistenceStore = BasePersistenceLayer | (() => Promise<BasePersistenceLayer>);

/** How a consumer's idempotency records are kept. */
export interface IdempotencySettings {
  /** Where records live (see PersistenceStore). */
  readonly persistenceStore: PersistenceStore;
  /** Prefix of every record's key, e.g. the consumer's name ("fulfilment#<hash>"). */
  readonly keyPrefix: string;
  /** How long a completed key is remembered (a duplicate arriving later is processed again). */
  readonly expiresAfterSeconds: number;
}

/** The part of the Lambda context Powertools reads: when this invocation will be stopped. */
export interface InvocationDeadline {
  getRemainingTimeInMillis(): number;
}

/**
 * Least time left in the invocation to start a record. Powertools marks a key INPROGRESS until the
 * invocation's deadline, but with no time left it records no deadline at all, and a crash would
 * then hold the key until the record expires (days): records are left for retry instead.
 */
export const MIN_REMAINING_MS_TO_START = 1_000;

/** What a completed key's record holds: which message did the work, and what the work returned. */
interface StoredRun {
  message_id: string;
  result: unknown;
}

/** Marks an error thrown by the work itself (not by the idempotency store). */
class WorkThrew extends Error {
  override readonly name = "WorkThrew";
}

type IdempotentCall = (
  key: { dedupe_key: string; message_id: string },
  call: { work: () => unknown; ran: boolean },
) => Promise<StoredRun>;

// Powertools' idempotency utility, loaded with the first record of the process.
let powertools: Promise<typeof import("./dynamodb-idempotency.js")> | undefined;
function loadPowertools() {
  powertools ??= import("./dynamodb-idempotency.js");
  return powertools;
}

/**
 * A OnceRunner on Powertools' idempotency utility (`makeIdempotent`) for one invocation. Each key
 * goes through Powertools' lifecycle: a conditional put marks it INPROGRESS until this invocation's
 * deadline (from `context`), the work runs, then the record is marked COMPLETED with the work's
 * result (and the message id that did it) for `expiresAfterSeconds`. A key already COMPLETED
 * returns that result without running the work; one INPROGRESS before its deadline is reported
 * "in-progress"; a failed store call is reported "store-failed"; a record met with less than
 * MIN_REMAINING_MS_TO_START left is not started ("deadline-near"). When the work throws, Powertools
 * deletes the INPROGRESS record and the error is rethrown, so the record can be retried.
 *
 * The context must be the invocation's: without a deadline, a crash would leave its keys
 * INPROGRESS until they expire.
 *
 * @example
 * const store = new DynamoDBPersistenceLayer({ tableName: process.env.IDEMPOTENCY_TABLE_NAME });
 * export const handler = (event, context) =>
 *   consumeBatchOnce(event, steps, logger, powertoolsOnce({ persistenceStore: store, keyPrefix: "fulfilment", expiresAfterSeconds: 1_209_600 }, context));
 */
export function powertoolsOnce(
  settings: IdempotencySettings,
  context: InvocationDeadline,
): OnceRunner {
  const setUp = async (): Promise<IdempotentCall> => {
    const [{ IdempotencyConfig, makeIdempotent }, persistenceStore] = await Promise.all([
      loadPowertools(),
      typeof settings.persistenceStore === "function"
        ? settings.persistenceStore()
        : settings.persistenceStore,
    ]);
    const config = new IdempotencyConfig({
      eventKeyJmesPath: "dedupe_key",
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: settings.expiresAfterSeconds,
    });
    // Powertools only calls getRemainingTimeInMillis on it.
    config.registerLambdaContext(context as Parameters<typeof config.registerLambdaContext>[0]);
    return makeIdempotent(
      async (key, call): Promise<StoredRun> => {
        call.ran = true;
        let result: unknown;
        try {
          result = await call.work();
        } catch (error) {
          throw new WorkThrew("the work threw", { cause: error });
        }
        // DynamoDB stores JSON values: drop `undefined` members as JSON would.
        return { message_id: key.message_id, result: JSON.parse(JSON.stringify(result ?? null)) };
      },
      { persistenceStore, config, keyPrefix: settings.keyPrefix, dataIndexArgument: 0 },
    ) as IdempotentCall;
  };
  let idempotent: Promise<IdempotentCall> | undefined;

  return {
    async run<T>(
      key: { dedupeKey: string; messageId: string },
      work: () => T | Promise<T>,
    ): Promise<OnceResult<T>> {
      const remaining = context.getRemainingTimeInMillis();
      if (remaining < MIN_REMAINING_MS_TO_START) {
        return {
          kind: "deadline-near",
          message: `${remaining} ms left in the invocation, under ${MIN_REMAINING_MS_TO_START} ms: not started`,
        };
      }
      let once: IdempotentCall;
      try {
        idempotent ??= setUp();
        once = await idempotent;
      } catch (error) {
        idempotent = undefined; // the next record tries again
        return {
          kind: "store-failed",
          message: `the idempotency store could not be set up: ${describe(error)}`,
        };
      }
      const call = { work, ran: false };
      let stored: StoredRun;
      try {
        stored = await once({ dedupe_key: key.dedupeKey, message_id: key.messageId }, call);
      } catch (error) {
        if (error instanceof WorkThrew) throw error.cause;
        const message = describe(error);
        if (error instanceof Error && error.name === "IdempotencyAlreadyInProgressError") {
          return { kind: "in-progress", message };
        }
        return { kind: "store-failed", message };
      }
      const result = stored.result as T;
      return call.ran
        ? { kind: "done", result }
        : { kind: "replayed", result, firstMessageId: stored.message_id };
    },
  };
}

/** The error and its causes, one line: Powertools wraps the SDK's error. */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current !== undefined && parts.length < 4) {
    parts.push(current instanceof Error ? `${current.name}: ${current.message}` : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(" <- ");
}
