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
 * Where the processed input came from: a record of an SQS batch or an asynchronous invocation, told apart by kind.
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
 * Which invocation an OnSuccess record is about, and after how many attempts it succeeded.
 */
export interface LambdaSuccessRequestContext {
  /**
   * The asynchronous invocation's request id, as Invoke returned it: ties the record to the invocation and its logs.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST, a version or an alias): which deployment ran.
   */
  functionArn: string;
  /**
   * Always "Success" in an OnSuccess record: the invocation returned without error.
   */
  condition: "Success";
  /**
   * How many times Lambda ran the invocation: 1 without retries; 3 after the initial attempt and two retries.
   */
  approximateInvokeCount: number;
}
/**
 * How the invocation ended: the status code, the function version that ran, and functionError when the function failed.
 */
export interface DestinationResponseContext {
  /**
   * Status code of the invocation: 200 even when the function failed, so read functionError, not this, to tell a failure.
   */
  statusCode: number;
  /**
   * The function version that ran: "$LATEST" or a published version number.
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
 * Which invocation an OnFailure record is about, why Lambda gave up on it (condition) and after how many attempts.
 */
export interface LambdaFailureRequestContext {
  /**
   * The asynchronous invocation's request id, as Invoke returned it: ties the record to the invocation and its logs.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST, a version or an alias): which deployment ran.
   */
  functionArn: string;
  /**
   * Why Lambda gave up: any condition but Success; known: RetriesExhausted (every attempt failed), EventAgeExceeded (the event grew too old to try again).
   */
  condition: string;
  /**
   * How many times Lambda ran the invocation: 1 without retries; 3 after the initial attempt and two retries.
   */
  approximateInvokeCount: number;
}
/**
 * A SubscriptionConfirmation or UnsubscribeConfirmation that SNS delivers to a queue (for example a cross-account subscription made by another account). Not a pipeline message: consumers log it and acknowledge it; confirming is an operator's decision.
 */
export interface SnsConfirmation {
  /**
   * SubscriptionConfirmation (a subscription to the queue waits to be confirmed) or UnsubscribeConfirmation (a subscription was removed).
   */
  Type: "SubscriptionConfirmation" | "UnsubscribeConfirmation";
  /**
   * Id SNS gave this confirmation message; useful to log it, not to act on.
   */
  MessageId: string;
  /**
   * The value the ConfirmSubscription action takes to confirm the subscription (visiting SubscribeURL does the same): whoever holds it can confirm.
   */
  Token: string;
  /**
   * ARN of the topic the subscription belongs to: check it is a topic you expect before anyone confirms.
   */
  TopicArn: string;
  /**
   * SNS's own explanation, in English, of the confirmation and how to confirm it.
   */
  Message: string;
  /**
   * URL that confirms the subscription when visited. Confirming is an operator's decision: consumers must not fetch it.
   */
  SubscribeURL: string;
  /**
   * When SNS sent the confirmation (ISO 8601, UTC).
   */
  Timestamp: string;
  /**
   * Signature scheme of Signature: "1" (SHA1withRSA) or "2" (SHA256withRSA).
   */
  SignatureVersion?: string;
  /**
   * Base64 signature over the message's fields; verifying it proves that SNS sent this confirmation.
   */
  Signature?: string;
  /**
   * URL of the certificate that made Signature; check it is an SNS host of amazonaws.com before trusting it.
   */
  SigningCertURL?: string;
}
/**
 * The JSON envelope SNS delivers to an SQS queue when raw message delivery is off (the SQS body). Standard topics sign it (SignatureVersion "1" SHA1withRSA or "2" SHA256withRSA); FIFO topics add SequenceNumber and carry no signature fields, so none is required. Message is the published message as a string: parse it a second time. Subject and MessageAttributes are absent when not published (Subject null is tolerated). SubscriptionConfirmation and UnsubscribeConfirmation messages are a different shape (see SnsConfirmation); consumers acknowledge them without processing.
 */
export interface SnsNotification {
  /**
   * Always "Notification" for a published message; confirmations have other types and their own schema (SnsConfirmation).
   */
  Type: "Notification";
  /**
   * Id SNS gave the published message: the same on every delivery of it, so a consumer can recognise SNS redeliveries.
   */
  MessageId: string;
  /**
   * ARN of the topic the message was published to: tells the topics apart when one queue subscribes to several.
   */
  TopicArn: string;
  /**
   * The subject given when publishing (used by email subscriptions); absent, or null, when none was given.
   */
  Subject?: string | null;
  /**
   * The published message as a string: the outcomes and destination records of this contract are JSON text, to be parsed a second time.
   */
  Message: string;
  /**
   * When SNS accepted the publish (ISO 8601, UTC), not when the content was made.
   */
  Timestamp: string;
  /**
   * Position of the message in its message group, assigned by SNS; FIFO topics only.
   */
  SequenceNumber?: string;
  /**
   * Signature scheme of Signature: "1" (SHA1withRSA) or "2" (SHA256withRSA). Any digit string is accepted, as AWS documentation shows others in examples. Absent on FIFO topics.
   */
  SignatureVersion?: string;
  /**
   * Base64 signature over the message's fields; verifying it proves that SNS sent the message. Standard topics only.
   */
  Signature?: string;
  /**
   * URL of the certificate that made Signature; check it is an SNS host of amazonaws.com before trusting it. Standard topics only.
   */
  SigningCertURL?: string;
  /**
   * URL that removes the subscription when visited: never fetch it from code, one request unsubscribes the queue.
   */
  UnsubscribeURL?: string;
  /**
   * The attributes published with the message, by name (for outcomes: message_type, schema_version, status, error_code); absent when none were published.
   */
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
  /**
   * Data type the publisher declared (String, String.Array, Number or Binary): says how to read Value.
   */
  Type: "String" | "String.Array" | "Number" | "Binary";
  /**
   * The attribute's value as text: base64 for Binary, a JSON array for String.Array, decimal digits for Number.
   */
  Value: string;
}
/**
 * Partial batch response (ReportBatchItemFailures): the records SQS must redeliver. An empty list means the whole batch succeeded. Every itemIdentifier must be a messageId of the batch, or Lambda retries the whole batch.
 */
export interface SqsBatchResponse {
  /**
   * The records SQS must deliver again, one entry each; empty when every record succeeded. Lambda deletes the records not listed.
   */
  batchItemFailures: SqsBatchItemFailure[];
}
/**
 * One record the function could not process, which SQS delivers again after its visibility timeout.
 */
export interface SqsBatchItemFailure {
  /**
   * The messageId of a record of this batch; an empty or unknown id makes Lambda retry the whole batch.
   */
  itemIdentifier: string;
}
/**
 * The event AWS Lambda's SQS event source mapping invokes the function with, synchronously: a batch of 1 to 10,000 records.
 */
export interface SqsEvent {
  /**
   * The batch: 1 to 10,000 records (at most the mapping's batch size), each to be processed on its own and reported in the batch response when it fails.
   *
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
  /**
   * Handle of this receipt of the message, needed to delete it or change its visibility; Lambda deletes successful records itself.
   */
  receiptHandle: string;
  /**
   * The message body, always a string (JSON bodies arrive as text).
   */
  body: string;
  attributes: SqsRecordAttributes;
  /**
   * The message attributes the producer set, by name ({} when there are none); with SNS raw delivery, the attributes published to the topic.
   */
  messageAttributes: {
    [k: string]: SqsMessageAttribute;
  };
  /**
   * MD5 of the message attributes, or null when there are none.
   */
  md5OfMessageAttributes?: string | null;
  /**
   * Hex MD5 digest of body: SQS's integrity check of the body, not an id to deduplicate on.
   */
  md5OfBody: string;
  /**
   * Always "aws:sqs": tells an SQS record from the records of other event sources.
   */
  eventSource: "aws:sqs";
  /**
   * ARN of the queue the record came from: tells the queues apart when one function reads several.
   */
  eventSourceARN: string;
  /**
   * AWS Region of the queue the record came from, for example eu-west-1.
   */
  awsRegion: string;
}
/**
 * System attributes SQS sets on every message (not the producer's message attributes). Every value is a string; timestamps are epoch milliseconds as strings.
 *
 * This interface was referenced by `SqsRecord`'s JSON-Schema
 * via the `definition` "SqsRecordAttributes".
 */
export interface SqsRecordAttributes {
  /**
   * How many times the message has been received, as decimal text: 1 on first delivery; past the queue's maxReceiveCount it moves to the dead-letter queue.
   */
  ApproximateReceiveCount: string;
  /**
   * When SQS received the message from its producer, in epoch milliseconds as text.
   */
  SentTimestamp: string;
  /**
   * Who sent the message: the producer's IAM user id, or role id and session name.
   */
  SenderId: string;
  /**
   * When the message was first received by a consumer, in epoch milliseconds as text; with SentTimestamp, how long it waited.
   */
  ApproximateFirstReceiveTimestamp: string;
  /**
   * Position of the message in its FIFO queue, assigned by SQS; FIFO queues only.
   */
  SequenceNumber?: string;
  /**
   * The group the producer gave the message: one group's messages are delivered in order (FIFO queues) or share capacity fairly (standard queues with fair queueing).
   */
  MessageGroupId?: string;
  /**
   * The id SQS used to drop copies sent within five minutes; FIFO queues only.
   */
  MessageDeduplicationId?: string;
  /**
   * X-Ray trace header of the producer's trace, when tracing is on: links the processing to the trace that sent the message.
   */
  AWSTraceHeader?: string;
  /**
   * ARN of the queue the message came from, on messages read from a dead-letter queue: where to send it back.
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
  /**
   * The value of a String or Number attribute, as text; absent for Binary attributes.
   */
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
  /**
   * Format version of the destination record; "1.0" in every known record. A consumer may check it before relying on the layout.
   */
  version: string;
  /**
   * When Lambda made the record (ISO 8601, UTC, with milliseconds), after it gave up on the invocation.
   */
  timestamp: string;
  requestContext: FailureRequestContext;
  /**
   * The invocation's payload, verbatim (any JSON): the order as the producer sent it, valid or not, so it can be inspected or sent again.
   */
  requestPayload?: JsonValue;
  responseContext?: DestinationResponseContext;
  responsePayload?: LambdaErrorPayload;
}
/**
 * Which invocation the record is about, why Lambda gave up on it (condition) and after how many attempts.
 */
export interface FailureRequestContext {
  /**
   * The asynchronous invocation's request id, as Invoke returned it: ties the record to the invocation and its logs.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST, a version or an alias): which deployment ran.
   */
  functionArn: string;
  /**
   * Why Lambda gave up: any condition but Success; known: RetriesExhausted (every attempt failed), EventAgeExceeded (the event grew too old to try again).
   */
  condition: string;
  /**
   * How many times Lambda ran the invocation: 1 without retries; 3 after the initial attempt and two retries.
   */
  approximateInvokeCount: number;
}
/**
 * The runtime's error object in a failure record's responsePayload. Node: errorType, errorMessage, stackTrace (trace on old runtimes); Python adds requestId; a crash or time-out has errorMessage only.
 */
export interface LambdaErrorPayload {
  /**
   * Name of the error the function threw (Error, TypeError, OrderRejected.<CODE> for the processor's typed rejections); absent when the runtime crashed or timed out.
   */
  errorType?: string;
  /**
   * The error's message; after a crash or time-out, the runtime's own text. The one field every error payload has.
   */
  errorMessage: string;
  /**
   * Stack frames of the error as lines of text, from current runtimes: for diagnosis, not for code to parse.
   */
  stackTrace?: string[];
  /**
   * Stack frames of the error as lines of text, as older Node.js runtimes named them (stackTrace today).
   */
  trace?: string[];
  /**
   * The invocation's request id, which Python runtimes add to the error object.
   */
  requestId?: string;
}
/**
 * The OnSuccess record Lambda delivers to the success topic after an asynchronous invocation of the processor succeeded: requestPayload is the order, responsePayload the SUCCESS outcome the processor returned.
 */
export interface OrderSuccessDestinationRecord {
  /**
   * Format version of the destination record; "1.0" in every known record. A consumer may check it before relying on the layout.
   */
  version: string;
  /**
   * When Lambda made the record (ISO 8601, UTC, with milliseconds), after the invocation returned.
   */
  timestamp: string;
  requestContext: SuccessRequestContext;
  requestPayload: OrderMessage;
  responseContext: SuccessResponseContext;
  responsePayload: OrderSuccessOutcome;
}
/**
 * Which invocation the record is about, that it succeeded (condition "Success") and after how many attempts.
 */
export interface SuccessRequestContext {
  /**
   * The asynchronous invocation's request id, as Invoke returned it: ties the record to the invocation and its logs.
   */
  requestId: string;
  /**
   * Qualified ARN of the invoked function (…:function:name:$LATEST, a version or an alias): which deployment ran.
   */
  functionArn: string;
  /**
   * Always "Success" in an OnSuccess record: the invocation returned without error.
   */
  condition: "Success";
  /**
   * How many times Lambda ran the invocation: 1 without retries; 3 after the initial attempt and two retries.
   */
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
   * What is ordered, one line per product: 1 to 100 lines. The processor may allow fewer (TOO_MANY_ITEMS) and rejects an order that lists one SKU twice (DUPLICATE_SKU).
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
 * One line of an order: which product (sku), how many units (quantity) and the price of one unit (unit_price_minor).
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
 * How the successful invocation ended: the status code and the function version that ran. Success records carry no functionError.
 */
export interface SuccessResponseContext {
  /**
   * Status code of the invocation: 200 in every known record.
   */
  statusCode: number;
  /**
   * The function version that ran: "$LATEST" or a published version number.
   */
  executedVersion: string;
  functionError?: never;
}
/**
 * What the processor publishes to the success topic when it accepts an order. It holds the order as validated and its total, beside the fields every outcome carries (OutcomeFields in outcome-common); message_id, body and status keep the names and types they had in the original outcome message, so consumers written against that message keep working. Open: consumers must accept fields added by newer producers.
 */
export interface OrderSuccessOutcome {
  /**
   * Major version of the outcome contract, "1". A breaking change would come as "2" in a new schema, so a consumer can tell which contract a message follows before reading it.
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
   * Id of the input this outcome answers: the SQS messageId, or the request id of an asynchronous invocation. It keeps the name and meaning it had in the original outcome message, so consumers written against that message keep working.
   */
  message_id: string;
  /**
   * The input body exactly as received, unparsed, so a consumer can log, inspect or replay what the producer sent; it keeps the name and type (a string) it had in the original outcome message, so consumers written against that message keep working. When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.
   */
  body: string;
  /**
   * True when body was too large to echo and was left out (so the outcome stays within the SNS message size limit); body_bytes and body_sha256 then identify it.
   */
  body_truncated?: boolean;
  /**
   * Length of the original body in UTF-8 bytes (set when body_truncated), to tell how large the input that could not be echoed was.
   */
  body_bytes?: number;
  /**
   * Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated), to match the outcome with the producer's copy of the input.
   */
  body_sha256?: string;
  /**
   * The order's id, when the body was readable enough to tell: ties even a rejected input to the producer's order.
   */
  order_id?: string;
  /**
   * The order's correlation_id, when it had one, so a producer can match the outcome with its own request.
   */
  correlation_id?: string;
  /**
   * When the processor decided the outcome (RFC 3339, UTC): a redelivered input gets a later processed_at but the same outcome_id.
   */
  processed_at: string;
  source: OutcomeSource;
  /**
   * Always SUCCESS here: the order was accepted. A consumer of both topics tells the two outcomes apart by it. It keeps the name and type it had in the original outcome message, so consumers written against that message keep working.
   */
  status: "SUCCESS";
  order: OrderMessage;
  /**
   * Sum of quantity x unit_price_minor over the lines, in the currency's minor unit (cents for EUR), computed once by the processor so consumers need not add up the lines themselves.
   */
  order_total_minor: number;
}
/**
 * The input was a record of an SQS batch.
 */
export interface SqsOutcomeSource {
  /**
   * Always "sqs": the input was a record of an SQS batch, and queue_arn and receive_count say which queue and which delivery.
   */
  kind: "sqs";
  /**
   * ARN of the queue the input was read from (the record's eventSourceARN): which queue the producer sent it to.
   */
  queue_arn: string;
  /**
   * ApproximateReceiveCount when processed: 1 on first delivery, more when SQS redelivered the input after a failed attempt.
   */
  receive_count: number;
}
/**
 * The input was the payload of an asynchronous invocation (InvocationType Event).
 */
export interface AsyncInvocationOutcomeSource {
  /**
   * Always "async_invocation": the input was the payload of an asynchronous invocation, identified by request_id.
   */
  kind: "async_invocation";
  /**
   * The invocation's AWS request id (the destination record's requestContext.requestId).
   */
  request_id: string;
  /**
   * The invoked function's ARN, when known: which deployment of the processor decided the outcome.
   */
  function_arn?: string;
}
/**
 * What the processor publishes to the failure topic when it rejects an order or cannot process it. It says why (error_code, error, validation_errors) and whether sending the input again may help (retryable), beside the fields every outcome carries (OutcomeFields in outcome-common); message_id, body, status and error keep the names and types they had in the original outcome message, so consumers written against that message keep working. Open: consumers must accept fields added by newer producers.
 */
export interface OrderFailureOutcome {
  /**
   * Major version of the outcome contract, "1". A breaking change would come as "2" in a new schema, so a consumer can tell which contract a message follows before reading it.
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
   * Id of the input this outcome answers: the SQS messageId, or the request id of an asynchronous invocation. It keeps the name and meaning it had in the original outcome message, so consumers written against that message keep working.
   */
  message_id: string;
  /**
   * The input body exactly as received, unparsed, so a consumer can log, inspect or replay what the producer sent; it keeps the name and type (a string) it had in the original outcome message, so consumers written against that message keep working. When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.
   */
  body: string;
  /**
   * True when body was too large to echo and was left out (so the outcome stays within the SNS message size limit); body_bytes and body_sha256 then identify it.
   */
  body_truncated?: boolean;
  /**
   * Length of the original body in UTF-8 bytes (set when body_truncated), to tell how large the input that could not be echoed was.
   */
  body_bytes?: number;
  /**
   * Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated), to match the outcome with the producer's copy of the input.
   */
  body_sha256?: string;
  /**
   * The order's id, when the body was readable enough to tell: ties even a rejected input to the producer's order.
   */
  order_id?: string;
  /**
   * The order's correlation_id, when it had one, so a producer can match the outcome with its own request.
   */
  correlation_id?: string;
  /**
   * When the processor decided the outcome (RFC 3339, UTC): a redelivered input gets a later processed_at but the same outcome_id.
   */
  processed_at: string;
  source: OutcomeSource;
  /**
   * Always FAILURE here: the order was rejected or could not be processed. A consumer of both topics tells the two outcomes apart by it. It keeps the name and type it had in the original outcome message, so consumers written against that message keep working.
   */
  status: "FAILURE";
  /**
   * Readable reason for the failure, for people reading logs and alerts; code should branch on error_code instead. It keeps the name and type (a string) it had in the original outcome message, so consumers written against that message keep working.
   */
  error: string;
  error_code: ErrorCode;
  /**
   * True when sending the same input again later may succeed: only for INTERNAL_ERROR, a fault of the processor rather than of the order. Lets a consumer decide to replay or to alert a person.
   */
  retryable: boolean;
  /**
   * Where and why the input failed (at most 20): the schema violation found, or every business rule the order broke, each with a JSON pointer into the input so a producer can fix it. Absent when there is no such detail (INVALID_JSON, for one) or when the list would not fit in an SNS message.
   *
   * @maxItems 20
   */
  validation_errors?: ValidationIssue[];
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
   * What is wrong at that place, in English, for people (logs, alerts, producer feedback); not a stable text for code to match on.
   */
  message: string;
}
/**
 * The outcome message attributes as a queue subscribed with raw message delivery receives them: the SQS record's messageAttributes (dataType, stringValue). Derived by `npm run gen` from outcome/outcome-attributes.v1.schema.json (OutcomeMessageAttributes), which holds the rules.
 */
export interface OutcomeMessageAttributesRawDelivery {
  /**
   * Always order.outcome. A subscription filter on the message attributes can select outcomes with it; Lambda destination records on the same topic carry no attributes.
   */
  message_type: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    dataType: "String";
    /**
     * The attribute's value: always "order.outcome", as in the body's message_type.
     */
    stringValue: "order.outcome";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * Major version of the outcome contract, as in the body's schema_version: lets a consumer route or drop messages of a contract it does not know without parsing the body.
   */
  schema_version: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    dataType: "String";
    /**
     * The attribute's value: the outcome contract's major version, "1".
     */
    stringValue: "1";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * The outcome's status, SUCCESS or FAILURE, as in the body: lets a subscription filter or a router pick outcomes without parsing the body.
   */
  status: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    dataType: "String";
    /**
     * The attribute's value: SUCCESS or FAILURE, equal to the body's status.
     */
    stringValue: "SUCCESS" | "FAILURE";
    /**
     * Base64; null when the attribute is not binary (seen in AWS fixtures).
     */
    binaryValue?: string | null;
    stringListValues?: StringListValues;
    binaryListValues?: BinaryListValues;
  };
  /**
   * The FAILURE outcome's error_code, as in the body, so alerts can be filtered by cause without parsing the body; absent on SUCCESS.
   */
  error_code?: {
    /**
     * Always "String": the attribute's SNS data type.
     */
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
   * Always order.outcome. A subscription filter on the message attributes can select outcomes with it; Lambda destination records on the same topic carry no attributes.
   */
  message_type: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    Type: "String";
    /**
     * The attribute's value: always "order.outcome", as in the body's message_type.
     */
    Value: "order.outcome";
  };
  /**
   * Major version of the outcome contract, as in the body's schema_version: lets a consumer route or drop messages of a contract it does not know without parsing the body.
   */
  schema_version: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    Type: "String";
    /**
     * The attribute's value: the outcome contract's major version, "1".
     */
    Value: "1";
  };
  /**
   * The outcome's status, SUCCESS or FAILURE, as in the body: lets a subscription filter or a router pick outcomes without parsing the body.
   */
  status: {
    /**
     * Always "String": the attribute's SNS data type.
     */
    Type: "String";
    /**
     * The attribute's value: SUCCESS or FAILURE, equal to the body's status.
     */
    Value: "SUCCESS" | "FAILURE";
  };
  /**
   * The FAILURE outcome's error_code, as in the body, so alerts can be filtered by cause without parsing the body; absent on SUCCESS.
   */
  error_code?: {
    /**
     * Always "String": the attribute's SNS data type.
     */
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
 * Always order.outcome. A subscription filter on the message attributes can select outcomes with it; Lambda destination records on the same topic carry no attributes.
 */
export interface MessageTypeAttribute {
  /**
   * Always "String": the attribute's SNS data type.
   */
  DataType: "String";
  /**
   * The attribute's value: always "order.outcome", as in the body's message_type.
   */
  StringValue: "order.outcome";
}
/**
 * Major version of the outcome contract, as in the body's schema_version: lets a consumer route or drop messages of a contract it does not know without parsing the body.
 */
export interface SchemaVersionAttribute {
  /**
   * Always "String": the attribute's SNS data type.
   */
  DataType: "String";
  /**
   * The attribute's value: the outcome contract's major version, "1".
   */
  StringValue: "1";
}
/**
 * The outcome's status, SUCCESS or FAILURE, as in the body: lets a subscription filter or a router pick outcomes without parsing the body.
 */
export interface StatusAttribute {
  /**
   * Always "String": the attribute's SNS data type.
   */
  DataType: "String";
  /**
   * The attribute's value: SUCCESS or FAILURE, equal to the body's status.
   */
  StringValue: "SUCCESS" | "FAILURE";
}
/**
 * The FAILURE outcome's error_code, as in the body, so alerts can be filtered by cause without parsing the body; absent on SUCCESS.
 */
export interface ErrorCodeAttribute {
  /**
   * Always "String": the attribute's SNS data type.
   */
  DataType: "String";
  StringValue: ErrorCode;
}
