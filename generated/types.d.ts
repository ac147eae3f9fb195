// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.

/**
 * Any JSON value: what a schema that accepts anything (a destination record's payloads) may hold.
 * Narrow it before use, e.g. with `isJsonObject` from the validation helpers.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object whose values are JSON values. */
export interface JsonObject {
  [key: string]: JsonValue;
}
/**
 * The invocation record Lambda Destinations deliver after an asynchronous invocation, any payloads (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html). On an SNS destination it is the SNS Message. Open to fields AWS may add. requestPayload and responsePayload are optional because Lambda drops them when they exceed the destination's size limit. A record is a LambdaSuccessDestinationRecord (condition "Success") or a LambdaFailureDestinationRecord (any other condition): narrow with isSuccessDestinationRecord / isFailureDestinationRecord. requestPayload and responsePayload are any JSON value (a number, a string, null or an array as well as an object).
 */
export type LambdaDestinationRecord =
  LambdaSuccessDestinationRecord | LambdaFailureDestinationRecord;
/**
 * Reserved by SQS; empty in practice.
 */
export type StringListValues = string[];
/**
 * Reserved by SQS; empty in practice.
 */
export type BinaryListValues = string[];
/**
 * Where the processed input came from.
 */
export type OutcomeSource = SqsOutcomeSource | AsyncInvocationOutcomeSource;
/**
 * An outcome message the processor publishes: SUCCESS or FAILURE, told apart by status.
 */
export type OrderOutcome = OrderSuccessOutcome | OrderFailureOutcome;
/**
 * Why an order failed. Closed list: INVALID_JSON (body is not JSON), BODY_TOO_LARGE (body over the size limit, not parsed), SCHEMA_VIOLATION (JSON that does not match the order schema), UNSUPPORTED_CURRENCY (currency not accepted by configuration), DUPLICATE_SKU (the same SKU on two lines), TOO_MANY_ITEMS (more lines than configured), QUANTITY_LIMIT_EXCEEDED (more units in total than configured), ORDER_TOTAL_LIMIT_EXCEEDED (total above the configured maximum), SUBMITTED_IN_FUTURE (submitted_at later than processing time plus allowed clock skew), INTERNAL_ERROR (the processor failed unexpectedly; the only retryable code).
 */
export type ErrorCode =
  | "INVALID_JSON"
  | "BODY_TOO_LARGE"
  | "SCHEMA_VIOLATION"
  | "UNSUPPORTED_CURRENCY"
  | "DUPLICATE_SKU"
  | "TOO_MANY_ITEMS"
  | "QUANTITY_LIMIT_EXCEEDED"
  | "ORDER_TOTAL_LIMIT_EXCEEDED"
  | "SUBMITTED_IN_FUTURE"
  | "INTERNAL_ERROR";
/**
 * Every message the failure topic carries: the processor's FAILURE outcome (SQS path) or Lambda's OnFailure destination record (asynchronous path). Validate once, then narrow: an outcome has message_type "order.outcome", a record has requestContext.
 */
export type FailureTopicMessage = OrderFailureOutcome | OrderFailureDestinationRecord;
/**
 * Every message the success topic carries: the processor's SUCCESS outcome (SQS path) or Lambda's OnSuccess destination record (asynchronous path). Validate once, then narrow: an outcome has message_type "order.outcome", a record has requestContext.
 */
export type SuccessTopicMessage = OrderSuccessOutcome | OrderSuccessDestinationRecord;

/**
 * The OnSuccess record: requestContext.condition is "Success"; responsePayload is what the function returned (any JSON).
 */
export interface LambdaSuccessDestinationRecord {
  /**
   * Record format version; "1.0" in every known record.
   */
  version: string;
  /**
   * When the record was made, ISO 8601 UTC with milliseconds.
   */
  timestamp: string;
  requestContext: LambdaSuccessRequestContext;
  /**
   * The invocation's payload, verbatim (any JSON).
   */
  requestPayload?: JsonValue;
  responseContext?: DestinationResponseContext;
  /**
   * What the function returned, or the runtime's error object on failure (any JSON).
   */
  responsePayload?: JsonValue;
}
/**
 * requestContext of an OnSuccess record.
 */
