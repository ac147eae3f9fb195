import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ASYNCAPI_FILE,
  buildAsyncApiDocument,
  channelId,
  renderAsyncApi,
  repositorySources,
} from "../../tools/gen/asyncapi";
import {
  buildTopology,
  type ConsumerDeclaration,
  consumerDeclarations,
  defaultTopologySettings,
  FilterPolicyScope,
  type Topology,
} from "../../topology";
import { repoRoot } from "../support/paths";
import { parseOffline } from "./support/parse-offline";

interface Consumer {
  protocol: string;
  endpoint: { name: string };
  rawMessageDelivery: boolean;
  filterPolicyScope: string;
  filterPolicy?: unknown;
  "x-filterPolicy"?: unknown;
  redrivePolicy?: { deadLetterQueue: { name: string } };
}
interface SqsQueueBinding {
  name: string;
  redrivePolicy?: { deadLetterQueue: { name: string }; maxReceiveCount: number };
}
interface Doc {
  channels: Record<
    string,
    {
      address: string;
      messages?: Record<string, unknown>;
      bindings: {
        sqs?: { queue: SqsQueueBinding; deadLetterQueue?: SqsQueueBinding };
        sns?: { name: string };
      };
    }
  >;
  operations: Record<
    string,
    {
      action: string;
      channel: { $ref: string };
      bindings?: { sns?: { consumers: Consumer[] } };
      "x-eventSourceMapping"?: unknown;
    }
  >;
}

/** The address of the channel an operation is on. */
function addressOf(doc: Doc, op: { channel: { $ref: string } }): string | undefined {
  return doc.channels[op.channel.$ref.replace("#/channels/", "")]?.address;
}

/** The channel whose address is `address` (a queue key or a topic name). */
function channelAt(doc: Doc, address = "") {
  return Object.values(doc.channels).find((c) => c.address === address);
}

/** Every (topic, subscription) pair the document's send operations declare, once each. */
function declaredSubscriptions(doc: Doc) {
  const seen = new Map<string, unknown>();
  for (const op of Object.values(doc.operations)) {
    if (op.action !== "send") continue;
    for (const c of op.bindings?.sns?.consumers ?? []) {
      const row = {
        topic: addressOf(doc, op),
        queue: c.endpoint.name,
        protocol: c.protocol,
        rawMessageDelivery: c.rawMessageDelivery,
        filterPolicyScope: c.filterPolicyScope,
        filterPolicy: c.filterPolicy ?? c["x-filterPolicy"],
        deadLetterQueue: c.redrivePolicy?.deadLetterQueue.name,
      };
      seen.set(JSON.stringify(row), row);
    }
  }
  return [...seen.values()];
}

