import { createHash, randomUUID } from "node:crypto";
import type {
  OutcomeMessageAttributes,
  SnsNotification,
  SqsEvent,
  SqsMessageAttribute,
  SqsRecord,
} from "../../../generated/types";

/** SNS message attributes as the SDK's PublishCommand takes them. */
export type PublishedAttributes =
  | OutcomeMessageAttributes
  | Record<string, { DataType: string; StringValue?: string }>;

const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

/**
 * An SQS record as Lambda's event source mapping delivers it. Field values follow the AWS docs
 * sample `sqs-event--aws-docs--standard-queue-2-records.json` (corpus/aws-samples).
 */
export function sqsRecord(options: {
  body: string;
  messageId?: string;
  messageAttributes?: Record<string, SqsMessageAttribute>;
  queueName?: string;
}): SqsRecord {
  const messageAttributes = options.messageAttributes ?? {};
  return {
    messageId: options.messageId ?? randomUUID(),
    receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
    body: options.body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: "1545082649183",
      SenderId: "AIDAIENQZJOLO23YVJ4VO",
      ApproximateFirstReceiveTimestamp: "1545082649185",
    },
    messageAttributes,
    md5OfMessageAttributes:
      Object.keys(messageAttributes).length === 0 ? null : md5(JSON.stringify(messageAttributes)),
    md5OfBody: md5(options.body),
    eventSource: "aws:sqs",
    eventSourceARN: `arn:aws:sqs:us-east-2:123456789012:${options.queueName ?? "my-queue"}`,
    awsRegion: "us-east-2",
  };
}

/** An SQS event of the given records. */
export function sqsEvent(first: SqsRecord, ...rest: SqsRecord[]): SqsEvent {
  return { Records: [first, ...rest] };
}

/**
 * What a queue subscribed with raw delivery ON receives for a published message: the body is the
 * message verbatim, SNS attributes become SQS message attributes
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-large-payload-raw-message-delivery.html).
 */
export function rawDelivery(
  message: unknown,
  attributes: PublishedAttributes = {},
  messageId?: string,
): SqsRecord {
  const messageAttributes: Record<string, SqsMessageAttribute> = {};
  for (const [name, a] of Object.entries(attributes)) {
    messageAttributes[name] = {
      dataType: a.DataType,
      stringValue: a.StringValue,
      stringListValues: [],
      binaryListValues: [],
    };
  }
  return sqsRecord({
    body: typeof message === "string" ? message : JSON.stringify(message),
    messageAttributes,
    queueName: "fulfilment",
    ...(messageId ? { messageId } : {}),
  });
}

/**
 * The SNS envelope a queue subscribed with raw delivery OFF receives (fields as in the AWS docs
 * sample `sns-sqs-envelope--aws-docs--raw-delivery-disabled.json`, Subject omitted as when not
 * published, attributes as {Type, Value}); pretty-printed like real SNS.
 */
export function snsEnvelope(
  message: unknown,
  attributes: PublishedAttributes = {},
): SnsNotification {
  const envelope: SnsNotification = {
    Type: "Notification",
    MessageId: randomUUID(),
    TopicArn: "arn:aws:sns:us-east-2:111122223333:order-failures",
    Message: typeof message === "string" ? message : JSON.stringify(message),
    Timestamp: "2021-02-16T21:41:19.978Z",
    SignatureVersion: "1",
    Signature: "FMG5tlZhJNHLHUXvZgtZzlk24FzVa7oX0T4P03neeXw8ZEXZx6z35j2FOTuNYShn2h0bKNC==",
    SigningCertURL:
      "https://sns.us-east-2.amazonaws.com/SimpleNotificationService-010a507c1833636cd94bdb98bd93083a.pem",
    UnsubscribeURL:
      "https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-2:111122223333:order-failures:e1039402-24e7-40a3-a0d4-797da162b297",
  };
  const entries = Object.entries(attributes);
  if (entries.length > 0) {
    envelope.MessageAttributes = Object.fromEntries(
      entries.map(([name, a]) => [
        name,
        { Type: a.DataType as "String", Value: a.StringValue ?? "" },
      ]),
    );
  }
  return envelope;
}

/** A record of a queue subscribed with raw delivery OFF: the body is the SNS envelope as text. */
export function envelopeDelivery(
  message: unknown,
  attributes: PublishedAttributes = {},
  messageId?: string,
): SqsRecord {
  return sqsRecord({
    body: JSON.stringify(snsEnvelope(message, attributes), null, 2),
    queueName: "failure-alerts",
    ...(messageId ? { messageId } : {}),
  });
}

/** A message as the SQS ReceiveMessage API returns it (the fields this conversion reads). */
export interface ReceivedSqsMessage {
  MessageId?: string;
  ReceiptHandle?: string;
  Body?: string;
  MD5OfBody?: string;
  MD5OfMessageAttributes?: string;
  Attributes?: Record<string, string>;
  MessageAttributes?: Record<string, { DataType?: string; StringValue?: string }>;
}

/**
 * The record Lambda's event source mapping makes of a received SQS message: the API's PascalCase
 * fields in the Lambda event's camelCase shape
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html).
 */
export function lambdaRecordOf(message: ReceivedSqsMessage, queueArn: string): SqsRecord {
  const messageAttributes: Record<string, SqsMessageAttribute> = {};
  for (const [name, a] of Object.entries(message.MessageAttributes ?? {})) {
    messageAttributes[name] = {
      dataType: a.DataType ?? "String",
      ...(a.StringValue === undefined ? {} : { stringValue: a.StringValue }),
      stringListValues: [],
      binaryListValues: [],
    };
  }
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? "",
    receiptHandle: message.ReceiptHandle ?? "",
    body: message.Body ?? "",
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? "1",
      SentTimestamp: attributes.SentTimestamp ?? "0",
      SenderId: attributes.SenderId ?? "unknown",
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? "0",
    },
    messageAttributes,
    md5OfMessageAttributes: message.MD5OfMessageAttributes ?? null,
    md5OfBody: message.MD5OfBody ?? "",
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: queueArn.split(":")[3] ?? "us-east-1",
  };
}