export interface LambdaSuccessRequestContext {
  /**
   * The asynchronous invocation's request id.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST).
   */
  functionArn: string;
  /**
   * Always "Success".
   */
  condition: "Success";
  /**
   * 1 without retries; 3 after the initial attempt and two retries.
   */
  approximateInvokeCount: number;
}
export interface DestinationResponseContext {
  /**
   * 200 even when the function failed.
   */
  statusCode: number;
  /**
   * "$LATEST" or a version number.
   */
  executedVersion: string;
  /**
   * Present only on failure: "Unhandled" (seen in every real record) or "Handled".
   */
  functionError?: string;
}
/**
 * An OnFailure record: requestContext.condition is anything but "Success" (RetriesExhausted, EventAgeExceeded, or one AWS adds); responsePayload, when present, is usually the runtime's error object (see LambdaErrorPayload).
 */
export interface LambdaFailureDestinationRecord {
  /**
   * Record format version; "1.0" in every known record.
   */
  version: string;
  /**
   * When the record was made, ISO 8601 UTC with milliseconds.
   */
  timestamp: string;
  requestContext: LambdaFailureRequestContext;
  /**
   * The invocation's payload, verbatim (any JSON).
   */
  requestPayload?: JsonValue;
  responseContext?: DestinationResponseContext;
  /**
   * What the function returned, or the runtime's error object on failure (any JSON).
   */
  responsePayload?: JsonValue;
}
/**
 * requestContext of an OnFailure record.
 */
export interface LambdaFailureRequestContext {
  /**
   * The asynchronous invocation's request id.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST).
   */
  functionArn: string;
  /**
   * Any condition but Success; known: RetriesExhausted, EventAgeExceeded.
   */
  condition: string;
  /**
   * 1 without retries; 3 after the initial attempt and two retries.
   */
  approximateInvokeCount: number;
}
/**
 * A SubscriptionConfirmation or UnsubscribeConfirmation that SNS delivers to a queue (for example a cross-account subscription made by another account). Not a pipeline message: consumers log it and acknowledge it; confirming is an operator's decision.
 */
export interface SnsConfirmation {
  Type: "SubscriptionConfirmation" | "UnsubscribeConfirmation";
  MessageId: string;
  Token: string;
  TopicArn: string;
  Message: string;
  SubscribeURL: string;
  Timestamp: string;
  SignatureVersion?: string;
  Signature?: string;
  SigningCertURL?: string;
}
/**
 * The JSON envelope SNS delivers to an SQS queue when raw message delivery is off (the SQS body). Standard topics sign it (SignatureVersion "1" SHA1withRSA or "2" SHA256withRSA); FIFO topics add SequenceNumber and carry no signature fields, so none is required. Message is the published message as a string: parse it a second time. Subject and MessageAttributes are absent when not published (Subject null is tolerated). SubscriptionConfirmation and UnsubscribeConfirmation messages are a different shape (see SnsConfirmation); consumers acknowledge them without processing.
 */
export interface SnsNotification {
  Type: "Notification";
  MessageId: string;
  TopicArn: string;
  Subject?: string | null;
  /**
   * The published message, a string (our outcomes and destination records are JSON text).
   */
  Message: string;
  Timestamp: string;
  /**
   * FIFO topics only.
   */
  SequenceNumber?: string;
  /**
   * "1" or "2" (a digit string; AWS documentation shows other values in examples).
   */
  SignatureVersion?: string;
  Signature?: string;
  SigningCertURL?: string;
  UnsubscribeURL?: string;
  MessageAttributes?: {
    [k: string]: SnsEnvelopeAttribute;
  };
}
/**
 * A message attribute inside the envelope. Binary values are base64; String.Array values are a JSON array as text; Number values are decimal text.
 *
 * This interface was referenced by `SnsNotification`'s JSON-Schema
 * via the `definition` "SnsEnvelopeAttribute".
 */
export interface SnsEnvelopeAttribute {
  Type: "String" | "String.Array" | "Number" | "Binary";
  Value: string;
}
/**
 * Partial batch response (ReportBatchItemFailures): the records SQS must redeliver. An empty list means the whole batch succeeded. Every itemIdentifier must be a messageId of the batch, or Lambda retries the whole batch.
 */
export interface SqsBatchResponse {
  batchItemFailures: SqsBatchItemFailure[];
}
export interface SqsBatchItemFailure {
  itemIdentifier: string;
}
/**
 * The event AWS Lambda's SQS event source mapping invokes the function with, synchronously: a batch of 1 to 10,000 records.
 */
export interface SqsEvent {
  /**
   * @minItems 1
   * @maxItems 10000
   */
  Records: [SqsRecord, ...SqsRecord[]];
}
/**
 * One record of the event AWS Lambda's SQS event source mapping sends (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html). Open to fields AWS may add.
 */
