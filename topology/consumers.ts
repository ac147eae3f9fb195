import type { TopicFilter } from "./filter-policies";
import type { TopicKey } from "./types";

/** One consumer: a queue subscribed to a topic, drained by a function. Everything else is derived. */
export interface ConsumerDeclaration {
  /** Names the function, its queue and DLQ; the handler is functions/<key>/handler.ts. */
  key: string;
  description: string;
  topic: TopicKey;
  /**
   * true: the queue body is the published message; false: the SNS envelope
   * (https://docs.aws.amazon.com/sns/latest/dg/sns-large-payload-raw-message-delivery.html).
   */
  rawMessageDelivery: boolean;
  /** Overrides the topic's default filter (topicFilters). */
  filter?: TopicFilter;
}

/**
 * The consumers. Adding one is one entry here plus its functions/<key>/handler.ts: the topology
 * derives its queue, DLQ, redrive, queue policy, subscription, function, event source mapping,
 * IAM grants and alarms.
 *
 * @example consumerDeclarations.map((c) => c.key) // ["fulfilment", "failure-alerts"]
 */
export const consumerDeclarations: readonly ConsumerDeclaration[] = [
  {
    key: "fulfilment",
    description:
      "Fulfils accepted orders: reads the success topic with raw delivery (body = message).",
    topic: "success",
    rawMessageDelivery: true,
  },
  {
    key: "failure-alerts",
    description: "Raises alerts on rejected orders: reads the failure topic as SNS envelopes.",
    topic: "failure",
    rawMessageDelivery: false,
  },
];
