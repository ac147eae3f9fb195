import type { SnsNotification, SqsMessageAttribute, SqsRecord } from "../../generated/types";
import type { Delivery } from "../validation";

/** What `deliveredRecord` needs of a message: its content and the SNS attributes it was published with. */
export interface DeliverableMessage {
  /** The message as SNS published it (a parsed JSON value). */
  readonly content: unknown;
  /** Its SNS message attributes as strings, by name (a destination record has none). */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Where a delivered record comes from: the templates, and the SNS data type of each attribute. */
export interface DeliveryTemplates {
  readonly sqsRecord: SqsRecord;
  readonly snsNotification: SnsNotification;
  readonly attributeDataTypes: Readonly<Record<string, string>>;
}

/** Options of `deliveredRecord`. */
export interface DeliveredRecordOptions {
  /** How the queue is subscribed: `"raw"` (RawMessageDelivery=true) or `"sns-envelope"`. */
  readonly delivery: Delivery;
  /** The record's `messageId` (default: the template's). */
  readonly messageId?: string;
  /** The subscription queue's ARN, the record's `eventSourceARN` (default: the template's). */
  readonly queueArn?: string;
}

/**
 * MD5 as SQS computes its digests. node:crypto is loaded when first needed, through
 * `process.getBuiltinModule` (Node.js 20.16 or newer), not imported: a bundler that turns this
 * CommonJS file into an ES module cannot `require` a built-in module.
 */
function md5(bytes: string | Buffer): string {
  const crypto = process.getBuiltinModule?.("node:crypto");
  if (!crypto)
    throw new Error("deliveredRecord needs Node.js 20.16 or newer (process.getBuiltinModule)");
  return crypto.createHash("md5").update(bytes).digest("hex");
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * The `md5OfMessageAttributes` SQS computes, as AWS documents it
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation):
 * for each attribute by name, its name, data type, transport type (1 string, 2 binary) and value,
 * each length-prefixed (4 bytes, big-endian), MD5 over all of it. `null` without attributes, as
 * the Lambda event has it.
 *
 * @example md5OfMessageAttributes({ Title: { dataType: "String", stringValue: "x", stringListValues: [], binaryListValues: [] } }) // 32 hex digits
 */
export function md5OfMessageAttributes(
  attributes: Readonly<Record<string, SqsMessageAttribute>>,
): string | null {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return null;
  const parts = names.flatMap((name) => {
    const attribute = attributes[name] as SqsMessageAttribute;
    const binary = attribute.dataType.startsWith("Binary");
    const value = binary
      ? Buffer.from(attribute.binaryValue ?? "", "base64")
      : Buffer.from(attribute.stringValue ?? "", "utf8");
    return [
      lengthPrefixed(Buffer.from(name, "utf8")),
      lengthPrefixed(Buffer.from(attribute.dataType, "utf8")),
      Buffer.from([binary ? 2 : 1]),
      lengthPrefixed(value),
    ];
  });
  return md5(Buffer.concat(parts));
}

/**
 * The SQS record a queue subscribed to the topic receives for `message`: with raw delivery the
 * body is the message and its attributes are the record's `messageAttributes` (`dataType`,
 * `stringValue`, empty list fields, as AWS sends them); in the SNS envelope the body is the
 * notification (as JSON text) whose `Message` is the message and whose `MessageAttributes` are
 * `{ Type, Value }`. Every other field comes from the templates; `md5OfBody` and
 * `md5OfMessageAttributes` are computed as SQS does.
 */
export function buildDeliveredRecord(
  message: DeliverableMessage,
  options: DeliveredRecordOptions,
  templates: DeliveryTemplates,
): SqsRecord {
  const text = JSON.stringify(message.content);
  const dataTypeOf = (name: string) => {
    const dataType = templates.attributeDataTypes[name];
    if (dataType === undefined)
      throw new Error(
        `deliveredRecord: "${name}" is not an outcome message attribute; the outcome attributes are ${Object.keys(templates.attributeDataTypes).join(", ")}`,
      );
    return dataType;
  };
  const attributes = Object.entries(message.attributes);
  const record = (body: string, messageAttributes: Record<string, SqsMessageAttribute>) => {
    const template = templates.sqsRecord;
    const queueArn = options.queueArn ?? template.eventSourceARN;
    return {
      ...template,
      messageId: options.messageId ?? template.messageId,
      body,
      md5OfBody: md5(body),
      messageAttributes,
      md5OfMessageAttributes: md5OfMessageAttributes(messageAttributes),
      eventSourceARN: queueArn,
      awsRegion: queueArn.split(":")[3] ?? template.awsRegion,
    };
  };
  if (options.delivery === "raw")
    return record(
      text,
      Object.fromEntries(
        attributes.map(([name, value]) => [
          name,
          {
            dataType: dataTypeOf(name),
            stringValue: value,
            stringListValues: [],
            binaryListValues: [],
          },
        ]),
      ),
    );
  const { MessageAttributes: _templateAttributes, ...envelope } = templates.snsNotification;
  const notification: SnsNotification = {
    ...envelope,
    Message: text,
    ...(attributes.length === 0
      ? {}
      : {
          MessageAttributes: Object.fromEntries(
            attributes.map(([name, value]) => [
              name,
              { Type: dataTypeOf(name) as "String", Value: value },
            ]),
          ),
        }),
  };
  return record(JSON.stringify(notification, null, 2), {});
}
