import type { Message, MessageAttributeValue } from "@aws-sdk/client-sqs";
import type { SqsEvent, SqsMessageAttribute, SqsRecord } from "../../generated/types";

/** Where the records of one event came from: the queue the event source mapping polls. */
export interface EventSource {
  /** The queue ARN (becomes each record's eventSourceARN). */
  queueArn: string;
  /** The queue's Region (becomes each record's awsRegion). */
  region: string;
}

/**
 * Turns one SQS ReceiveMessage result into the record Lambda's SQS event source mapping sends,
 * spelled exactly as AWS spells it (with-sqs.html; the AWS-recorded samples in
 * tests/fixtures/aws-samples): camelCase keys, every attribute value a string,
 * `messageAttributes` `{}` and `md5OfMessageAttributes` `null` when there are none, each message
 * attribute with `stringListValues`/`binaryListValues` `[]`.
 *
 * Throws when the message lacks what SQS always returns when asked for all system attributes
 * (MessageId, ReceiptHandle, Body, MD5OfBody, ApproximateReceiveCount, SentTimestamp): that is a
 * bug in the poller, never a property of the message.
 *
 * @example
 * const record = toSqsRecord(received, { queueArn: "arn:aws:sqs:eu-west-1:000000000000:orders", region: "eu-west-1" });
 * record.attributes.ApproximateReceiveCount; // "1"
 */
export function toSqsRecord(message: Message, source: EventSource): SqsRecord {
  const { MessageId, ReceiptHandle, Body, MD5OfBody } = message;
  const system = message.Attributes ?? {};
  if (MessageId === undefined || ReceiptHandle === undefined || Body === undefined) {
    throw new Error(
      "ReceiveMessage returned a message without MessageId, ReceiptHandle or Body; the event source mapping cannot build a Lambda record from it",
    );
  }
  const receiveCount = system.ApproximateReceiveCount;
  const sent = system.SentTimestamp;
  if (receiveCount === undefined || sent === undefined || MD5OfBody === undefined) {
    throw new Error(
      `message ${MessageId} was received without ApproximateReceiveCount/SentTimestamp/MD5OfBody: call ReceiveMessage with MessageSystemAttributeNames ["All"]`,
    );
  }
  const messageAttributes = toLambdaMessageAttributes(message.MessageAttributes ?? {});
  return {
    messageId: MessageId,
    receiptHandle: ReceiptHandle,
    body: Body,
    attributes: {
      ...system,
      ApproximateReceiveCount: receiveCount,
      SentTimestamp: sent,
      SenderId: system.SenderId ?? "",
      // SQS sets it on the first receive, which is this one at the latest.
      ApproximateFirstReceiveTimestamp: system.ApproximateFirstReceiveTimestamp ?? sent,
    },
    messageAttributes,
    md5OfMessageAttributes:
      Object.keys(messageAttributes).length === 0 ? null : (message.MD5OfMessageAttributes ?? null),
    md5OfBody: MD5OfBody,
    eventSource: "aws:sqs",
    eventSourceARN: source.queueArn,
    awsRegion: source.region,
  };
}

/**
 * Builds the Lambda event for one batch of received messages.
 *
 * @example const event = toSqsEvent(messages, { queueArn, region }); // { Records: [...] }
 */
export function toSqsEvent(messages: readonly Message[], source: EventSource): SqsEvent {
  const [first, ...rest] = messages;
  if (first === undefined) {
    throw new Error(
      "an SQS event needs at least one record: Lambda never invokes with an empty batch",
    );
  }
  return {
    Records: [toSqsRecord(first, source), ...rest.map((message) => toSqsRecord(message, source))],
  };
}

/** SDK message attributes (PascalCase) → the Lambda event's (camelCase, list values always present). */
export function toLambdaMessageAttributes(
  attributes: Record<string, MessageAttributeValue>,
): Record<string, SqsMessageAttribute> {
  const result: Record<string, SqsMessageAttribute> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const attribute: SqsMessageAttribute = {
      dataType: value.DataType ?? "String",
      stringListValues: value.StringListValues ?? [],
      binaryListValues: (value.BinaryListValues ?? []).map(toBase64),
    };
    if (value.StringValue !== undefined) attribute.stringValue = value.StringValue;
    if (value.BinaryValue !== undefined) attribute.binaryValue = toBase64(value.BinaryValue);
    result[name] = attribute;
  }
  return result;
}

function toBase64(bytes: Uint8Array | string): string {
  return typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("base64");
}
