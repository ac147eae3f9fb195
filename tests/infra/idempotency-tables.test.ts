// The consumers' idempotency tables as the Pulumi program deploys them (under mocks), the least
// privilege each consumer gets on its own table, and the local rendering of the same tables on
// dynalite. The DynamoDB actions granted are checked against the calls Powertools' persistence
// layer really makes, watched on the wire through its whole lifecycle.

import { PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS } from "@aws-lambda-powertools/idempotency";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fulfilmentSteps } from "../../functions/fulfilment/consume";
import type { OrderSuccessOutcome } from "../../generated/types";
import {
  IDEMPOTENCY_TABLE_ACTIONS,
  IDEMPOTENCY_TABLE_KMS_ACTIONS,
  type PolicyStatement,
} from "../../infra/policy-documents";
import { COMPONENT_TAG } from "../../infra/tags";
import { type ConsumerSteps, consumeBatchOnce, powertoolsOnce } from "../../lib/consumers";
import {
  createTables,
  type LocalDynamoDb,
  startLocalDynamoDb,
} from "../../local/dynamodb/local-dynamodb";
import { assertConsistent, buildTopology } from "../../topology/build";
import { lookup } from "../../topology/render";
import type { Topology } from "../../topology/types";
import { DynamoDbFaultProxy } from "../consumers/support/dynamodb-fault-proxy";
import { schemaExample } from "../consumers/support/examples";
import { contextWithDeadline, freshStore } from "../consumers/support/idempotency-store";
import { RecordingLogger } from "../consumers/support/recording-logger";
import { rawDelivery, sqsEvent } from "../consumers/support/sqs-delivery";
import {
  MOCK_ACCOUNT,
  MOCK_REGION,
  named,
  ofType,
  type ProgramRun,
  runProgram,
} from "./support/program";
import { stackConfig } from "./support/stack-files";

const P = "order-events-dev";
const TABLE = "aws:dynamodb/table:Table";
const KEY_ARN = `arn:aws:kms:${MOCK_REGION}:${MOCK_ACCOUNT}:key/${P}-key-key-id`;
const tableArn = (key: string) =>
  `arn:aws:dynamodb:${MOCK_REGION}:${MOCK_ACCOUNT}:table/${P}-${key}`;

let dev: ProgramRun;
let dynamo: LocalDynamoDb;
const topology: Topology = buildTopology();

beforeAll(async () => {
  dev = await runProgram("dev", stackConfig("dev"));
  dynamo = await startLocalDynamoDb();
}, 60_000);
afterAll(() => dynamo?.stop());

const statementsOf = (fn: string): PolicyStatement[] =>
  JSON.parse(named(dev, "aws:iam/rolePolicy:RolePolicy", `${P}-${fn}-permissions`).inputs.policy)
    .Statement;

describe("the consumers' idempotency tables in the dev stack", () => {
  it("deploys one table per consumer and no other", () => {
    expect(topology.tables.map((t) => t.owner).sort()).toEqual(
      topology.functions
        .filter((f) => f.access.idempotencyTable)
        .map((f) => f.key)
        .sort(),
    );
    expect(
      ofType(dev, TABLE)
        .map((r) => r.inputs.tags[COMPONENT_TAG])
        .sort(),
    ).toEqual(topology.tables.map((t) => t.key).sort());
  });

  it.each(topology.tables.map((t) => [t.key, t] as const))(
    "%s: on-demand, keyed and expiring as Powertools writes, encrypted with the stack's key, with point-in-time recovery",
    (key, spec) => {
      const table = named(dev, TABLE, `${P}-${key}`).inputs;

      expect(table).toMatchObject({
        billingMode: "PAY_PER_REQUEST",
        hashKey: spec.partitionKey,
        attributes: [{ name: spec.partitionKey, type: "S" }],
        ttl: { attributeName: PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS.expiryAttr, enabled: true },
        serverSideEncryption: { enabled: true, kmsKeyArn: KEY_ARN },
        pointInTimeRecovery: { enabled: true },
      });
      expect(table.readCapacity).toBeUndefined();
      expect(table.writeCapacity).toBeUndefined();
    },
  );

  it.each(topology.tables.map((t) => [t.owner, t] as const))(
    "lets %s read and write items of its own table only, and use the key only through DynamoDB",
    (owner, spec) => {
      const dynamoStatements = statementsOf(owner).filter((s) =>
        [s.Action].flat().some((a) => a.startsWith("dynamodb:")),
      );
      const kmsViaDynamo = statementsOf(owner).filter(
        (s) =>
          s.Condition?.StringEquals?.["kms:ViaService"] === `dynamodb.${MOCK_REGION}.amazonaws.com`,
      );

      expect(dynamoStatements).toEqual([
        {
          Sid: "KeepIdempotencyRecords",
          Effect: "Allow",
          Action: [...IDEMPOTENCY_TABLE_ACTIONS],
          Resource: tableArn(spec.key),
        },
      ]);
      expect(kmsViaDynamo).toEqual([
        {
          Sid: "EncryptIdempotencyRecords",
          Effect: "Allow",
          Action: [...IDEMPOTENCY_TABLE_KMS_ACTIONS],
          Resource: KEY_ARN,
          Condition: {
            StringEquals: {
              "kms:ViaService": `dynamodb.${MOCK_REGION}.amazonaws.com`,
              "kms:EncryptionContext:aws:dynamodb:tableName": `${P}-${spec.key}`,
            },
          },
        },
        {
          Sid: "DescribeIdempotencyTableKey",
          Effect: "Allow",
          Action: "kms:DescribeKey",
          Resource: KEY_ARN,
          Condition: {
            StringEquals: { "kms:ViaService": `dynamodb.${MOCK_REGION}.amazonaws.com` },
          },
        },
      ]);
    },
  );

  it("gives the processor no DynamoDB access at all", () => {
    const text = JSON.stringify(statementsOf("processor"));
    expect(text).not.toContain("dynamodb");
  });

  it("names each consumer's own table in its environment", () => {
    for (const spec of topology.tables) {
      const fn = named(dev, "aws:lambda/function:Function", `${P}-${spec.owner}`).inputs;
      expect(fn.environment.variables.IDEMPOTENCY_TABLE_NAME).toBe(
        named(dev, TABLE, `${P}-${spec.key}`).outputs.name,
      );
      expect(fn.environment.variables.IDEMPOTENCY_EXPIRES_AFTER_SECONDS).toBe(
        String(spec.recordExpirySeconds),
      );
    }
  });
});