export interface SqsRecord {
  /**
   * The SQS message id; what a partial batch response names.
   */
  messageId: string;
  receiptHandle: string;
  /**
   * The message body, always a string (JSON bodies arrive as text).
   */
  body: string;
  attributes: SqsRecordAttributes;
  /**
   * Message attributes by name; {} when there are none.
   */
  messageAttributes: {
    [k: string]: SqsMessageAttribute;
  };
  /**
   * MD5 of the message attributes, or null when there are none.
   */
  md5OfMessageAttributes?: string | null;
  md5OfBody: string;
  eventSource: "aws:sqs";
  /**
   * ARN of the queue the record came from.
   */
  eventSourceARN: string;
  awsRegion: string;
}
/**
 * System attributes. Every value is a string; timestamps are epoch milliseconds as strings.
 *
 * This interface was referenced by `SqsRecord`'s JSON-Schema
 * via the `definition` "SqsRecordAttributes".
 */
export interface SqsRecordAttributes {
  ApproximateReceiveCount: string;
  SentTimestamp: string;
  SenderId: string;
  ApproximateFirstReceiveTimestamp: string;
  /**
   * FIFO queues only.
   */
  SequenceNumber?: string;
  /**
   * FIFO queues, and standard queues with fair queueing.
   */
  MessageGroupId?: string;
  /**
   * FIFO queues only.
   */
  MessageDeduplicationId?: string;
  /**
   * X-Ray trace header, when tracing is on.
   */
  AWSTraceHeader?: string;
  /**
   * Present on messages read from a dead-letter queue.
   */
  DeadLetterQueueSourceArn?: string;
  [k: string]: string | undefined;
}
/**
 * One message attribute as the Lambda SQS event spells it.
 *
 * This interface was referenced by `SqsRecord`'s JSON-Schema
 * via the `definition` "SqsMessageAttribute".
 */
export interface SqsMessageAttribute {
  /**
   * String, Number or Binary, optionally with a custom label (Number.int, Binary.png).
   */
  dataType: string;
  stringValue?: string;
  /**
   * Base64; null when the attribute is not binary (seen in AWS fixtures).
   */
  binaryValue?: string | null;
  stringListValues?: StringListValues;
  binaryListValues?: BinaryListValues;
}
/**
 * The OnFailure record Lambda delivers to the failure topic after an asynchronous invocation of the processor failed (RetriesExhausted, EventAgeExceeded, or a condition AWS adds). requestPayload is any JSON: an invalid order is exactly what can land here. responsePayload is Lambda's error object; the processor's typed errors put their error code in errorType (OrderRejected.<CODE>). responseContext and responsePayload are optional: an event that expired before it ran may have neither.
 */
export interface OrderFailureDestinationRecord {
  version: string;
  timestamp: string;
  requestContext: FailureRequestContext;
  /**
   * The invocation's payload, verbatim (any JSON).
   */
  requestPayload?: JsonValue;
  responseContext?: DestinationResponseContext;
  responsePayload?: LambdaErrorPayload;
}
export interface FailureRequestContext {
  requestId: string;
  functionArn: string;
  /**
   * Any condition but Success; known: RetriesExhausted, EventAgeExceeded.
   */
  condition: string;
  approximateInvokeCount: number;
}
/**
 * The runtime's error object in a failure record's responsePayload. Node: errorType, errorMessage, stackTrace (trace on old runtimes); Python adds requestId; a crash or time-out has errorMessage only.
 */
export interface LambdaErrorPayload {
  errorType?: string;
  errorMessage: string;
  stackTrace?: string[];
  trace?: string[];
  requestId?: string;
}
/**
 * The OnSuccess record Lambda delivers to the success topic after an asynchronous invocation of the processor succeeded: requestPayload is the order, responsePayload the SUCCESS outcome the processor returned.
 */
export interface OrderSuccessDestinationRecord {
  version: string;
  timestamp: string;
  requestContext: SuccessRequestContext;
  requestPayload: OrderMessage;
  responseContext: SuccessResponseContext;
  responsePayload: OrderSuccessOutcome;
}
export interface SuccessRequestContext {
  requestId: string;
  functionArn: string;
  condition: "Success";
  approximateInvokeCount: number;
}
/**
 * An order submitted by a producer: the body of a message on the orders queue, and the payload of an asynchronous invocation of the processor. Strict: unknown fields are rejected, every string and array is bounded so hostile input fails early.
 */
