// The code the program deploys is the real code: each function's archive, taken from the Pulumi
// program run under mocks, is written to a temporary index.mjs outside the repository (no
// node_modules to lean on), imported in a fresh Node process and invoked. The processor gets a
// real SQS sample and publishes to the embedded fauxqs, where the topology (queues, subscriptions,
// raw delivery, filter policies) is rendered with the dev stack's names, so the ARNs in the
// function's deployed environment are the emulator's. The consumers then get what reached their
// queues. Lambda destination records (real samples) go through the same filters.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { PublishCommand } from "@aws-sdk/client-sns";
import type { Message } from "@aws-sdk/client-sqs";
import type * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { validateSqsBatchResponse } from "../../generated/validators.cjs";
import { parseStackConfig } from "../../infra/config.js";
import { type LocalDynamoDb, startLocalDynamoDb } from "../../local/dynamodb/local-dynamodb.js";
import { toSqsEvent } from "../../local/esm/sqs-event.js";
import { type RenderedTopology, renderTopology } from "../../local/topology/render-emulator.js";
import { buildTopology } from "../../topology/build.js";
import { readAwsSample } from "../support/aws-samples.js";
import { startTestEmulator, type TestEmulator } from "../support/fauxqs.mjs";
import { named, type ProgramRun, runProgram } from "./support/program.js";
import { stackConfig } from "./support/stack-files.js";

const run = promisify(execFile);
const P = "order-events-dev";

// Imports the bundle, invokes `handler` once, writes the result (or the error) to a file:
// stdout belongs to the function's logs.
const RUNNER = `
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [bundle, eventFile, resultFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, "utf8"));
const context = {
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:" + process.env.AWS_LAMBDA_FUNCTION_NAME,
  memoryLimitInMB: "256",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e812345678",
  logGroupName: "/aws/lambda/" + process.env.AWS_LAMBDA_FUNCTION_NAME,
  logStreamName: "2026/11/26/[$LATEST]test",
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 30000,
};
try {
  const { handler } = await import(pathToFileURL(bundle).href);
  writeFileSync(resultFile, JSON.stringify({ ok: true, result: await handler(event, context) }));
} catch (error) {
  writeFileSync(resultFile, JSON.stringify({ ok: false, error: String(error?.stack ?? error) }));
}
`;

let dev: ProgramRun;
let emulator: TestEmulator;
let dynamo: LocalDynamoDb;
let rendered: RenderedTopology;
let workDir: string;

/** Environment of the deployed function, pointed at the emulator; nothing inherited from the test. */
function functionEnvironment(key: string): Record<string, string> {
  const fn = named(dev, "aws:lambda/function:Function", `${P}-${key}`).inputs;
  return {
    ...(fn.environment.variables as Record<string, string>),
    ...emulator.awsEnvironment(),
    // The consumers' idempotency tables, created under the names the stack gives them.
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    PATH: "",
  };
}