describe("the actions granted are the ones Powertools' DynamoDB persistence layer uses", () => {
  it("covers every call of a record's lifecycle: done, duplicate, work failed and retried", async () => {
    const proxy = await DynamoDbFaultProxy.start(dynamo.endpoint, () => ({ action: "pass" }));
    try {
      const store = await freshStore(dynamo, "fulfilment");
      const settings = store.via({ endpoint: proxy.endpoint });
      let attempts = 0;
      const flaky: ConsumerSteps<unknown, unknown> = {
        ...(fulfilmentSteps as ConsumerSteps<unknown, unknown>),
        work: (message) => {
          if (++attempts === 1) throw new Error("the warehouse is down");
          return fulfilmentSteps.work(message as never);
        },
      };
      const outcome = schemaExample<OrderSuccessOutcome>(
        "outcome-success",
        "an accepted order from SQS",
      );
      const invoke = (messageId: string) =>
        consumeBatchOnce(
          sqsEvent(rawDelivery(outcome, {}, messageId)),
          flaky,
          new RecordingLogger(),
          powertoolsOnce(settings, contextWithDeadline(30_000)),
        );

      await invoke("a"); // the work throws: the record is deleted
      await invoke("a"); // done
      await invoke("b"); // a later duplicate

      const used = [...new Set(proxy.calls.map((c) => `dynamodb:${c.operation}`))].sort();
      expect(used).toEqual([...IDEMPOTENCY_TABLE_ACTIONS].sort());
      expect(proxy.calls.every((c) => c.input.TableName === store.tableName)).toBe(true);
    } finally {
      await proxy.stop();
    }
  });
});

describe("the local rendering of the tables", () => {
  it("creates on dynalite the key schema and billing mode the stack deploys", async () => {
    const names = await createTables(dynamo.client(), topology.tables, { namePrefix: "render-" });

    for (const spec of topology.tables) {
      const { Table } = await dynamo
        .client()
        .send(new DescribeTableCommand({ TableName: names.get(spec.key) }));
      const deployed = named(dev, TABLE, `${P}-${spec.key}`).inputs;
      expect(Table?.KeySchema, spec.key).toEqual([
        { AttributeName: deployed.hashKey, KeyType: "HASH" },
      ]);
      expect(Table?.AttributeDefinitions).toEqual(
        deployed.attributes.map((a: { name: string; type: string }) => ({
          AttributeName: a.name,
          AttributeType: a.type,
        })),
      );
      expect(Table?.BillingModeSummary?.BillingMode).toBe(deployed.billingMode);
      expect(Table?.TableStatus).toBe("ACTIVE");
    }
  });
});

describe("the topology's table checks", () => {
  const broken = (change: (t: Topology) => void) => () => {
    const t = structuredClone(buildTopology());
    change(t);
    assertConsistent(t);
  };
  const fn = (t: Topology, key: string) => lookup(t.functions, key, "function");

  it("refuses a function that uses another consumer's table", () => {
    expect(
      broken((t) => {
        fn(t, "failure-alerts").access.idempotencyTable = "fulfilment-idempotency";
      }),
    ).toThrow(
      /function failure-alerts uses table fulfilment-idempotency, which belongs to fulfilment/,
    );
  });

  it("refuses an environment naming a table outside the function's access", () => {
    expect(
      broken((t) => {
        fn(t, "processor").environment.SOME_TABLE = { tableName: "fulfilment-idempotency" };
      }),
    ).toThrow(/function processor environment names table fulfilment-idempotency/);
  });

  it("refuses a table whose owner does not use it, and one that does not exist", () => {
    expect(
      broken((t) => {
        delete fn(t, "fulfilment").access.idempotencyTable;
      }),
    ).toThrow(
      /table fulfilment-idempotency names owner fulfilment, whose access does not include it/,
    );
    expect(
      broken((t) => {
        t.tables = t.tables.filter((x) => x.owner !== "fulfilment");
      }),
    ).toThrow(/refers to table "fulfilment-idempotency", which is not declared/);
  });
});