export interface OrderMessage {
  /**
   * Major version of this contract. Optional for producers; when present it must be "1".
   */
  schema_version?: "1";
  /**
   * The producer's order identifier: 1 to 64 characters, letters, digits, '-' and '_', starting with a letter or digit.
   */
  order_id: string;
  /**
   * The customer placing the order: 1 to 64 characters, letters, digits, '-' and '_', starting with a letter or digit.
   */
  customer_id: string;
  /**
   * ISO 4217 alphabetic currency code (three upper-case letters). Which currencies are accepted is a business rule of the processor.
   */
  currency: string;
  /**
   * What is ordered: 1 to 100 lines.
   *
   * @minItems 1
   * @maxItems 100
   */
  line_items: [OrderLineItem, ...OrderLineItem[]];
  /**
   * When the customer submitted the order: RFC 3339 date-time with a time zone.
   */
  submitted_at: string;
  /**
   * Optional id that ties this order to a producer's request; echoed on every outcome. 1 to 128 printable ASCII characters, no spaces.
   */
  correlation_id?: string;
}
/**
 * One line of an order.
 *
 * This interface was referenced by `OrderMessage`'s JSON-Schema
 * via the `definition` "OrderLineItem".
 */
export interface OrderLineItem {
  /**
   * Stock keeping unit: 1 to 32 characters, upper-case letters, digits and '-', starting with a letter or digit.
   */
  sku: string;
  /**
   * How many units: an integer from 1 to 10,000.
   */
  quantity: number;
  /**
   * Price of one unit in the currency's minor unit (cents for USD): an integer from 0 to 100,000,000. Never a float.
   */
  unit_price_minor: number;
}
/**
 * Success records carry no functionError.
 */
export interface SuccessResponseContext {
  statusCode: number;
  executedVersion: string;
  functionError?: never;
}
/**
 * What the processor publishes to the success topic when an order is accepted. Keeps the seed message's fields (message_id, body, status). Open: consumers must accept fields added by newer producers. order holds the accepted order as validated.
 */
export interface OrderSuccessOutcome {
  /**
   * Major version of the outcome contract.
   */
  schema_version: "1";
  /**
   * Always "order.outcome"; tells an outcome apart from a Lambda destination record on the same topic.
   */
  message_type: "order.outcome";
  /**
   * Deterministic id of this outcome (UUID v5 of the input's source and message id): a redelivered input yields the same outcome_id, so consumers deduplicate on it.
   */
  outcome_id: string;
  /**
   * Id of the input: the SQS messageId, or the request id of an asynchronous invocation. Same name and meaning as in the seed handler.
   */
  message_id: string;
  /**
   * Seed field: SUCCESS.
   */
  status: "SUCCESS";
  order: OrderMessage;
  /**
   * Sum of quantity x unit_price_minor over the lines, in minor units.
   */
  order_total_minor: number;
  /**
   * The input body as received (seed field). When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.
   */
  body: string;
  /**
   * True when body was too large to echo and was omitted.
   */
  body_truncated?: boolean;
  /**
   * Length of the original body in UTF-8 bytes (set when body_truncated).
   */
  body_bytes?: number;
  /**
   * Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated).
   */
  body_sha256?: string;
  /**
   * The order's id, when the body was readable enough to tell.
   */
  order_id?: string;
  /**
   * The order's correlation_id, when it had one.
   */
  correlation_id?: string;
  /**
   * When the processor decided the outcome (RFC 3339, UTC).
   */
  processed_at: string;
  source: OutcomeSource;
}
/**
 * The input was a record of an SQS batch.
 */
export interface SqsOutcomeSource {
  kind: "sqs";
  /**
   * The record's eventSourceARN.
   */
  queue_arn: string;
  /**
   * ApproximateReceiveCount when processed: 1 on first delivery.
   */
  receive_count: number;
}
/**
 * The input was the payload of an asynchronous invocation (InvocationType Event).
 */
export interface AsyncInvocationOutcomeSource {
  kind: "async_invocation";
  /**
   * The invocation's AWS request id (the destination record's requestContext.requestId).
   */
  request_id: string;
  /**
   * The invoked function ARN, when known.
   */
  function_arn?: string;
}
/**
 * What the processor publishes to the failure topic when an order is rejected. Keeps the seed message's fields (message_id, body, error, status). Open: consumers must accept fields added by newer producers.
 */
