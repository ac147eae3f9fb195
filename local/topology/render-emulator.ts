import { CreateTopicCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SetQueueAttributesCommand,
} from "@aws-sdk/client-sqs";
import {
  queueCreateAttributes,
  queueLinkAttributes,
  subscriptionAttributes,
  subscriptionRedrivePolicyJson,
} from "../../topology/render";
import type { TopicKey, Topology } from "../../topology/types";
import type { AwsClients } from "../emulator";

/** A queue as it exists on the emulator. */
export interface RenderedQueue {
  readonly key: string;
  readonly name: string;
  readonly url: string;
  readonly arn: string;
}

/** A topic as it exists on the emulator. */
export interface RenderedTopic {
  readonly key: TopicKey;
  readonly name: string;
  readonly arn: string;
}

/** A subscription as it exists on the emulator. */
export interface RenderedSubscription {
  readonly key: string;
  readonly arn: string;
  readonly topic: TopicKey;
  readonly queue: string;
}

/** The topology's resources on the emulator, by topology key. */
export interface RenderedTopology {
  readonly topology: Topology;
  readonly queues: ReadonlyMap<string, RenderedQueue>;
  readonly topics: ReadonlyMap<TopicKey, RenderedTopic>;
  readonly subscriptions: ReadonlyMap<string, RenderedSubscription>;
  /** The queue of a key; throws naming the key when the topology has none. */
  queue(key: string): RenderedQueue;
  /** The topic of a key; throws naming the key when the topology has none. */
  topic(key: TopicKey): RenderedTopic;
}

export interface RenderOptions {
  /** Prepended to every physical name (to run several pipelines on one emulator). Default "". */
  readonly namePrefix?: string;
}

/**
 * Creates the topology on an SNS/SQS endpoint with the same attribute strings the Pulumi
 * components use (both come from topology/render.ts): every queue with its visibility timeout,
 * retention and long-poll wait; then the links (RedrivePolicy on source queues,
 * RedriveAllowPolicy on DLQs); every topic; every subscription with RawMessageDelivery,
 * FilterPolicy, FilterPolicyScope and RedrivePolicy (its own DLQ). Queue policies and encryption
 * are left to the deployment (the emulator stores but does not enforce them). fauxqs 2.4 stores a
 * subscription's RedrivePolicy and returns it, but never uses it: a delivery it cannot make (the
 * queue deleted) is dropped, not moved to the DLQ.
 *
 * @example
 * const rendered = await renderTopology(buildTopology(), awsClients(emulator));
 * rendered.queue("orders").url;
 */
export async function renderTopology(
  topology: Topology,
  clients: AwsClients,
  options: RenderOptions = {},
): Promise<RenderedTopology> {
  const prefix = options.namePrefix ?? "";
  const queues = new Map<string, RenderedQueue>();
  for (const spec of topology.queues) {
    const name = `${prefix}${spec.key}`;
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: name, Attributes: queueCreateAttributes(spec) }),
    );
    if (!QueueUrl) throw new Error(`CreateQueue ${name} returned no QueueUrl`);
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    const arn = Attributes?.QueueArn;
    if (!arn) throw new Error(`GetQueueAttributes of ${name} returned no QueueArn`);
    queues.set(spec.key, { key: spec.key, name, url: QueueUrl, arn });
  }
  const queue = (key: string): RenderedQueue => {
    const found = queues.get(key);
    if (!found) throw new Error(`the topology has no queue "${key}"`);
    return found;
  };
  for (const spec of topology.queues) {
    const links = queueLinkAttributes(spec, (key) => queue(key).arn);
    if (Object.keys(links).length === 0) continue;
    await clients.sqs.send(
      new SetQueueAttributesCommand({ QueueUrl: queue(spec.key).url, Attributes: links }),
    );
  }

  const topics = new Map<TopicKey, RenderedTopic>();
  for (const spec of topology.topics) {
    const name = `${prefix}${spec.name}`;
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: name }));
    if (!TopicArn) throw new Error(`CreateTopic ${name} returned no TopicArn`);
    topics.set(spec.key, { key: spec.key, name, arn: TopicArn });
  }
  const topic = (key: TopicKey): RenderedTopic => {
    const found = topics.get(key);
    if (!found) throw new Error(`the topology has no topic "${key}"`);
    return found;
  };

  const subscriptions = new Map<string, RenderedSubscription>();
  for (const spec of topology.subscriptions) {
    const { SubscriptionArn } = await clients.sns.send(
      new SubscribeCommand({
        TopicArn: topic(spec.topic).arn,
        Protocol: spec.protocol,
        Endpoint: queue(spec.queue).arn,
        Attributes: {
          ...subscriptionAttributes(spec),
          RedrivePolicy: subscriptionRedrivePolicyJson(queue(spec.deadLetterQueue).arn),
        },
        ReturnSubscriptionArn: true,
      }),
    );
    if (!SubscriptionArn) throw new Error(`Subscribe ${spec.key} returned no SubscriptionArn`);
    subscriptions.set(spec.key, {
      key: spec.key,
      arn: SubscriptionArn,
      topic: spec.topic,
      queue: spec.queue,
    });
  }
  return { topology, queues, topics, subscriptions, queue, topic };
}
