import { CreateTopicCommand, PublishCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateLambdaDestinationRecord } from "../../generated/validators.cjs";
import {
  type AsyncInvocationReport,
  AsyncInvoker,
  attemptsBeforeEventAgeExceeded,
  type EventInvokeConfig,
} from "../../local/async/async-invoker";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";

const FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:processor";
let emulator: Emulator;
let clients: AwsClients;
const topics = { success: "", failure: "" };
const queues = { success: "", failure: "" };

async function topicWithRawQueue(name: string): Promise<[string, string]> {
  const { TopicArn = "" } = await clients.sns.send(new CreateTopicCommand({ Name: name }));
  const { QueueUrl = "" } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: `${name}-tap` }),
  );
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
  );
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: "sqs",
      Endpoint: Attributes.QueueArn,
      Attributes: { RawMessageDelivery: "true" },
    }),
  );
  return [TopicArn, QueueUrl];
}

beforeAll(async () => {
  emulator = await startEmulator();
  clients = awsClients(emulator);
  [topics.success, queues.success] = await topicWithRawQueue("success");
  [topics.failure, queues.failure] = await topicWithRawQueue("failure");
});
afterAll(() => emulator.stop());

function invoker(handler: () => unknown, config: Partial<EventInvokeConfig> = {}) {
  const reports: AsyncInvocationReport[] = [];
  const instance = new AsyncInvoker({
    functionArn: FUNCTION_ARN,
    handler,
    config: {
      maximumRetryAttempts: 2,
      maximumEventAgeSeconds: 21_600,
      onSuccessDestinationArn: topics.success,
      onFailureDestinationArn: topics.failure,
      ...config,
    },
    deliver: async (arn, json) => {
      await clients.sns.send(new PublishCommand({ TopicArn: arn, Message: json }));
    },
    onSettled: (r) => reports.push(r),
  });
  return { instance, reports };
}

async function receiveRecords(queueUrl: string): Promise<Record<string, unknown>[]> {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
  );
  return Messages.map((m) => JSON.parse(m.Body ?? "null"));
}

describe("AsyncInvoker (Lambda asynchronous invocation with destinations)", () => {
  it("delivers a Success record to the OnSuccess topic, payload verbatim, after one attempt", async () => {
    // Prepare
    const { instance } = invoker(() => ({ status: "SUCCESS" }));

    // Act
    const accepted = instance.invoke('{ "order_id": "A-1" }');
    await instance.settled();

    // Assess
    expect(accepted.statusCode).toBe(202);
    const [record, ...others] = await receiveRecords(queues.success);
    expect(others).toEqual([]);
    expect(validateLambdaDestinationRecord(record)).toBe(true);
    expect(record).toMatchObject({
      version: "1.0",
      requestContext: {
        requestId: accepted.requestId,
        functionArn: `${FUNCTION_ARN}:$LATEST`,
        condition: "Success",
        approximateInvokeCount: 1,
      },
      requestPayload: { order_id: "A-1" },
      responseContext: { statusCode: 200, executedVersion: "$LATEST" },
      responsePayload: { status: "SUCCESS" },
    });
  });

  it("retries a function error MaximumRetryAttempts times, then sends RetriesExhausted with the last error", async () => {
    // Prepare
    let calls = 0;
    const { instance, reports } = invoker(() => {
      calls++;
      const error = new Error(`attempt ${calls} failed`);
      error.name = "OrderRejected.UNSUPPORTED_CURRENCY";
      throw error;
    });

    // Act
    instance.invoke('{"order_id":"A-2"}');
    await instance.settled();

    // Assess
    expect(calls).toBe(3);
    const [record] = await receiveRecords(queues.failure);
    expect(validateLambdaDestinationRecord(record)).toBe(true);
    expect(record).toMatchObject({
      requestContext: { condition: "RetriesExhausted", approximateInvokeCount: 3 },
      responseContext: { statusCode: 200, functionError: "Unhandled" },
      responsePayload: {
        errorType: "OrderRejected.UNSUPPORTED_CURRENCY",
        errorMessage: "attempt 3 failed",
      },
    });
    expect(reports[0]?.destinationArn).toBe(topics.failure);
  });

  it("succeeds on a retry after a transient error: one Success record with approximateInvokeCount 2", async () => {
    let calls = 0;
    const { instance } = invoker(() => {
      calls++;
      if (calls === 1) throw new Error("transient");
      return { ok: true };
    });

    instance.invoke("{}");
    await instance.settled();

    const [record] = await receiveRecords(queues.success);
    expect(record).toMatchObject({
      requestContext: { condition: "Success", approximateInvokeCount: 2 },
    });
  });

  it("sends EventAgeExceeded when the next retry would be older than MaximumEventAgeInSeconds", async () => {
    const { instance } = invoker(
      () => {
        throw new Error("still failing");
      },
      { maximumEventAgeSeconds: 100 },
    );

    instance.invoke("{}");
    await instance.settled();

    const [record] = await receiveRecords(queues.failure);
    expect(record).toMatchObject({
      requestContext: { condition: "EventAgeExceeded", approximateInvokeCount: 2 },
      responseContext: { functionError: "Unhandled" },
    });
  });

  it("judges event age in AWS's time: retries after ~60 s and ~180 s", () => {
    expect(attemptsBeforeEventAgeExceeded(21_600, 2)).toBeUndefined();
    expect(attemptsBeforeEventAgeExceeded(60, 2)).toBe(2);
    expect(attemptsBeforeEventAgeExceeded(100, 2)).toBe(2);
    expect(attemptsBeforeEventAgeExceeded(180, 2)).toBeUndefined();
    expect(attemptsBeforeEventAgeExceeded(60, 0)).toBeUndefined();
  });

  it("refuses what Invoke refuses: non-JSON and payloads over 1 MB; refuses out-of-range config", () => {
    const { instance } = invoker(() => null);
    expect(() => instance.invoke("not json")).toThrow(/InvalidRequestContentException/);
    expect(() => instance.invoke(`"${"x".repeat(1_048_577)}"`)).toThrow(
      /RequestEntityTooLargeException/,
    );
    expect(() => invoker(() => null, { maximumRetryAttempts: 3 })).toThrow(/outside 0..2/);
    expect(() => invoker(() => null, { maximumEventAgeSeconds: 59 })).toThrow(/outside 60..21600/);
    expect(instance.stats.invoked).toBe(0);
  });

  it("reports a delivery failure instead of losing it silently", async () => {
    const instance = new AsyncInvoker({
      functionArn: FUNCTION_ARN,
      handler: () => ({}),
      config: {
        maximumRetryAttempts: 0,
        maximumEventAgeSeconds: 60,
        onSuccessDestinationArn: "arn:aws:sns:us-east-1:000000000000:missing",
      },
      deliver: async (arn, json) => {
        await clients.sns.send(new PublishCommand({ TopicArn: arn, Message: json }));
      },
    });
    instance.invoke("{}");
    await instance.settled();
    expect(instance.stats.deliveryFailures).toBe(1);
  });
});
