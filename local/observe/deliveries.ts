import type { InvocationReport } from "../esm/event-source-mapping";

/** What the event source mapping last did with one message. */
export interface Delivery {
  /** ApproximateReceiveCount of its latest delivery. */
  readonly receives: number;
  /** "retry": left on the queue for redelivery (or the DLQ); "deleted": its work was done. */
  readonly last: "retry" | "deleted";
}

/**
 * Follows each message of one queue through its deliveries to the function, from the mapping's
 * invocation reports: how many times it was received and whether it is coming back. Lets the
 * progress line say why an input is still moving. Pure bookkeeping, no I/O.
 *
 * @example
 * const deliveries = new DeliveryTracker("processor-orders");
 * pipeline.onInvocation((report) => deliveries.observe(report));
 * deliveries.get(messageId); // { receives: 3, last: "retry" }
 */
export class DeliveryTracker {
  private readonly byId = new Map<string, Delivery>();

  constructor(private readonly mapping: string) {}

  observe(report: InvocationReport): void {
    if (report.mapping !== this.mapping) return;
    const retried = new Set(report.disposition.retry);
    for (const failed of report.deleteFailures) retried.add(failed);
    for (const record of report.event.Records) {
      this.byId.set(record.messageId, {
        receives: Number(record.attributes.ApproximateReceiveCount),
        last: retried.has(record.messageId) ? "retry" : "deleted",
      });
    }
  }

  get(messageId: string): Delivery | undefined {
    return this.byId.get(messageId);
  }
}
