import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";
import { toLambdaMessageAttributes, toSqsEvent } from "../../local/esm/sqs-event";
import { readAwsSample } from "../support/aws-samples";

let emulator: Emulator;
let clients: AwsClients;
let queueUrl: string;
let queueArn: string;

beforeAll(async () => {
  emulator = await startEmulator({ region: "eu-west-1" });
  clients = awsClients(emulator);
  const created = await clients.sqs.send(new CreateQueueCommand({ QueueName: "event-shape" }));
  queueUrl = created.QueueUrl ?? "";
  const attributes = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }),
  );
  queueArn = attributes.Attributes?.QueueArn ?? "";
});
afterAll(() => emulator.stop());

async function receiveOne() {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 1,
      MessageSystemAttributeNames: ["All"],
      MessageAttributeNames: ["All"],
    }),
  );
  return Messages;
}

describe("toSqsEvent (records as Lambda's SQS event source mapping shapes them)", () => {
  it("builds a valid event from a message without attributes: {} and md5OfMessageAttributes null", async () => {
    // Prepare
    await clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{"a":1}' }));
    const messages = await receiveOne();

    // Act
    const event = toSqsEvent(messages, { queueArn, region: "eu-west-1" });

    // Assess
    expect(validateSqsEvent(event), JSON.stringify(validateSqsEvent.errors)).toBe(true);
    const [record] = event.Records;
    expect(record.body).toBe('{"a":1}');
    expect(record.messageAttributes).toEqual({});
    expect(record.md5OfMessageAttributes).toBeNull();
    expect(record.eventSource).toBe("aws:sqs");
    expect(record.eventSourceARN).toBe(queueArn);
    expect(record.awsRegion).toBe("eu-west-1");
    expect(record.attributes.ApproximateReceiveCount).toBe("1");
    expect(record.attributes.SentTimestamp).toMatch(/^\d{13}$/);
    expect(record.attributes.ApproximateFirstReceiveTimestamp).toMatch(/^\d{13}$/);
    expect(typeof record.attributes.SenderId).toBe("string");
    expect(record.md5OfBody).toBe(messages[0]?.MD5OfBody);
  });

  it("spells message attributes in camelCase with empty list values, like the AWS-recorded sample", async () => {
    // Prepare
    await clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: "x",
        MessageAttributes: {
          status: { DataType: "String", StringValue: "SUCCESS" },
          weeks: { DataType: "Number", StringValue: "6" },
        },
      }),
    );
    const messages = await receiveOne();
    const sample = readAwsSample(
      "sqs-event--localstack-aws-recorded--3-message-attributes.json",
    ) as {
      Records: [{ messageAttributes: Record<string, object>; [k: string]: unknown }];
    };

    // Act
    const [record] = toSqsEvent(messages, { queueArn, region: "eu-west-1" }).Records;

    // Assess
    expect(record.messageAttributes).toEqual({
      status: {
        dataType: "String",
        stringValue: "SUCCESS",
        stringListValues: [],
        binaryListValues: [],
      },
      weeks: { dataType: "Number", stringValue: "6", stringListValues: [], binaryListValues: [] },
    });
    expect(record.md5OfMessageAttributes).toBe(messages[0]?.MD5OfMessageAttributes);
    expect(record.md5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
    const sampleRecord = sample.Records[0];
    expect(Object.keys(record).sort()).toEqual(Object.keys(sampleRecord).sort());
    expect(Object.keys(record.messageAttributes.weeks ?? {}).sort()).toEqual(
      Object.keys(sampleRecord.messageAttributes.WeeksOn ?? {}).sort(),
    );
  });

  it("counts receives: a message received again carries ApproximateReceiveCount 2", async () => {
    // Prepare
    await clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: "again" }));
    await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        VisibilityTimeout: 0,
        MaxNumberOfMessages: 1,
      }),
    );

    // Act
    const [record] = toSqsEvent(await receiveOne(), { queueArn, region: "eu-west-1" }).Records;

    // Assess
    expect(record.body).toBe("again");
    expect(record.attributes.ApproximateReceiveCount).toBe("2");
  });

  it("encodes binary attributes as base64 and refuses an empty batch", () => {
    expect(
      toLambdaMessageAttributes({
        blob: { DataType: "Binary", BinaryValue: new Uint8Array([1, 2, 3]) },
      }),
    ).toEqual({
      blob: { dataType: "Binary", binaryValue: "AQID", stringListValues: [], binaryListValues: [] },
    });
    expect(() => toSqsEvent([], { queueArn, region: "eu-west-1" })).toThrow(/at least one record/);
  });

  it("names the missing system attributes when the poller forgot to ask for them", () => {
    expect(() =>
      toSqsEvent([{ MessageId: "m", ReceiptHandle: "r", Body: "b", MD5OfBody: "x" }], {
        queueArn,
        region: "eu-west-1",
      }),
    ).toThrow(/MessageSystemAttributeNames \["All"\]/);
  });
});
