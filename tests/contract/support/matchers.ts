import { MatchersV3 } from "@pact-foundation/pact";

const { like, eachLike, equal, integer, regex, iso8601DateTimeWithMillis } = MatchersV3;

// The processor's messages come from the package's Pact kit (lib/pact, `pactMessages`): matchers
// derived from the schemas. What is here is the order producer's side, and what our consumers hold
// the processor to beyond the schema.

/** Inputs of the processor's consumer test: the SQS facts its core is given. */
export const EXAMPLE = {
  sqsMessageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
  queueArn: "arn:aws:sqs:us-east-2:123456789012:orders",
  submittedAt: "2026-11-26T10:15:00.000Z",
  processedAt: "2026-11-26T10:15:01.123Z",
} as const;

/** An order line: the SKU pattern and integer quantities the order schema demands. */
export const lineItem = (sku = "SKU-RED-1", quantity = 2, unitPriceMinor = 1999) => ({
  sku: regex(/^[A-Z0-9][A-Z0-9-]*$/, sku),
  quantity: integer(quantity),
  unit_price_minor: integer(unitPriceMinor),
});

/** An order as the processor relies on it. */
export const order = (overrides: Record<string, unknown> = {}) =>
  like({
    order_id: like("ORD-1001"),
    customer_id: like("CUST-42"),
    currency: regex(/^[A-Z]{3}$/, "EUR"),
    line_items: eachLike(lineItem()),
    submitted_at: iso8601DateTimeWithMillis(EXAMPLE.submittedAt),
    correlation_id: like("req-7f3a9c"),
    ...overrides,
  });

/** An SQS queue ARN as AWS defines it: partition, region, 12-digit account, queue name (.fifo). */
export const SQS_QUEUE_ARN =
  /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

/**
 * A kit message's content with `source.queue_arn` held to an SQS queue ARN. The schema only says
 * it is a string; our consumers rely on the handler filling it in from the record's
 * eventSourceARN (a handler that took the queue URL would still pass the schema).
 */
export function withQueueArnPattern(content: unknown): unknown {
  const outcome = content as { source: { queue_arn: { value: string } } };
  return {
    ...outcome,
    source: {
      ...outcome.source,
      queue_arn: regex(SQS_QUEUE_ARN, outcome.source.queue_arn.value),
    },
  };
}

export { equal, regex };