export interface OrderFailureOutcome {
  /**
   * Major version of the outcome contract.
   */
  schema_version: "1";
  /**
   * Always "order.outcome"; tells an outcome apart from a Lambda destination record on the same topic.
   */
  message_type: "order.outcome";
  /**
   * Deterministic id of this outcome (UUID v5 of the input's source and message id): a redelivered input yields the same outcome_id, so consumers deduplicate on it.
   */
  outcome_id: string;
  /**
   * Id of the input: the SQS messageId, or the request id of an asynchronous invocation. Same name and meaning as in the seed handler.
   */
  message_id: string;
  /**
   * Seed field: FAILURE.
   */
  status: "FAILURE";
  /**
   * Seed field: readable reason for the failure.
   */
  error: string;
  error_code: ErrorCode;
  /**
   * True when sending the same input again later may succeed (only INTERNAL_ERROR).
   */
  retryable: boolean;
  /**
   * Details of a SCHEMA_VIOLATION or a rule rejection: at most 20.
   *
   * @maxItems 20
   */
  validation_errors?: ValidationIssue[];
  /**
   * The input body as received (seed field). When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.
   */
  body: string;
  /**
   * True when body was too large to echo and was omitted.
   */
  body_truncated?: boolean;
  /**
   * Length of the original body in UTF-8 bytes (set when body_truncated).
   */
  body_bytes?: number;
  /**
   * Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated).
   */
  body_sha256?: string;
  /**
   * The order's id, when the body was readable enough to tell.
   */
  order_id?: string;
  /**
   * The order's correlation_id, when it had one.
   */
  correlation_id?: string;
  /**
   * When the processor decided the outcome (RFC 3339, UTC).
   */
  processed_at: string;
  source: OutcomeSource;
}
/**
 * One reason the input failed validation.
 */
export interface ValidationIssue {
  /**
   * JSON pointer (RFC 6901) into the input; "" is the whole document.
   */
  pointer: string;
  /**
   * Readable explanation.
   */
  message: string;
}
/**
 * The outcome message attributes as a queue subscribed with raw message delivery receives them: the SQS record's messageAttributes (dataType, stringValue). Derived by `npm run gen` from outcome/outcome-attributes.v1.schema.json (OutcomeMessageAttributes), which holds the rules.
 */
export interface OutcomeMessageAttributesRawDelivery {
  /**
   * Always order.outcome.
   */
  message_type: {
    dataType: "String";
    stringValue: "order.outcome";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * Major version of the outcome contract.
   */
  schema_version: {
    dataType: "String";
    stringValue: "1";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * The outcome's status.
   */
  status: {
    dataType: "String";
    stringValue: "SUCCESS" | "FAILURE";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * The outcome's error_code; FAILURE only.
   */
  error_code?: {
    dataType: "String";
    stringValue: ErrorCode;
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
}
/**
 * The outcome message attributes as a queue subscribed without raw message delivery receives them: the SNS envelope's MessageAttributes (Type, Value). Derived by `npm run gen` from outcome/outcome-attributes.v1.schema.json (OutcomeMessageAttributes), which holds the rules.
 */
export interface OutcomeMessageAttributesSnsEnvelope {
  /**
   * Always order.outcome.
   */
  message_type: {
    Type: "String";
    Value: "order.outcome";
  };
  /**
   * Major version of the outcome contract.
   */
  schema_version: {
    Type: "String";
    Value: "1";
  };
  /**
   * The outcome's status.
   */
  status: {
    Type: "String";
    Value: "SUCCESS" | "FAILURE";
  };
  /**
   * The outcome's error_code; FAILURE only.
   */
  error_code?: {
    Type: "String";
    Value: ErrorCode;
  };
}
/**
 * The SNS message attributes published with every outcome, in the SDK's shape (DataType, StringValue). Subscription filter policies with scope MessageAttributes may use only these keys. With raw delivery they become SQS message attributes (at most 10 are delivered; this contract uses at most 4). Lambda destination records carry no attributes.
 */
export interface OutcomeMessageAttributes {
  message_type: MessageTypeAttribute;
  schema_version: SchemaVersionAttribute;
  status: StatusAttribute;
  error_code?: ErrorCodeAttribute;
}
/**
 * Always order.outcome.
 */
export interface MessageTypeAttribute {
  DataType: "String";
  StringValue: "order.outcome";
}
/**
 * Major version of the outcome contract.
 */
export interface SchemaVersionAttribute {
  DataType: "String";
  StringValue: "1";
}
/**
 * The outcome's status.
 */
export interface StatusAttribute {
  DataType: "String";
  StringValue: "SUCCESS" | "FAILURE";
}
/**
 * The outcome's error_code; FAILURE only.
 */
export interface ErrorCodeAttribute {
  DataType: "String";
  StringValue: ErrorCode;
}
