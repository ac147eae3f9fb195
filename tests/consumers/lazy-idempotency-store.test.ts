import { describe, expect, it, vi } from "vitest";
import {
  IdempotencyConfigError,
  idempotencyFromEnvironment,
  powertoolsOnce,
} from "../../lib/consumers";

// The consumers create their idempotency store with the first record, not at cold start (the
// DynamoDB client is most of their bundle): the variables still fail the cold start at once, the
// store is created once per process, and a store that cannot be set up leaves the record for retry.

const env = {
  IDEMPOTENCY_TABLE_NAME: "fulfilment-idempotency",
  IDEMPOTENCY_EXPIRES_AFTER_SECONDS: "60",
};

describe("the consumers' lazily created idempotency store", () => {
  it("checks the variables at once, before any record, naming the missing one", () => {
    expect(() => idempotencyFromEnvironment({}, "fulfilment")).toThrowError(IdempotencyConfigError);
    expect(() =>
      idempotencyFromEnvironment({ IDEMPOTENCY_EXPIRES_AFTER_SECONDS: "60" }, "fulfilment"),
    ).toThrowError(/IDEMPOTENCY_TABLE_NAME is not set/);
  });

  it("creates Powertools' DynamoDB persistence layer on first use, once", async () => {
    const settings = idempotencyFromEnvironment(env, "fulfilment");
    expect(settings).toMatchObject({ keyPrefix: "fulfilment", expiresAfterSeconds: 60 });
    const { persistenceStore } = settings;
    if (typeof persistenceStore !== "function")
      throw new Error("expected a store made on first use");
    const [first, second] = await Promise.all([persistenceStore(), persistenceStore()]);
    expect(first.constructor.name).toBe("DynamoDBPersistenceLayer");
    expect(second).toBe(first);
    expect(await persistenceStore()).toBe(first);
  });

  it("reports a store that cannot be set up as a store failure, and tries again with the next record", async () => {
    const setUp = vi.fn(async () => {
      throw new Error("no credentials in the environment");
    });
    const once = powertoolsOnce(
      { persistenceStore: setUp, keyPrefix: "fulfilment", expiresAfterSeconds: 60 },
      { getRemainingTimeInMillis: () => 30_000 },
    );
    const work = vi.fn(() => "fulfilled");

    for (const key of ["k-1", "k-2"]) {
      expect(await once.run({ dedupeKey: key, messageId: `m-${key}` }, work)).toEqual({
        kind: "store-failed",
        message:
          "the idempotency store could not be set up: Error: no credentials in the environment",
      });
    }
    expect(setUp).toHaveBeenCalledTimes(2);
    expect(work).not.toHaveBeenCalled();
  });
});
