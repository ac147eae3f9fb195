import type { SqsEvent } from "../../generated/types";
import type { SubscriptionSpec, TopicKey } from "../../topology/types";
import type { InvocationReport } from "../esm/event-source-mapping";
import type { FunctionLogRecord } from "../functions/log-capture";
import { admits, type PublishedAttribute } from "../sns/filter-policy";

/**
 * The identity a consumer deduplicates a topic message by: `outcome:<outcome_id>` for the
 * processor's outcomes, `request:<requestId>` for Lambda destination records; undefined for
 * anything else.
 *
 * @example topicMessageIdentity('{"message_type":"order.outcome","outcome_id":"5b7c…"}') // "outcome:5b7c…"
 */
export function topicMessageIdentity(text: string): string | undefined {
  try {
    const message = JSON.parse(text) as Record<string, unknown>;
    if (message.message_type === "order.outcome" && typeof message.outcome_id === "string") {
      return `outcome:${message.outcome_id}`;
    }
    const context = message.requestContext as Record<string, unknown> | undefined;
    if (typeof context?.requestId === "string") return `request:${context.requestId}`;
  } catch {
    // not JSON: no identity
  }
  return undefined;
}

/** The topic message inside a consumer queue's body: the body itself (raw) or the envelope's Message. */
export function topicMessageOfBody(body: string, rawMessageDelivery: boolean): string | undefined {
  if (rawMessageDelivery) return body;
  try {
    const envelope = JSON.parse(body) as { Type?: unknown; Message?: unknown };
    return envelope.Type === "Notification" && typeof envelope.Message === "string"
      ? envelope.Message
      : undefined;
  } catch {
    return undefined;
  }
}

/** A message as published to a topic (seen through an unfiltered, raw tap). */
export interface TappedMessage {
  readonly topic: TopicKey;
  readonly text: string;
  readonly attributes: Readonly<Record<string, PublishedAttribute>>;
}

/** What one consumer did, in numbers a person can read. */
export interface ConsumerSummary {
  consumer: string;
  topic: TopicKey;
  raw_delivery: boolean;
  /** Distinct messages its filter admits, of all the topic carried. */
  admitted_by_filter: number;
  /** Distinct messages delivered to it. */
  received: number;
  /** Records delivered, redeliveries included. */
  deliveries: number;
  /** Admitted but never delivered. */
  missing: number;
  /** Delivered although its filter does not admit them. */
  unexpected: number;
  /** From its logs: messages it handled, duplicates it skipped, records it rejected. */
  handled: number;
  duplicates_skipped: number;
  rejected: number;
  /** From its logs: what its work produced (fulfilment requests and units, alerts by severity). */
  work: Record<string, number>;
}

/**
 * Watches one consumer: what its queue delivered (from the event source mapping's events) and
 * what it did (from its structured logs), and compares what it received with what its
 * subscription's filter admits of everything the topic carried (the filter-policy oracle).
 *
 * @example
 * const view = new ConsumerView(subscription);
 * mapping.onInvocation = (r) => view.observeInvocation(r);
 * logs.onRecord((r) => view.observeLog(r));
 * view.summary(tapped).missing; // 0
 */
export class ConsumerView {
  private readonly received = new Map<string, number>();
  private deliveries = 0;
  private handled = 0;
  private duplicates = 0;
  private rejected = 0;
  private readonly work: Record<string, number> = {};

  constructor(readonly subscription: SubscriptionSpec) {}

  get consumer(): string {
    return this.subscription.queue;
  }

  observeInvocation(report: InvocationReport): void {
    this.observeEvent(report.event);
  }

  observeEvent(event: SqsEvent): void {
    for (const record of event.Records) {
      this.deliveries++;
      const text = topicMessageOfBody(record.body, this.subscription.rawMessageDelivery);
      const identity = text === undefined ? undefined : topicMessageIdentity(text);
      const key = identity ?? `unidentified:${record.messageId}`;
      this.received.set(key, (this.received.get(key) ?? 0) + 1);
    }
  }

  observeLog(record: FunctionLogRecord): void {
    if (record.consumer !== this.consumer) return;
    if (record.message.endsWith("handled a message")) {
      this.handled++;
      this.countWork(record);
    } else if (record.message.endsWith("skipped a duplicate")) this.duplicates++;
    else if (record.message.endsWith("rejected a record")) this.rejected++;
  }

  /** The identities its filter admits among the tapped messages of its topic. */
  admitted(tapped: readonly TappedMessage[]): Set<string> {
    const { topic, filterPolicy, filterPolicyScope } = this.subscription;
    const admitted = new Set<string>();
    for (const message of tapped) {
      if (message.topic !== topic) continue;
      const identity = topicMessageIdentity(message.text) ?? `unidentified:${message.text}`;
      if (
        admits(filterPolicy, filterPolicyScope, {
          body: message.text,
          attributes: message.attributes,
        })
      ) {
        admitted.add(identity);
      }
    }
    return admitted;
  }

  /** Identities received, distinct. */
  receivedIdentities(): Set<string> {
    return new Set(this.received.keys());
  }

  summary(tapped: readonly TappedMessage[]): ConsumerSummary {
    const admitted = this.admitted(tapped);
    const received = this.receivedIdentities();
    return {
      consumer: this.consumer,
      topic: this.subscription.topic,
      raw_delivery: this.subscription.rawMessageDelivery,
      admitted_by_filter: admitted.size,
      received: received.size,
      deliveries: this.deliveries,
      missing: [...admitted].filter((id) => !received.has(id)).length,
      unexpected: [...received].filter((id) => !admitted.has(id)).length,
      handled: this.handled,
      duplicates_skipped: this.duplicates,
      rejected: this.rejected,
      work: { ...this.work },
    };
  }

  private countWork(record: FunctionLogRecord): void {
    const request = record.fulfilment_request as { total_units?: unknown } | undefined;
    if (request) {
      this.add("fulfilment_requests", 1);
      if (typeof request.total_units === "number") this.add("units_to_ship", request.total_units);
    }
    const alert = record.alert as { severity?: unknown } | undefined;
    if (alert && typeof alert.severity === "string") this.add(`alerts_${alert.severity}`, 1);
  }

  private add(name: string, value: number): void {
    this.work[name] = (this.work[name] ?? 0) + value;
  }
}