/** Runs the deployed bundle of function `key` with `event` in a new Node process. */
async function invokeDeployed(key: string, event: unknown, name: string): Promise<unknown> {
  const dir = join(workDir, key);
  const eventFile = join(dir, `${name}.event.json`);
  const resultFile = join(dir, `${name}.result.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  await run(
    process.execPath,
    [join(workDir, "runner.mjs"), join(dir, "index.mjs"), eventFile, resultFile],
    {
      cwd: dir,
      env: functionEnvironment(key),
      timeout: 20_000,
    },
  );
  const outcome = JSON.parse(readFileSync(resultFile, "utf8"));
  if (!outcome.ok) throw new Error(`${key} threw: ${outcome.error}`);
  return outcome.result;
}

const queueName = (key: string) => `${P}-${key}`;
const parsed = (m: Message) => JSON.parse(m.Body ?? "");

beforeAll(async () => {
  const config = stackConfig("dev");
  dev = await runProgram("dev", config);
  workDir = mkdtempSync(join(tmpdir(), "order-events-bundles-"));
  writeFileSync(join(workDir, "runner.mjs"), RUNNER);
  for (const fn of dev.resources.filter((r) => r.type === "aws:lambda/function:Function")) {
    const key = fn.name.slice(P.length + 1);
    const assets = await (fn.inputs.code as pulumi.asset.AssetArchive).assets;
    const text = await (assets["index.mjs"] as pulumi.asset.StringAsset).text;
    mkdirSync(join(workDir, key));
    writeFileSync(join(workDir, key, "index.mjs"), text);
  }
  emulator = await startTestEmulator();
  dynamo = await startLocalDynamoDb();
  for (const table of dev.resources.filter((r) => r.type === "aws:dynamodb/table:Table")) {
    const key = table.inputs.hashKey as string;
    await dynamo.client().send(
      new CreateTableCommand({
        TableName: table.outputs.name as string,
        BillingMode: table.inputs.billingMode as "PAY_PER_REQUEST",
        KeySchema: [{ AttributeName: key, KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: key, AttributeType: "S" }],
      }),
    );
  }
  const settings = parseStackConfig("order-events", (k) => config[k]);
  rendered = await renderTopology(
    buildTopology(settings.topology),
    { sqs: emulator.sqsClient(), sns: emulator.snsClient() },
    { namePrefix: `${P}-` },
  );
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
  await dynamo?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

beforeEach(() => emulator.reset());

describe("the deployed bundles", () => {
  it("are one self-contained index.mjs per function, bound to the emulator's topics by the stack's ARNs", () => {
    expect(functionEnvironment("processor").SUCCESS_TOPIC_ARN).toBe(rendered.topic("success").arn);
    expect(functionEnvironment("processor").FAILURE_TOPIC_ARN).toBe(rendered.topic("failure").arn);
  });

  it("the processor answers a real SQS sample with a batch response and publishes FAILURE outcomes only failure-alerts receives", async () => {
    const sample = readAwsSample("sqs-event--aws-docs--standard-queue-2-records.json") as {
      Records: { messageId: string }[];
    };

    const response = await invokeDeployed("processor", sample, "sample");

    expect(validateSqsBatchResponse(response)).toBe(true);
    expect(response).toEqual({ batchItemFailures: [] });
    const alerts = await emulator.drain(queueName("failure-alerts"));
    expect(await emulator.drain(queueName("fulfilment"))).toEqual([]);
    const envelopes = alerts.map(parsed);
    expect(envelopes.map((e) => [e.Type, e.TopicArn])).toEqual([
      ["Notification", rendered.topic("failure").arn],
      ["Notification", rendered.topic("failure").arn],
    ]);
    const outcomes = envelopes.map((e) => JSON.parse(e.Message));
    expect(outcomes.map((o) => [o.message_id, o.status, o.error_code]).sort()).toEqual(
      sample.Records.map((r) => [r.messageId, "FAILURE", "INVALID_JSON"]).sort(),
    );

    const consumed = await invokeDeployed(
      "failure-alerts",
      toSqsEvent(alerts, {
        queueArn: rendered.queue("failure-alerts").arn,
        region: emulator.region,
      }),
      "alerts",
    );
    expect(consumed).toEqual({ batchItemFailures: [] });
  }, 60_000);

  it("routes a valid order's SUCCESS outcome raw to fulfilment, whose bundle accepts it", async () => {
    const sample = readAwsSample("sqs-event--aws-docs--standard-queue-2-records.json") as {
      Records: { messageId: string; body: string }[];
    };
    const order = {
      order_id: "ORD-1001",
      customer_id: "CUST-42",
      currency: "EUR",
      line_items: [{ sku: "SKU-RED-1", quantity: 2, unit_price_minor: 1999 }],
      submitted_at: new Date(Date.now() - 60_000).toISOString(),
    };
    const [first, second] = sample.Records;
    const event = { Records: [{ ...first, body: JSON.stringify(order) }, second] };

    expect(await invokeDeployed("processor", event, "valid")).toEqual({ batchItemFailures: [] });

    const fulfilment = await emulator.drain(queueName("fulfilment"));
    expect(fulfilment).toHaveLength(1);
    const outcome = parsed(fulfilment[0] as Message);
    expect(outcome).toMatchObject({
      status: "SUCCESS",
      message_id: first?.messageId,
      order_total_minor: 3998,
    });
    // Raw delivery: the body is the outcome, its SNS attributes became SQS attributes.
    expect(fulfilment[0]?.MessageAttributes?.status).toEqual({
      DataType: "String",
      StringValue: "SUCCESS",
    });
    expect(
      (await emulator.drain(queueName("failure-alerts"))).map(
        (m) => JSON.parse(parsed(m).Message).message_id,
      ),
    ).toEqual([second?.messageId]);

    const consumed = await invokeDeployed(
      "fulfilment",
      toSqsEvent(fulfilment, {
        queueArn: rendered.queue("fulfilment").arn,
        region: emulator.region,
      }),
      "fulfilment",
    );
    expect(consumed).toEqual({ batchItemFailures: [] });
  }, 60_000);
});

describe("the deployed filters on Lambda destination records (no message attributes)", () => {
  const publish = (topic: "success" | "failure", message: unknown) =>
    emulator.snsClient().send(
      new PublishCommand({
        TopicArn: rendered.topic(topic).arn,
        Message: JSON.stringify(message),
      }),
    );

  it("admit success records to fulfilment and failure records to failure-alerts", async () => {
    const success = [
      "destination-record--localstack-aws-recorded--success.json",
      "destination-record--vgaltes-real--success-sns-trigger.json",
    ];
    const failure = [
      "destination-record--aws-docs--retries-exhausted.json",
      "destination-record--localstack-aws-recorded--event-age-exceeded.json",
      "destination-record--localstack-aws-recorded--retries-exhausted-maxretry-0.json",
      "destination-record--vgaltes-real--retries-exhausted-sns-trigger.json",
    ];
    for (const name of success) await publish("success", readAwsSample(name));
    for (const name of failure) await publish("failure", readAwsSample(name));

    const fulfilment = (await emulator.drain(queueName("fulfilment"))).map(parsed);
    const alerts = (await emulator.drain(queueName("failure-alerts"))).map((m) =>
      JSON.parse(parsed(m).Message),
    );
    expect(fulfilment.map((r) => r.requestContext.condition)).toEqual(["Success", "Success"]);
    expect(alerts.map((r) => r.requestContext.condition).sort()).toEqual([
      "EventAgeExceeded",
      "RetriesExhausted",
      "RetriesExhausted",
      "RetriesExhausted",
    ]);
  });

  it("drop what a topic should not carry: the other outcome, the other record, stray JSON", async () => {
    await publish("success", readAwsSample("destination-record--aws-docs--retries-exhausted.json"));
    await publish(
      "failure",
      readAwsSample("destination-record--localstack-aws-recorded--success.json"),
    );
    await publish("success", { message_type: "order.outcome", status: "FAILURE" });
    await publish("failure", { message_type: "order.outcome", status: "SUCCESS" });
    await publish("success", { hello: "world" });
    await publish("failure", { hello: "world" });

    expect(await emulator.drain(queueName("fulfilment"))).toEqual([]);
    expect(await emulator.drain(queueName("failure-alerts"))).toEqual([]);
  });
});
