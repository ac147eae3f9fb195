import {
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
} from "@aws-sdk/client-sns";
import {
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";
import { type RenderedTopology, renderTopology } from "../../local/topology/render-emulator";
import { buildTopology } from "../../topology/build";

const topology = buildTopology();
let emulator: Emulator;
let clients: AwsClients;
let rendered: RenderedTopology;

beforeAll(async () => {
  emulator = await startEmulator();
  clients = awsClients(emulator);
  rendered = await renderTopology(topology, clients);
});
afterAll(() => emulator.stop());

async function queueAttributes(key: string): Promise<Record<string, string>> {
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: rendered.queue(key).url, AttributeNames: ["All"] }),
  );
  return Attributes;
}

describe("renderTopology onto the emulator", () => {
  it("creates every queue with the topology's timing and redrive, read back from the emulator", async () => {
    expect(topology.queues.length).toBeGreaterThanOrEqual(6);
    for (const spec of topology.queues) {
      const attributes = await queueAttributes(spec.key);
      expect(attributes.VisibilityTimeout, spec.key).toBe(String(spec.visibilityTimeoutSeconds));
      expect(attributes.MessageRetentionPeriod, spec.key).toBe(
        String(spec.messageRetentionSeconds),
      );
      expect(attributes.ReceiveMessageWaitTimeSeconds, spec.key).toBe(
        String(spec.receiveWaitTimeSeconds),
      );
      if (spec.redrive) {
        expect(JSON.parse(attributes.RedrivePolicy ?? "null"), spec.key).toEqual({
          deadLetterTargetArn: rendered.queue(spec.redrive.deadLetterQueue).arn,
          maxReceiveCount: spec.redrive.maxReceiveCount,
        });
      } else {
        expect(attributes.RedrivePolicy, spec.key).toBeUndefined();
      }
      if (spec.redriveSource) {
        expect(JSON.parse(attributes.RedriveAllowPolicy ?? "null"), spec.key).toEqual({
          redrivePermission: "byQueue",
          sourceQueueArns: [rendered.queue(spec.redriveSource).arn],
        });
      }
    }
  });

  it("creates every topic and exactly the topology's subscriptions, with raw delivery and filters", async () => {
    for (const spec of topology.topics) {
      const { Attributes = {} } = await clients.sns.send(
        new GetTopicAttributesCommand({ TopicArn: rendered.topic(spec.key).arn }),
      );
      expect(Attributes.TopicArn).toBe(rendered.topic(spec.key).arn);
      const { Subscriptions = [] } = await clients.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: rendered.topic(spec.key).arn }),
      );
      const declared = topology.subscriptions.filter((s) => s.topic === spec.key);
      expect(Subscriptions.map((s) => s.Endpoint).sort()).toEqual(
        declared.map((s) => rendered.queue(s.queue).arn).sort(),
      );
    }
    for (const spec of topology.subscriptions) {
      const { Attributes = {} } = await clients.sns.send(
        new GetSubscriptionAttributesCommand({
          SubscriptionArn: rendered.subscriptions.get(spec.key)?.arn,
        }),
      );
      expect(Attributes.Protocol, spec.key).toBe("sqs");
      expect(Attributes.Endpoint, spec.key).toBe(rendered.queue(spec.queue).arn);
      expect(Attributes.RawMessageDelivery, spec.key).toBe(String(spec.rawMessageDelivery));
      expect(Attributes.FilterPolicyScope, spec.key).toBe(spec.filterPolicyScope);
      expect(JSON.parse(Attributes.FilterPolicy ?? "null"), spec.key).toEqual(spec.filterPolicy);
      expect(JSON.parse(Attributes.RedrivePolicy ?? "null"), spec.key).toEqual({
        deadLetterTargetArn: rendered.queue(spec.deadLetterQueue).arn,
      });
    }
  });

  it("delivers as declared: raw bodies to fulfilment, SNS envelopes to failure-alerts, filtered by body", async () => {
    // Prepare
    const success = { message_type: "order.outcome", status: "SUCCESS", n: 1 };
    const failure = { message_type: "order.outcome", status: "FAILURE", n: 2 };
    const stray = { hello: "world" };

    // Act
    for (const message of [success, stray]) {
      await clients.sns.send(
        new PublishCommand({
          TopicArn: rendered.topic("success").arn,
          Message: JSON.stringify(message),
        }),
      );
    }
    for (const message of [failure, stray]) {
      await clients.sns.send(
        new PublishCommand({
          TopicArn: rendered.topic("failure").arn,
          Message: JSON.stringify(message),
        }),
      );
    }
    const receive = async (key: string) =>
      (
        await clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: rendered.queue(key).url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 0,
          }),
        )
      ).Messages ?? [];

    // Assess
    const fulfilment = await receive("fulfilment");
    expect(fulfilment.map((m) => JSON.parse(m.Body ?? ""))).toEqual([success]);
    const alerts = await receive("failure-alerts");
    expect(alerts).toHaveLength(1);
    const envelope = JSON.parse(alerts[0]?.Body ?? "");
    expect(envelope.Type).toBe("Notification");
    expect(JSON.parse(envelope.Message)).toEqual(failure);
  });

  // What the emulator does with a subscription's RedrivePolicy: it stores and reports it (above),
  // but never moves anything there. AWS moves a message it cannot deliver to the DLQ; fauxqs 2.4
  // drops it. If this starts failing, the emulator honours redrive: say so in docs/local-runtime.md.
  it("keeps the subscription DLQ but, unlike AWS, drops an undeliverable message instead of moving it", async () => {
    // Prepare: a second copy of the topology, whose fulfilment queue then disappears.
    const copy = await renderTopology(topology, clients, { namePrefix: "gap-" });
    await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: copy.queue("fulfilment").url }));
    const subscription = topology.subscriptions.find((s) => s.queue === "fulfilment");
    if (!subscription) throw new Error("no subscription of fulfilment");

    // Act
    const { MessageId } = await clients.sns.send(
      new PublishCommand({
        TopicArn: copy.topic("success").arn,
        Message: JSON.stringify({ message_type: "order.outcome", status: "SUCCESS" }),
      }),
    );

    // Assess
    expect(MessageId).toBeTruthy();
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: copy.queue(subscription.deadLetterQueue).url,
        WaitTimeSeconds: 0,
      }),
    );
    expect(Messages).toEqual([]);
  });
});
