import { CreateTopicCommand, type SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SetQueueAttributesCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import {
  buildTopology,
  defaultTopologySettings,
  queueCreateAttributes,
  queueLinkAttributes,
  subscriptionAttributes,
  type TopicKey,
  type Topology,
} from "../../topology";

/** The processor mapping's batching and whether subscriptions keep their filters, per run. */
export interface BenchTopologyOptions {
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  /** false for the seed, whose messages lack the attributes the filters match on. */
  filterPolicies: boolean;
}

/**
 * The project's topology with a run's processor batching, its subscriptions unfiltered when the
 * run's handler cannot satisfy the filters.
 *
 * @example benchTopology({ batchSize: 100, maximumBatchingWindowSeconds: 1, filterPolicies: false }).subscriptions[0].filterPolicy // {}
 */
export function benchTopology(options: BenchTopologyOptions): Topology {
  const topology = buildTopology({
    ...defaultTopologySettings,
    processor: {
      ...defaultTopologySettings.processor,
      batchSize: options.batchSize,
      maximumBatchingWindowSeconds: options.maximumBatchingWindowSeconds,
    },
  });
  if (options.filterPolicies) return topology;
  return {
    ...topology,
    subscriptions: topology.subscriptions.map((s) => ({ ...s, filterPolicy: {} })),
  };
}

/** What the benchmark needs to know of a rendered topology. */
export interface RenderedTopology {
  queueUrl: Record<string, string>;
  queueArn: Record<string, string>;
  topicArn: Record<TopicKey, string>;
}

/**
 * Creates the topology's queues, redrive links, topics and subscriptions on an SQS/SNS endpoint,
 * following the recipe in topology/index.ts (functions and mappings are the caller's business).
 *
 * @example const { queueUrl, topicArn } = await renderTopology(buildTopology(), { sqs, sns });
 */
export async function renderTopology(
  topology: Topology,
  clients: { sqs: SQSClient; sns: SNSClient },
): Promise<RenderedTopology> {
  const { sqs, sns } = clients;
  const queueUrl: Record<string, string> = {};
  const queueArn: Record<string, string> = {};
  for (const queue of topology.queues) {
    const created = await sqs.send(
      new CreateQueueCommand({ QueueName: queue.key, Attributes: queueCreateAttributes(queue) }),
    );
    const url = created.QueueUrl as string;
    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }),
    );
    queueUrl[queue.key] = url;
    queueArn[queue.key] = attributes.Attributes?.QueueArn as string;
  }
  const arnOf = (key: string) => {
    const arn = queueArn[key];
    if (!arn) throw new Error(`topology links to queue "${key}", which was not created`);
    return arn;
  };
  for (const queue of topology.queues) {
    const links = queueLinkAttributes(queue, arnOf);
    if (Object.keys(links).length > 0) {
      await sqs.send(
        new SetQueueAttributesCommand({ QueueUrl: queueUrl[queue.key], Attributes: links }),
      );
    }
  }
  const topicArn = {} as Record<TopicKey, string>;
  for (const topic of topology.topics) {
    const created = await sns.send(new CreateTopicCommand({ Name: topic.name }));
    topicArn[topic.key] = created.TopicArn as string;
  }
  for (const subscription of topology.subscriptions) {
    // An empty policy means "no filter": leave the attributes out rather than send "{}".
    const { FilterPolicy, FilterPolicyScope, ...always } = subscriptionAttributes(subscription);
    const filtered = Object.keys(subscription.filterPolicy).length > 0;
    await sns.send(
      new SubscribeCommand({
        TopicArn: topicArn[subscription.topic],
        Protocol: subscription.protocol,
        Endpoint: arnOf(subscription.queue),
        Attributes: filtered ? { ...always, FilterPolicy, FilterPolicyScope } : { ...always },
        ReturnSubscriptionArn: true,
      }),
    );
  }
  return { queueUrl, queueArn, topicArn };
}
