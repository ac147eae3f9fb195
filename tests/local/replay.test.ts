import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";
import { redriveSourceOf, replayDeadLetters, resolveQueue } from "../../tools/replay/replay";

let emulator: Emulator;
let clients: AwsClients;
let n = 0;

beforeAll(async () => {
  emulator = await startEmulator();
  clients = awsClients(emulator);
});
afterAll(() => emulator.stop());

async function pair() {
  const i = ++n;
  const create = async (name: string) => {
    const { QueueUrl = "" } = await clients.sqs.send(new CreateQueueCommand({ QueueName: name }));
    return resolveQueue(clients.sqs, QueueUrl);
  };
  const source = await create(`replay-src-${i}`);
  const dlq = await create(`replay-dlq-${i}`);
  return { source, dlq };
}

async function bodies(url: string) {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ["All"],
    }),
  );
  return Messages;
}

describe("replayDeadLetters", () => {
  it("moves every DLQ message to the source with its body and attributes, client-side where the endpoint lacks move tasks", async () => {
    // Prepare: 23 messages (three receive pages), one with attributes.
    const { source, dlq } = await pair();
    for (let i = 0; i < 23; i++) {
      await clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: dlq.url,
          MessageBody: `m${i}`,
          ...(i === 0
            ? { MessageAttributes: { status: { DataType: "String", StringValue: "FAILURE" } } }
            : {}),
        }),
      );
    }

    // Act
    const result = await replayDeadLetters(clients.sqs, dlq, source);

    // Assess
    expect(result).toMatchObject({
      strategy: "receive-send-delete",
      moved: 23,
      failed: 0,
      from: dlq.arn,
      to: source.arn,
    });
    expect(result.note).toMatch(/does not implement StartMessageMoveTask/);
    const { Attributes = {} } = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: dlq.url,
        AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
      }),
    );
    expect(
      Number(Attributes.ApproximateNumberOfMessages) +
        Number(Attributes.ApproximateNumberOfMessagesNotVisible),
    ).toBe(0);
    const moved = [];
    for (let page = await bodies(source.url); page.length > 0; page = await bodies(source.url))
      moved.push(...page);
    expect(moved.map((m) => m.Body).sort()).toEqual(
      Array.from({ length: 23 }, (_, i) => `m${i}`).sort(),
    );
    expect(moved.find((m) => m.Body === "m0")?.MessageAttributes?.status?.StringValue).toBe(
      "FAILURE",
    );
  });

  it("fails loudly when told to use a move task the endpoint does not have", async () => {
    const { source, dlq } = await pair();
    await expect(
      replayDeadLetters(clients.sqs, dlq, source, { strategy: "message-move-task" }),
    ).rejects.toThrow();
  });

  it("finds a DLQ's source in its RedriveAllowPolicy, and resolves queues by name, URL or ARN", async () => {
    const { source, dlq } = await pair();
    await clients.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: dlq.url,
        Attributes: {
          RedriveAllowPolicy: JSON.stringify({
            redrivePermission: "byQueue",
            sourceQueueArns: [source.arn],
          }),
        },
      }),
    );
    expect(await redriveSourceOf(clients.sqs, dlq)).toBe(source.arn);
    expect(await resolveQueue(clients.sqs, source.arn)).toEqual(source);
    expect(await resolveQueue(clients.sqs, source.arn.split(":").pop() ?? "")).toEqual(source);
  });

  it("says which queue was not found and how to name it, by name, URL or ARN", async () => {
    const { source } = await pair();
    const missingUrl = source.url.replace(/[^/]+$/, "no-such-queue");
    const missingArn = source.arn.replace(/[^:]+$/, "no-such-queue");
    for (const ref of ["no-such-queue", missingUrl, missingArn]) {
      const error = await resolveQueue(clients.sqs, ref).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message, ref).toContain(`queue ${ref} does not exist`);
      expect(error?.message, ref).toMatch(/--endpoint.*--region.*--dlq.*--source/);
    }
  });

  // SQS's StartMessageMoveTask cannot run here (no AWS, and fauxqs lacks it): this drives the
  // move-task path with a stand-in client that answers as the SQS API documents.
  it("runs a message move task on SQS, waits for it and reports ApproximateNumberOfMessagesMoved", async () => {
    const sent: string[] = [];
    let polls = 0;
    const fake = {
      send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        sent.push(command.constructor.name);
        if (command.constructor.name === "StartMessageMoveTaskCommand") {
          expect(command.input).toEqual({ SourceArn: "arn:dlq", DestinationArn: "arn:src" });
          return { TaskHandle: "task-1" };
        }
        polls++;
        return {
          Results: [
            polls < 2
              ? { TaskHandle: "task-1", Status: "RUNNING", ApproximateNumberOfMessagesMoved: 3 }
              : {
                  TaskHandle: "task-1",
                  Status: "COMPLETED",
                  ApproximateNumberOfMessagesMoved: 7,
                  ApproximateNumberOfMessagesToMove: 7,
                },
          ],
        };
      },
    } as unknown as SQSClient;
    const result = await replayDeadLetters(
      fake,
      { url: "u-dlq", arn: "arn:dlq" },
      { url: "u-src", arn: "arn:src" },
      { pollIntervalMs: 1 },
    );
    expect(result).toEqual({
      strategy: "message-move-task",
      from: "arn:dlq",
      to: "arn:src",
      moved: 7,
      failed: 0,
      taskHandle: "task-1",
    });
    expect(sent).toEqual([
      "StartMessageMoveTaskCommand",
      "ListMessageMoveTasksCommand",
      "ListMessageMoveTasksCommand",
    ]);
  });
  it("finds its finished task without a TaskHandle (SQS lists one only while RUNNING), newest first", async () => {
    const fake = {
      send: async (command: { constructor: { name: string } }) => {
        if (command.constructor.name === "StartMessageMoveTaskCommand")
          return { TaskHandle: "t-2" };
        return {
          Results: [
            {
              Status: "COMPLETED",
              DestinationArn: "arn:other",
              ApproximateNumberOfMessagesMoved: 1,
            },
            {
              Status: "COMPLETED",
              DestinationArn: "arn:src",
              ApproximateNumberOfMessagesMoved: 4,
              ApproximateNumberOfMessagesToMove: 5,
            },
          ],
        };
      },
    } as unknown as SQSClient;
    const result = await replayDeadLetters(
      fake,
      { url: "u-dlq", arn: "arn:dlq" },
      { url: "u-src", arn: "arn:src" },
      { pollIntervalMs: 1 },
    );
    expect(result).toMatchObject({ strategy: "message-move-task", moved: 4, failed: 1 });
  });
});
