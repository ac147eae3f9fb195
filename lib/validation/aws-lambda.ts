import type { SqsEvent, SqsMessageAttribute, SqsRecord } from "../../generated/types";

/**
 * A message attribute as `@types/aws-lambda` declares it: `binaryValue` a string or absent. AWS
 * sends `null` on a non-binary attribute, which this package's `SqsMessageAttribute` allows.
 */
export type AwsLambdaSqsMessageAttribute = Omit<SqsMessageAttribute, "binaryValue"> & {
  binaryValue?: string;
};

/**
 * A validated `SqsRecord` without the two `null`s AWS sends and `@types/aws-lambda` forbids
 * (`md5OfMessageAttributes`, `messageAttributes.<name>.binaryValue`): assignable to its `SQSRecord`,
 * strict flags (`exactOptionalPropertyTypes`) included.
 */
export type AwsLambdaSqsRecord = Omit<SqsRecord, "md5OfMessageAttributes" | "messageAttributes"> & {
  md5OfMessageAttributes?: string;
  messageAttributes: { [name: string]: AwsLambdaSqsMessageAttribute };
};

/** A validated `SqsEvent` as `toAwsLambdaSqsEvent` returns it: assignable to `SQSEvent`. */
export interface AwsLambdaSqsEvent {
  Records: AwsLambdaSqsRecord[];
}

/**
 * A copy of a validated record that `@types/aws-lambda`'s `SQSRecord` accepts: the two fields AWS
 * may send as `null` are left out when they are `null` (they mean "none"), everything else is kept
 * as it is. The record passed in is not changed.
 *
 * @example
 * const result = validate(validateSqsRecord, input);
 * if (result.ok) legacyHandler(toAwsLambdaSqsRecord(result.value)); // legacyHandler(record: SQSRecord)
 */
export function toAwsLambdaSqsRecord(record: SqsRecord): AwsLambdaSqsRecord {
  const { md5OfMessageAttributes, messageAttributes, ...rest } = record;
  const attributes: { [name: string]: AwsLambdaSqsMessageAttribute } = {};
  for (const [name, { binaryValue, ...attribute }] of Object.entries(messageAttributes))
    attributes[name] = typeof binaryValue === "string" ? { ...attribute, binaryValue } : attribute;
  return {
    ...rest,
    messageAttributes: attributes,
    ...(typeof md5OfMessageAttributes === "string" ? { md5OfMessageAttributes } : {}),
  };
}

/**
 * A copy of a validated event that `@types/aws-lambda`'s `SQSEvent` accepts (see
 * `toAwsLambdaSqsRecord`). The other way, an `SQSEvent` goes into `validate(validateSqsEvent,
 * event)`, which returns it typed `SqsEvent` with the `null`s AWS may send.
 *
 * @example
 * const checked = validate(validateSqsEvent, event); // event: SQSEvent
 * if (checked.ok) await powertoolsBatch(toAwsLambdaSqsEvent(checked.value));
 */
export function toAwsLambdaSqsEvent(event: SqsEvent): AwsLambdaSqsEvent {
  return { ...event, Records: event.Records.map(toAwsLambdaSqsRecord) };
}
