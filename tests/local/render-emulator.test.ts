import {
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
} from "@aws-sdk/client-sns";
import {
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeAttributes } from "../../functions/processor/core";
import type { OrderOutcome, OutcomeMessageAttributes } from "../../generated/types";
import { type AwsClients, awsClients, type Emulator, startEmulator } from "../../local/emulator";
import { type RenderedTopology, renderTopology } from "../../local/topology/render-emulator";
import { buildTopology } from "../../topology/build";
import { schemaExample } from "../consumers/support/examples";
import { readAwsSample } from "../support/aws-samples";

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

  // Who receives which message, and in which form, read from the consumers' queues: the
  // behaviour the subscriptions' filter policies and raw-delivery settings exist for.
  it("delivers each message to exactly the consumers that should get it, raw to fulfilment and as an SNS envelope to failure-alerts", async () => {
    // Prepare: outcomes from the contract's examples with the attributes the processor sends, real
    // Lambda destination records, and what a topic should not carry.
    const success = schemaExample<OrderOutcome>("outcome-success", "an accepted order from SQS");
    const failure = schemaExample<OrderOutcome>("outcome-failure", "a rule rejection with details");
    const record = (name: string) =>
      readAwsSample(name) as { requestContext: { condition: string } };
    const successRecord = record("destination-record--localstack-aws-recorded--success.json");
    const retriesExhausted = record("destination-record--aws-docs--retries-exhausted.json");
    const eventAgeExceeded = record(
      "destination-record--localstack-aws-recorded--event-age-exceeded.json",
    );
    // A condition Lambda may add one day: failure-alerts hears of anything that is not a success.
    const unknownCondition = structuredClone(retriesExhausted);
    unknownCondition.requestContext.condition = "SomethingNew";
    const { message_type: _untyped, ...successWithoutType } = success;
    const cases: {
      name: string;
      topic: "success" | "failure";
      message: object;
      attributes?: OutcomeMessageAttributes;
      to: ("fulfilment" | "failure-alerts")[];
    }[] = [
      {
        name: "SUCCESS outcome",
        topic: "success",
        message: success,
        attributes: outcomeAttributes(success),
        to: ["fulfilment"],
      },
      {
        name: "FAILURE outcome",
        topic: "failure",
        message: failure,
        attributes: outcomeAttributes(failure),
        to: ["failure-alerts"],
      },
      { name: "Success record", topic: "success", message: successRecord, to: ["fulfilment"] },
      {
        name: "RetriesExhausted record",
        topic: "failure",
        message: retriesExhausted,
        to: ["failure-alerts"],
      },
      {
        name: "EventAgeExceeded record",
        topic: "failure",
        message: eventAgeExceeded,
        to: ["failure-alerts"],
      },
      {
        name: "record of an unknown condition",
        topic: "failure",
        message: unknownCondition,
        to: ["failure-alerts"],
      },
      {
        name: "FAILURE outcome on the success topic",
        topic: "success",
        message: { ...failure, order_id: "ORD-WRONG-1" },
        to: [],
      },
      {
        name: "SUCCESS outcome on the failure topic",
        topic: "failure",
        message: { ...success, order_id: "ORD-WRONG-2" },
        to: [],
      },
      {
        name: "Success record on the failure topic",
        topic: "failure",
        message: { ...successRecord, version: "wrong-topic" },
        to: [],
      },
      {
        name: "RetriesExhausted record on the success topic",
        topic: "success",
        message: { ...retriesExhausted, version: "wrong-topic" },
        to: [],
      },
      {
        name: "a SUCCESS without message_type",
        topic: "success",
        message: successWithoutType,
        to: [],
      },
      {
        name: "a SUCCESS of another message type",
        topic: "success",
        message: { ...success, message_type: "order.created" },
        to: [],
      },
      { name: "stray JSON on success", topic: "success", message: { hello: "success" }, to: [] },
      { name: "stray JSON on failure", topic: "failure", message: { hello: "failure" }, to: [] },
    ];

    // Act
    for (const c of cases) {
      await clients.sns.send(
        new PublishCommand({
          TopicArn: rendered.topic(c.topic).arn,
          Message: JSON.stringify(c.message),
          ...(c.attributes ? { MessageAttributes: { ...c.attributes } } : {}),
        }),
      );
    }
    const receiveAll = async (key: string) => {
      const all: Message[] = [];
      for (;;) {
        const { Messages = [] } = await clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: rendered.queue(key).url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 0,
            MessageAttributeNames: ["All"],
          }),
        );
        if (Messages.length === 0) return all;
        all.push(...Messages);
      }
    };
    const fulfilment = await receiveAll("fulfilment");
    const alerts = await receiveAll("failure-alerts");

    // Assess: fulfilment gets the message itself, its SNS attributes as SQS attributes (raw).
    const nameOf = (text: string) => cases.find((c) => JSON.stringify(c.message) === text)?.name;
    expect(fulfilment.map((m) => nameOf(m.Body ?? "")).sort()).toEqual(
      cases
        .filter((c) => c.to.includes("fulfilment"))
        .map((c) => c.name)
        .sort(),
    );
    const rawOutcome = fulfilment.find((m) => nameOf(m.Body ?? "") === "SUCCESS outcome");
    expect(rawOutcome?.MessageAttributes).toEqual(outcomeAttributes(success));
    // failure-alerts gets SNS's envelope around the message, the attributes inside it.
    const envelopes = alerts.map((m) => JSON.parse(m.Body ?? ""));
    expect(envelopes.map((e) => nameOf(e.Message)).sort()).toEqual(
      cases
        .filter((c) => c.to.includes("failure-alerts"))
        .map((c) => c.name)
        .sort(),
    );
    for (const envelope of envelopes) {
      expect([envelope.Type, envelope.TopicArn]).toEqual([
        "Notification",
        rendered.topic("failure").arn,
      ]);
    }
    const enveloped = envelopes.find((e) => nameOf(e.Message) === "FAILURE outcome");
    expect(enveloped?.MessageAttributes).toEqual(
      Object.fromEntries(
        Object.entries(outcomeAttributes(failure)).map(([k, a]) => [
          k,
          { Type: a.DataType, Value: a.StringValue },
        ]),
      ),
    );
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
