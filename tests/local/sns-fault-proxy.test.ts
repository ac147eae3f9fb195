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
import { createSnsClient } from "../../functions/processor/sns-client";
import {
  type AwsClients,
  awsClients,
  type Emulator,
  LOCAL_CREDENTIALS,
  startEmulator,
} from "../../local/emulator";
import {
  FAULT_KINDS,
  faultsForMessages,
  randomEntryFaults,
  randomPublishFaults,
  SERVER_ERRORS,
} from "../../local/faults/policies";
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

describe("SnsFaultProxy call faults: 5xx, hangs and lost responses", () => {
  /** The processor's own SNS client (createSnsClient), through the proxy, with a short request timeout. */
  const processorClient = () =>
    createSnsClient(
      { connectionTimeoutMs: 1000, requestTimeoutMs: 300, deadlineMarginMs: 1000 },
      {
        endpoint: proxy.endpoint,
        region: emulator.region,
        credentials: LOCAL_CREDENTIALS,
        maxAttempts: 2,
      },
    );
  const publish = (client: SNSClient, ids: string[]) =>
    client.send(
      new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries(ids) }),
    );

  it("answers the chosen request with an HTTP 503 (the SDK retries it and publishes)", async () => {
    const before = { ...proxy.stats };
    let calls = 0;
    proxy.setCallFaults(() => (++calls === 1 ? SERVER_ERRORS[1] : undefined));
    const output = await publish(viaProxy, ["s1"]);
    proxy.setCallFaults(undefined);

    expect(output.Successful?.map((e) => e.Id)).toEqual(["s1"]);
    expect(calls).toBe(2);
    expect(proxy.stats.callsFailed - before.callsFailed).toBe(1);
    expect(await delivered()).toEqual(["s1"]);
  });

  it("hangs the request: accepted, never answered, nothing published; the client's timeout ends each attempt", async () => {
    const before = { ...proxy.stats };
    proxy.setCallFaults(() => ({ kind: "hang" }));
    const started = Date.now();
    await expect(publish(processorClient(), ["h1"])).rejects.toMatchObject({
      name: "TimeoutError",
    });
    proxy.setCallFaults(undefined);

    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 300);
    expect(proxy.stats.callsHung - before.callsHung).toBe(2); // maxAttempts 2: each attempt hung
    expect(proxy.stats.entriesForwarded).toBe(before.entriesForwarded);
    expect(await delivered()).toEqual([]);
  });

  it("loses the response of a request it forwarded: the client times out, yet the message was published", async () => {
    const before = { ...proxy.stats };
    let calls = 0;
    proxy.setCallFaults(() => (++calls === 1 ? { kind: "lost-response" } : undefined));
    // The SDK's retry publishes it a second time: what an aborted-but-delivered publish looks like.
    const output = await publish(processorClient(), ["l1"]);
    proxy.setCallFaults(undefined);

    expect(output.Successful?.map((e) => e.Id)).toEqual(["l1"]);
    expect(proxy.stats.responsesLost - before.responsesLost).toBe(1);
    expect(proxy.stats.entriesForwarded - before.entriesForwarded).toBe(2);
    expect(await delivered()).toEqual(["l1", "l1"]);
  });
});

describe("randomPublishFaults", () => {
  /** Simulates `attempts` PublishBatch attempts of 10 entries each; returns what failed and how. */
  function simulate(rate: number, kinds = FAULT_KINDS, seed = 3, attempts = 4000) {
    const { entry, call } = randomPublishFaults(rate, seed, kinds);
    const tally = { entries: 0, failed: 0, byEntry: 0, by5xx: 0, byHang: 0 };
    for (let a = 0; a < attempts; a++) {
      const fault = call?.({ action: "PublishBatch", topicArn });
      for (let e = 0; e < 10; e++) {
        tally.entries++;
        if (fault?.kind === "hang") tally.byHang++;
        else if (fault?.kind === "http") tally.by5xx++;
        else if (entry?.({ topicArn, id: `e${e}`, message: "{}" })) tally.byEntry++;
        else continue;
        tally.failed++;
      }
    }
    return tally;
  }

  it.each([0.1, 0.3, 0.6])(
    "fails %s of publish attempts, split evenly among entry faults, 5xx and hangs",
    (rate) => {
      const t = simulate(rate);
      expect(t.failed / t.entries).toBeCloseTo(rate, 1);
      for (const share of [t.byEntry, t.by5xx, t.byHang]) {
        expect(share / t.failed).toBeGreaterThan(0.25);
        expect(share / t.failed).toBeLessThan(0.42);
      }
    },
  );

  it("injects only the kinds asked for, reproducibly per seed", () => {
    const onlyHangs = simulate(0.3, ["hang"]);
    expect(onlyHangs.byEntry + onlyHangs.by5xx).toBe(0);
    expect(onlyHangs.byHang / onlyHangs.entries).toBeCloseTo(0.3, 1);
    expect(simulate(0.3, ["entry"]).by5xx).toBe(0);
    expect(simulate(0.3, FAULT_KINDS, 9)).toEqual(simulate(0.3, FAULT_KINDS, 9));
    expect(randomPublishFaults(0, 1)).toEqual({ entry: undefined, call: undefined });
    expect(() => randomPublishFaults(0.1, 1, [])).toThrow(/one or more of entry, 5xx, hang/);
    expect(() => randomPublishFaults(0.1, 1, ["boom" as never])).toThrow(/got boom/);
    expect(() => randomPublishFaults(1.2, 1)).toThrow(/within 0..1/);
  });
});
