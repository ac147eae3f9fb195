import type { AlarmSpec, QueueSpec, Topology } from "../../topology";
import { kmsNeeds, queueEncryption } from "./asyncapi-security";

const SQS_DLQ_DOCS =
  "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html";
const SNS_DLQ_DOCS = "https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html";
const MOVE_TASK_DOCS =
  "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue-redrive.html";

/** What the dead-letter operations need of the document being built. */
export interface DeadLetterContext {
  topology: Topology;
  /** The reference to a queue's channel. */
  channelRef: (queueKey: string) => { $ref: string };
  /** References to every message a queue's channel carries, as an operation lists them. */
  messageRefs: (queueKey: string) => { $ref: string }[];
}

/**
 * The alarm that fires as soon as a queue holds a message (threshold 0), when it has one.
 *
 * @example holdsMessageAlarm(ordersDlq, topology)?.key // "orders-dlq-not-empty"
 */
export function holdsMessageAlarm(queue: QueueSpec, topology: Topology): AlarmSpec | undefined {
  return topology.alarms.find(
    (a) => "queue" in a.target && a.target.queue === queue.key && a.threshold === 0,
  );
}

/**
 * The operations that use the dead-letter queues, so operation-centric viewers show them:
 * - what puts messages there: SQS after `maxReceiveCount` receives of its source queue
 *   (`sqs.redrive.<dlq>`), or SNS when it cannot deliver to a subscription's queue
 *   (`sns.redrive.<dlq>`);
 * - `operator.receive.<dlq>`: nothing consumes a DLQ; an operator reads it when its alarm fires;
 * - for a queue's DLQ, `npm run replay`: it takes the messages (`replay.receive.<dlq>`, an SQS
 *   message move task) and puts them back on the source queue (`replay.send.<source>`). A
 *   subscription's DLQ has no replay: move tasks only take DLQs of SQS queues.
 *
 * @example Object.keys(deadLetterOperations({ topology, channelRef, messageRefs })) // ["sqs.redrive.orders-dlq", "operator.receive.orders-dlq", "replay.receive.orders-dlq", "replay.send.orders", …]
 */
export function deadLetterOperations(context: DeadLetterContext): Record<string, unknown> {
  const { topology, channelRef, messageRefs } = context;
  const queue = (key: string): QueueSpec => {
    const found = topology.queues.find((q) => q.key === key);
    if (!found) throw new Error(`asyncapi: queue ${key} is not declared`);
    return found;
  };
  const operations: Record<string, unknown> = {};
  for (const dlq of topology.queues.filter((q) => q.role === "dead-letter")) {
    const messages = messageRefs(dlq.key);
    const needs = kmsNeeds(queueEncryption(dlq, topology), "receive");
    const source = dlq.redriveSource === undefined ? undefined : queue(dlq.redriveSource);
    if (source) {
      const receives = source.redrive?.maxReceiveCount;
      operations[`sqs.redrive.${dlq.key}`] = {
        action: "send",
        channel: channelRef(dlq.key),
        title: `SQS moves messages of ${source.key} to ${dlq.key}`,
        summary: `A message received ${receives} times from ${source.key} without being deleted moves to ${dlq.key}, unchanged (${source.key}'s redrive policy).`,
        description: `Sent by SQS, not by an application: ${source.key}'s redrive policy names ${dlq.key} with maxReceiveCount ${receives}, and ${dlq.key}'s redrive-allow policy admits ${source.key} only.`,
        externalDocs: { description: "Amazon SQS dead-letter queues", url: SQS_DLQ_DOCS },
        messages,
      };
    } else {
      const subscriptions = topology.subscriptions.filter((s) => s.deadLetterQueue === dlq.key);
      if (subscriptions.length === 0)
        throw new Error(
          `asyncapi: dead-letter queue ${dlq.key} is neither a queue's (redriveSource) nor a subscription's`,
        );
      const topicName = (key: string) => topology.topics.find((t) => t.key === key)?.name ?? key;
      const of = subscriptions.map((s) => `${topicName(s.topic)} to ${s.queue}`).join(", ");
      operations[`sns.redrive.${dlq.key}`] = {
        action: "send",
        channel: channelRef(dlq.key),
        title: `SNS moves what it cannot deliver to ${dlq.key}`,
        summary: `A message of ${of} that SNS cannot deliver (a client-side error, or server-side errors past its delivery retries) moves to ${dlq.key} instead of being dropped.`,
        description: `Sent by SNS, not by an application: the subscription's redrive policy names ${dlq.key}, whose queue policy admits SNS for that topic only. The message has the form the subscription delivers (raw, or SNS's envelope).`,
        externalDocs: { description: "Amazon SNS dead-letter queues", url: SNS_DLQ_DOCS },
        messages,
      };
    }
    const alarm = holdsMessageAlarm(dlq, topology);
    operations[`operator.receive.${dlq.key}`] = {
      action: "receive",
      channel: channelRef(dlq.key),
      title: `An operator reads ${dlq.key}`,
      summary: `Nothing consumes ${dlq.key} on its own: ${alarm ? `alarm ${alarm.key} fires when it holds a message, and ` : ""}an operator receives its messages to see what failed${source ? `, then replays them (npm run replay) or deletes them` : " and deletes them"}.`,
      description: `Needs sqs:ReceiveMessage, and ${needs}; sqs:DeleteMessage removes a message once handled. A message stays ${dlq.messageRetentionSeconds} s at most (the queue's retention).`,
      messages,
    };
    if (source) {
      const consumers = topology.eventSourceMappings
        .filter((m) => m.queue === source.key)
        .map((m) => m.function);
      operations[`replay.receive.${dlq.key}`] = {
        action: "receive",
        channel: channelRef(dlq.key),
        title: `npm run replay takes the messages of ${dlq.key}`,
        summary: `\`npm run replay -- --queue ${source.key}\` moves every message of ${dlq.key} back to ${source.key}, with an SQS message move task (StartMessageMoveTask).`,
        description: `Replay calls StartMessageMoveTask on ${dlq.key}, then ListMessageMoveTasks until the task ends; reading ${dlq.key} needs ${needs}. Against an endpoint without move tasks (the local emulator), replay receives, sends and deletes the messages itself (docs/local-runtime.md).`,
        externalDocs: { description: "Amazon SQS dead-letter queue redrive", url: MOVE_TASK_DOCS },
        messages,
      };
      operations[`replay.send.${source.key}`] = {
        action: "send",
        channel: channelRef(source.key),
        title: `npm run replay puts the messages of ${dlq.key} back on ${source.key}`,
        summary: `Each message goes back unchanged (body and attributes), with a new message id and a receive count of 0, to be received again${consumers.length > 0 ? ` by ${consumers.join(", ")}` : ""}.`,
        description: `Sending to ${source.key} needs sqs:SendMessage on it, and ${kmsNeeds(queueEncryption(source, topology), "send")}.`,
        messages: messageRefs(source.key),
      };
    }
  }
  return operations;
}
