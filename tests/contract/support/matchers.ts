import { MatchersV3 } from "@pact-foundation/pact";

const { like, eachLike, equal, integer, regex, uuid, iso8601DateTimeWithMillis } = MatchersV3;

/** Examples shared by the consumer tests (the values of the schema cases in tests/schemas/cases). */
export const EXAMPLE = {
  sqsMessageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
  requestId: "c6af9ac6-7b61-11e6-9a41-93e812345678",
  outcomeId: "5b7c2a3e-4f1d-5a9b-8c7d-1e2f3a4b5c6d",
  queueArn: "arn:aws:sqs:us-east-2:123456789012:orders",
  functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
  qualifiedFunctionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor:$LATEST",
  submittedAt: "2026-11-26T10:15:00.000Z",
  processedAt: "2026-11-26T10:15:01.123Z",
  recordTimestamp: "2026-11-26T10:15:02.568Z",
} as const;

/** An order line: the SKU pattern and integer quantities the order schema demands. */
export const lineItem = (sku = "SKU-RED-1", quantity = 2, unitPriceMinor = 1999) => ({
  sku: regex(/^[A-Z0-9][A-Z0-9-]*$/, sku),
  quantity: integer(quantity),
  unit_price_minor: integer(unitPriceMinor),
});

/** An order as a consumer relies on it. */
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

/** The fields every outcome has (outcome-success/-failure v1). */
const outcomeEnvelope = (status: "SUCCESS" | "FAILURE", source: object) => ({
  schema_version: equal("1"),
  message_type: equal("order.outcome"),
  outcome_id: uuid(EXAMPLE.outcomeId),
  message_id: like(EXAMPLE.sqsMessageId),
  status: equal(status),
  body: like('{"order_id":"ORD-1001"}'),
  processed_at: iso8601DateTimeWithMillis(EXAMPLE.processedAt),
  source,
});

/** An SQS queue ARN as AWS defines it: partition, region, 12-digit account, queue name (.fifo). */
export const SQS_QUEUE_ARN =
  /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;
/** A Lambda function ARN, qualified or not. */
export const LAMBDA_FUNCTION_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/;

/**
 * Where an SQS-path outcome came from, as the handler fills it in from the record: the queue's ARN
 * (eventSourceARN) and the receive count (ApproximateReceiveCount, an integer; the schema check
 * holds it to at least 1).
 */
export const sqsSource = () =>
  like({
    kind: equal("sqs"),
    queue_arn: regex(SQS_QUEUE_ARN, EXAMPLE.queueArn),
    receive_count: integer(1),
  });

export const asyncSource = () =>
  like({
    kind: equal("async_invocation"),
    request_id: like(EXAMPLE.requestId),
    function_arn: regex(LAMBDA_FUNCTION_ARN, EXAMPLE.qualifiedFunctionArn),
  });

/** A SUCCESS outcome as fulfilment relies on it. */
export const successOutcome = (source: object = sqsSource()) =>
  like({
    ...outcomeEnvelope("SUCCESS", source),
    order_id: like("ORD-1001"),
    correlation_id: like("req-7f3a9c"),
    order: order(),
    order_total_minor: integer(3998),
  });

/** A FAILURE outcome as failure-alerts relies on it; `extra` adds the family's own fields. */
export const failureOutcome = (
  errorCode: string,
  error: string,
  retryable: boolean,
  extra: Record<string, unknown> = {},
) =>
  like({
    ...outcomeEnvelope("FAILURE", sqsSource()),
    error: like(error),
    error_code: equal(errorCode),
    retryable: equal(retryable),
    ...extra,
  });

/** validation_errors as failure-alerts relies on them. */
export const validationErrors = (pointer: string, message: string) =>
  eachLike({ pointer: like(pointer), message: like(message) });

/** The requestContext of a destination record: a qualified ARN, as AWS always sends. */
export const requestContext = (condition: string, approximateInvokeCount: number) =>
  like({
    requestId: like(EXAMPLE.requestId),
    functionArn: regex(
      /^arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:]+:[^:]+$/,
      EXAMPLE.qualifiedFunctionArn,
    ),
    condition: equal(condition),
    approximateInvokeCount: integer(approximateInvokeCount),
  });

/** The responsePayload of a failure record: the Node.js runtime's error object for OrderRejected. */
export const orderRejectedError = (code: string, message: string) =>
  like({
    errorType: regex(/^OrderRejected\.[A-Z_]+$/, `OrderRejected.${code}`),
    errorMessage: like(message),
    trace: eachLike(`OrderRejected.${code}: ${message}`),
  });

export { equal, integer, like, regex };
