import { SubscribeCommand } from "@aws-sdk/client-sns";
import { CreateQueueCommand, GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import type { TopicKey } from "../../topology/types";
import type { AwsClients } from "../emulator";
import type { RenderedQueue, RenderedTopology } from "../topology/render-emulator";

/** Name prefix of the local-only tap queues (never part of the topology or a deployment). */
export const TAP_PREFIX = "local-tap-";

/** A tap: an unfiltered, raw-delivery queue on one topic, so the local runtime sees all it carries. */
export interface Tap {
  readonly topic: TopicKey;
  readonly queue: RenderedQueue;
}

/**
 * Subscribes one local-only queue per topic, with raw delivery and no filter: the audit trail the
 * summary and the end-to-end tests count outcomes from (SNS attributes arrive as SQS message
 * attributes). Not part of the topology; Pulumi deploys nothing like it.
 *
 * @example const taps = await createTaps(rendered, clients);
 */
export async function createTaps(
  rendered: RenderedTopology,
  clients: AwsClients,
  namePrefix = "",
): Promise<Tap[]> {
  const taps: Tap[] = [];
  for (const topic of rendered.topics.values()) {
    const name = `${namePrefix}${TAP_PREFIX}${topic.key}`;
    const { QueueUrl = "" } = await clients.sqs.send(new CreateQueueCommand({ QueueName: name }));
    const { Attributes = {} } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    const arn = Attributes.QueueArn ?? "";
    await clients.sns.send(
      new SubscribeCommand({
        TopicArn: topic.arn,
        Protocol: "sqs",
        Endpoint: arn,
        Attributes: { RawMessageDelivery: "true" },
      }),
    );
    taps.push({ topic: topic.key, queue: { key: name, name, url: QueueUrl, arn } });
  }
  return taps;
}