/** The same rows, from the topology. */
function topologySubscriptions(topology: Topology) {
  return topology.subscriptions.map((s) => ({
    topic: topology.topics.find((t) => t.key === s.topic)?.name,
    queue: s.queue,
    protocol: s.protocol,
    rawMessageDelivery: s.rawMessageDelivery,
    filterPolicyScope: s.filterPolicyScope,
    filterPolicy: s.filterPolicy,
    deadLetterQueue: s.deadLetterQueue,
  }));
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Asserts that channels, queues, DLQs, topics, subscriptions and filters are the topology's, exactly. */
function expectDocumentMatches(doc: Doc, topology: Topology) {
  const queues = topology.queues.map((q) => q.key);
  const topics = topology.topics.map((t) => t.name);
  expect(
    Object.values(doc.channels)
      .map((c) => c.address)
      .sort(),
  ).toEqual([...queues, ...topics].sort());
  for (const [id, channel] of Object.entries(doc.channels))
    expect(id).toBe(channelId(channel.address));

  for (const queue of topology.queues) {
    const channel = channelAt(doc, queue.key);
    expect(channel?.address).toBe(queue.key);
    const sqs = channel?.bindings.sqs;
    expect(Object.keys(channel?.bindings ?? {})).toEqual(["sqs"]);
    expect(sqs?.queue).toMatchObject({
      name: queue.key,
      fifoQueue: false,
      visibilityTimeout: queue.visibilityTimeoutSeconds,
      receiveMessageWaitTime: queue.receiveWaitTimeSeconds,
      messageRetentionPeriod: queue.messageRetentionSeconds,
    });
    if (queue.redrive) {
      expect(sqs?.queue.redrivePolicy).toEqual({
        deadLetterQueue: { name: queue.redrive.deadLetterQueue },
        maxReceiveCount: queue.redrive.maxReceiveCount,
      });
      expect(sqs?.deadLetterQueue?.name).toBe(queue.redrive.deadLetterQueue);
    } else {
      expect(sqs?.queue.redrivePolicy).toBeUndefined();
      expect(sqs?.deadLetterQueue).toBeUndefined();
    }
  }
  for (const topic of topology.topics) {
    const channel = channelAt(doc, topic.name);
    expect(channel?.address).toBe(topic.name);
    expect(Object.keys(channel?.bindings ?? {})).toEqual(["sns"]);
    expect(channel?.bindings.sns?.name).toBe(topic.name);
  }

  expect(declaredSubscriptions(doc).sort(byJson)).toEqual(
    topologySubscriptions(topology).sort(byJson),
  );

  const mapped = Object.values(doc.operations)
    .filter((op) => op.action === "receive" && op["x-eventSourceMapping"])
    .map((op) => addressOf(doc, op))
    .sort();
  expect(mapped).toEqual(topology.eventSourceMappings.map((m) => m.queue).sort());

  // Each dead-letter queue: what moves messages there, an operator reading it, and for a queue's
  // DLQ npm run replay taking them back to the queue.
  const operationsOn = (address: string) =>
    Object.entries(doc.operations)
      .filter(([, op]) => addressOf(doc, op) === address)
      .map(([id, op]) => `${op.action} ${id}`);
  for (const dlq of topology.queues.filter((q) => q.role === "dead-letter")) {
    const expected = dlq.redriveSource
      ? [
          `send sqs.redrive.${dlq.key}`,
          `receive operator.receive.${dlq.key}`,
          `receive replay.receive.${dlq.key}`,
        ]
      : [`send sns.redrive.${dlq.key}`, `receive operator.receive.${dlq.key}`];
    expect(operationsOn(dlq.key).sort()).toEqual(expected.sort());
    if (dlq.redriveSource)
      expect(operationsOn(dlq.redriveSource)).toContain(`send replay.send.${dlq.redriveSource}`);
  }
  // Operation-centric viewers show a channel only through its operations.
  for (const channel of Object.values(doc.channels))
    expect(operationsOn(channel.address), channel.address).not.toEqual([]);
}

describe("the AsyncAPI document covers the topology, and nothing else", () => {
  it("generated/asyncapi.yaml has a channel per queue and topic, and every subscription with its filter", () => {
    const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as Doc;

    expectDocumentMatches(doc, buildTopology(defaultTopologySettings));
  });

  it("follows a topology with one more consumer and other settings", () => {
    const audit: ConsumerDeclaration = {
      key: "audit",
      description: "Audits rejected orders.",
      topic: "failure",
      rawMessageDelivery: true,
      filter: { scope: FilterPolicyScope.MessageAttributes, policy: { status: ["FAILURE"] } },
    };
    const settings = {
      ...defaultTopologySettings,
      consumer: { ...defaultTopologySettings.consumer, maxReceiveCount: 7, timeoutSeconds: 45 },
    };
    const topology = buildTopology(settings, [...consumerDeclarations, audit]);

    const doc = buildAsyncApiDocument({
      ...repositorySources(repoRoot),
      topology,
    }) as unknown as Doc;

    expectDocumentMatches(doc, topology);
    expect(channelAt(doc, "audit")?.bindings.sqs?.queue.redrivePolicy?.maxReceiveCount).toBe(7);
    // A policy the binding can type goes into filterPolicy itself.
    const consumers = Object.values(doc.operations).flatMap(
      (op) => op.bindings?.sns?.consumers ?? [],
    );
    expect(consumers.find((c) => c.endpoint.name === "audit")).toMatchObject({
      filterPolicyScope: "MessageAttributes",
      filterPolicy: { status: ["FAILURE"] },
    });
  });

  it("follows subscriptions with dead-letter queues: their redrive policy, and a channel for each DLQ", async () => {
    // Every subscription of the topology has its own DLQ (topology/subscription-dead-letters.ts).
    const topology = buildTopology(defaultTopologySettings);
    const subscriptions = topology.subscriptions;
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const s of subscriptions) expect(s.deadLetterQueue, s.key).toBeTruthy();
    const sources = { ...repositorySources(repoRoot), topology };

    const doc = buildAsyncApiDocument(sources) as unknown as Doc;

    expectDocumentMatches(doc, topology);
    const envelopeDlq = subscriptions.find((s) => !s.rawMessageDelivery);
    const rawDlq = subscriptions.find((s) => s.rawMessageDelivery);
    // A subscription's DLQ carries what the subscription delivers: the envelope, or the message.
    const messagesOf = (address = "") => Object.keys(channelAt(doc, address)?.messages ?? {});
    expect(messagesOf(envelopeDlq?.deadLetterQueue)).toEqual(messagesOf(envelopeDlq?.queue));
    expect(messagesOf(rawDlq?.deadLetterQueue)).toEqual(messagesOf(rawDlq?.queue));
    expect(messagesOf(envelopeDlq?.deadLetterQueue)).not.toEqual(
      messagesOf(rawDlq?.deadLetterQueue),
    );
    const { errors } = await parseOffline(
      join(repoRoot, "generated", ASYNCAPI_FILE),
      renderAsyncApi(sources),
    );
    expect(errors).toEqual([]);
  }, 30_000);

  it("fails on a missing subscription, a changed filter, an extra channel or a DLQ operation missing", () => {
    const topology = buildTopology(defaultTopologySettings);
    const fresh = () =>
      buildAsyncApiDocument({ ...repositorySources(repoRoot), topology }) as unknown as Doc;
    const sendBindings = (doc: Doc) =>
      Object.values(doc.operations).flatMap((op) => (op.bindings?.sns ? [op.bindings.sns] : []));
    expectDocumentMatches(fresh(), topology);

    const missing = fresh();
    for (const sns of sendBindings(missing))
      sns.consumers = sns.consumers.filter((c) => c.endpoint.name !== "fulfilment");
    const changed = fresh();
    for (const sns of sendBindings(changed))
      for (const c of sns.consumers) c["x-filterPolicy"] = { status: ["SUCCESS"] };
    const extra = fresh();
    extra.channels.audit = {
      ...(extra.channels.orders as Doc["channels"][string]),
      address: "audit",
    };
    const noReplay = fresh();
    delete noReplay.operations["replay.receive.orders-dlq"];
    const unreadDlq = fresh();
    delete unreadDlq.operations["operator.receive.success-to-fulfilment-dlq"];

    expect(() => expectDocumentMatches(missing, topology)).toThrow();
    expect(() => expectDocumentMatches(changed, topology)).toThrow();
    expect(() => expectDocumentMatches(extra, topology)).toThrow();
    expect(() => expectDocumentMatches(noReplay, topology)).toThrow();
    expect(() => expectDocumentMatches(unreadDlq, topology)).toThrow();
  });
});
