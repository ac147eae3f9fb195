import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ASYNCAPI_FILE,
  buildAsyncApiDocument,
  renderAsyncApi,
  repositorySources,
} from "../../tools/gen/asyncapi";
import { subscriptionDeadLetterQueue } from "../../tools/gen/asyncapi-bindings";
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
    { action: string; channel: { $ref: string }; bindings?: { sns?: { consumers: Consumer[] } } }
  >;
}

/** Every (topic, subscription) pair the document's send operations declare, once each. */
function declaredSubscriptions(doc: Doc) {
  const seen = new Map<string, unknown>();
  for (const op of Object.values(doc.operations)) {
    if (op.action !== "send") continue;
    const channel = op.channel.$ref.replace("#/channels/", "");
    for (const c of op.bindings?.sns?.consumers ?? []) {
      const row = {
        topic: channel,
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
    deadLetterQueue: subscriptionDeadLetterQueue(s),
  }));
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Asserts that channels, queues, DLQs, topics, subscriptions and filters are the topology's, exactly. */
function expectDocumentMatches(doc: Doc, topology: Topology) {
  const queues = topology.queues.map((q) => q.key);
  const topics = topology.topics.map((t) => t.name);
  expect(Object.keys(doc.channels).sort()).toEqual([...queues, ...topics].sort());

  for (const queue of topology.queues) {
    const channel = doc.channels[queue.key];
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
    const channel = doc.channels[topic.name];
    expect(channel?.address).toBe(topic.name);
    expect(Object.keys(channel?.bindings ?? {})).toEqual(["sns"]);
    expect(channel?.bindings.sns?.name).toBe(topic.name);
  }

  expect(declaredSubscriptions(doc).sort(byJson)).toEqual(
    topologySubscriptions(topology).sort(byJson),
  );

  const receives = Object.values(doc.operations)
    .filter((op) => op.action === "receive")
    .map((op) => op.channel.$ref.replace("#/channels/", ""))
    .sort();
  expect(receives).toEqual(topology.eventSourceMappings.map((m) => m.queue).sort());
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
    expect(doc.channels.audit?.bindings.sqs?.queue.redrivePolicy?.maxReceiveCount).toBe(7);
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
    const messagesOf = (channel = "") => Object.keys(doc.channels[channel]?.messages ?? {});
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

  it("fails on a missing subscription, a changed filter or an extra channel", () => {
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

    expect(() => expectDocumentMatches(missing, topology)).toThrow();
    expect(() => expectDocumentMatches(changed, topology)).toThrow();
    expect(() => expectDocumentMatches(extra, topology)).toThrow();
  });
});
