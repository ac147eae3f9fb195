import type { PipelineInput } from "../pipeline";
import { createOrderProducer, type ProducedOrderMessage } from "../producer";

/** Label of the valid orders whose outcomes can never be published (they show the DLQ path). */
export const POISONED_KIND = "valid, publish always fails";

/** The demo's traffic: what goes on the queue, what is invoked asynchronously, what is poisoned. */
export interface DemoTraffic {
  /** Orders for the orders queue: valid, rejected, malformed (not JSON, not an order), oversized. */
  readonly queued: PipelineInput[];
  /** Valid orders whose every publish will fail: SQS retries them, then redrives them to the DLQ. */
  readonly poisoned: PipelineInput[];
  /** Payloads for asynchronous invocations: about half succeed, half are rejected. */
  readonly invoked: PipelineInput[];
}

export interface DemoTrafficOptions {
  /** Orders for the queue (the poisoned ones come on top). */
  readonly orders: number;
  readonly seed: number;
  /** Asynchronous invocations; default a tenth of `orders`, at least 4. */
  readonly invocations?: number;
  /** Poisoned orders; default 2 (0 when orders < 10). */
  readonly poisoned?: number;
  /** Share of invalid orders among the queued ones; default 0.3. */
  readonly invalidShare?: number;
  readonly now?: () => Date;
}

/** What an input should end as, in the ledger's words. */
export function expectedEnding(message: ProducedOrderMessage): string {
  return message.expected.status === "SUCCESS"
    ? "success_outcome"
    : `failure_outcome:${message.expected.error_code}`;
}

const toInput = (message: ProducedOrderMessage): PipelineInput => ({
  body: message.body,
  kind: message.variant,
  expected: expectedEnding(message),
});

/**
 * Builds the demo traffic from the order producer (local/producer), reproducibly from a seed: every
 * kind of input the processor distinguishes appears, on the queue and (for payloads Lambda accepts
 * at all: JSON up to 1 MB) on the asynchronous path.
 *
 * @example const traffic = demoTraffic({ orders: 100, seed: 42 });
 */
export function demoTraffic(options: DemoTrafficOptions): DemoTraffic {
  const producer = createOrderProducer({
    seed: options.seed,
    ...(options.now ? { now: options.now } : {}),
  });
  const queued = producer
    .mixed(options.orders, { invalidShare: options.invalidShare ?? 0.3 })
    .map(toInput);
  const poisonedCount = options.poisoned ?? (options.orders >= 10 ? 2 : 0);
  const poisoned = Array.from({ length: poisonedCount }, () => ({
    ...toInput(producer.next("valid")),
    kind: POISONED_KIND,
    expected: "dead_lettered",
  }));
  const invocations = options.invocations ?? Math.max(4, Math.round(options.orders / 10));
  // Invalid JSON cannot be invoked at all (Invoke answers 400), so the rejected payloads are JSON
  // that breaks the schema or a business rule.
  const rejectedKinds = [
    "schema-violation",
    "unsupported-currency",
    "duplicate-sku",
    "submitted-in-future",
  ] as const;
  const invoked = Array.from({ length: invocations }, (_, i) =>
    toInput(
      i % 2 === 0
        ? producer.next("valid")
        : producer.next(rejectedKinds[Math.floor(i / 2) % rejectedKinds.length]),
    ),
  );
  return { queued, poisoned, invoked };
}
