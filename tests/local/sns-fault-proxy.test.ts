import {
  CreateTopicCommand,
  PublishBatchCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AwsClients,
  awsClients,
  type Emulator,
  LOCAL_CREDENTIALS,
  startEmulator,
} from "../../local/emulator";
import { faultsForMessages, randomEntryFaults } from "../../local/faults/policies";
import { SnsFaultProxy } from "../../local/faults/sns-fault-proxy";

let emulator: Emulator;
let clients: AwsClients;
let proxy: SnsFaultProxy;
let viaProxy: SNSClient;
let topicArn: string;
let queueUrl: string;

beforeAll(async () => {
  emulator = await startEmulator();
  clients = awsClients(emulator);
  proxy = await SnsFaultProxy.start(emulator.endpoint);
  viaProxy = new SNSClient({
    endpoint: proxy.endpoint,
    region: emulator.region,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 2,
  });
  ({ TopicArn: topicArn = "" } = await clients.sns.send(new CreateTopicCommand({ Name: "t" })));
  ({ QueueUrl: queueUrl = "" } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: "q" }),
  ));
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }),
  );
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: "sqs",
      Endpoint: Attributes.QueueArn,
      Attributes: { RawMessageDelivery: "true" },
    }),
  );
});
afterAll(async () => {
  await proxy.stop();
  await emulator.stop();
});

const entries = (ids: string[]) =>
  ids.map((id) => ({
    Id: id,
    Message: JSON.stringify({ message_id: id }),
    MessageAttributes: { status: { DataType: "String", StringValue: "SUCCESS" } },
  }));

async function delivered(): Promise<string[]> {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ["All"],
    }),
  );
  return Messages.map((m) => JSON.parse(m.Body ?? "{}").message_id).sort();
}

describe("SnsFaultProxy (faults on the wire, as SNS reports them)", () => {
  it("passes everything through when no fault is set", async () => {
    const output = await viaProxy.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: entries(["a", "b"]),
      }),
    );
    expect(output.Successful?.map((s) => s.Id).sort()).toEqual(["a", "b"]);
    expect(output.Failed ?? []).toEqual([]);
    expect(await delivered()).toEqual(["a", "b"]);
  });

  it("reports the chosen entries in Failed (HTTP 200) and publishes the others with their attributes", async () => {
    proxy.setEntryFaults(faultsForMessages(new Set(["x2", "x4"])));
    const output = await viaProxy.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: entries(["x1", "x2", "x3", "x4"]),
      }),
    );
    proxy.setEntryFaults(undefined);

    expect(output.Successful?.map((s) => s.Id).sort()).toEqual(["x1", "x3"]);
    expect(output.Failed?.map((f) => [f.Id, f.Code, f.SenderFault])).toEqual([
      ["x2", "InternalError", false],
      ["x4", "InternalError", false],
    ]);
    expect(await delivered()).toEqual(["x1", "x3"]);
  });

  it("answers a batch whose every entry fails without publishing anything", async () => {
    proxy.setEntryFaults(() => ({ code: "InternalError", message: "no" }));
    const output = await viaProxy.send(
      new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries(["y1"]) }),
    );
    proxy.setEntryFaults(undefined);
    expect(output.Failed?.map((f) => f.Id)).toEqual(["y1"]);
    expect(await delivered()).toEqual([]);
  });

  it("makes the SDK give up after its retries during an outage, and recovers when it ends", async () => {
    proxy.setOutage(true);
    const before = proxy.stats.callsFailed;
    await expect(
      viaProxy.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: entries(["z1"]),
        }),
      ),
    ).rejects.toMatchObject({ name: "InternalFailure" });
    expect(proxy.stats.callsFailed - before).toBe(2); // maxAttempts 2: the SDK retried the 500
    proxy.setOutage(false);
    await viaProxy.send(
      new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries(["z1"]) }),
    );
    expect(await delivered()).toEqual(["z1"]);
  });

  it("draws random faults reproducibly from a seed", () => {
    const draw = (seed: number) => {
      const policy = randomEntryFaults(0.1, seed);
      return Array.from(
        { length: 1000 },
        () => policy({ topicArn, id: "e", message: "{}" }) !== undefined,
      );
    };
    const first = draw(7);
    expect(draw(7)).toEqual(first);
    const failures = first.filter(Boolean).length;
    expect(failures).toBeGreaterThan(60);
    expect(failures).toBeLessThan(140);
    expect(() => randomEntryFaults(1.5, 1)).toThrow(/within 0..1/);
  });
});
