import type { SQSEvent, SQSMessageAttribute, SQSRecord } from "aws-lambda";
import { describe, expectTypeOf, it } from "vitest";
import type {
  FailureTopicMessage,
  JsonObject,
  JsonValue,
  LambdaDestinationRecord,
  LambdaErrorPayload,
  LambdaFailureDestinationRecord,
  LambdaSuccessDestinationRecord,
  OrderFailureDestinationRecord,
  OrderSuccessDestinationRecord,
  SqsEvent,
  SqsMessageAttribute,
  SqsRecord,
  SuccessTopicMessage,
} from "../../generated/types";
import {
  errorPayloadOf,
  isDestinationRecord,
  isFailureDestinationRecord,
  isJsonObject,
  isSuccessDestinationRecord,
} from "../../lib/validation";

// Type-level tests, one block per kind, for the holes the soundness test found at run time:
// payloads typed as objects, records that did not narrow on their condition, SQS types that did
// not fit @types/aws-lambda's.

declare const record: LambdaDestinationRecord;
declare const failureTopic: FailureTopicMessage;
declare const successTopic: SuccessTopicMessage;

describe("LambdaDestinationRecord: payloads are any JSON value", () => {
  it("types requestPayload and responsePayload as JsonValue in both variants", () => {
    expectTypeOf<LambdaSuccessDestinationRecord["requestPayload"]>().toEqualTypeOf<
      JsonValue | undefined
    >();
    expectTypeOf<LambdaSuccessDestinationRecord["responsePayload"]>().toEqualTypeOf<
      JsonValue | undefined
    >();
    expectTypeOf<LambdaFailureDestinationRecord["responsePayload"]>().toEqualTypeOf<
      JsonValue | undefined
    >();
  });

  it("does not let `in` or a field read compile before the payload is narrowed to an object", () => {
    const payload = record.responsePayload;
    if (payload !== undefined && payload !== null) {
      // @ts-expect-error a payload may be a number, a string or an array: `in` would throw
      "errorType" in payload;
    }
    if (isJsonObject(payload)) {
      expectTypeOf(payload).toEqualTypeOf<JsonObject>();
      expectTypeOf("errorType" in payload).toBeBoolean();
    }
    expectTypeOf(errorPayloadOf(payload)).toEqualTypeOf<LambdaErrorPayload | undefined>();
  });
});

describe("LambdaDestinationRecord: a union discriminated by requestContext.condition", () => {
  it("is the success variant or the failure variant", () => {
    expectTypeOf<LambdaDestinationRecord>().toEqualTypeOf<
      LambdaSuccessDestinationRecord | LambdaFailureDestinationRecord
    >();
    expectTypeOf<
      LambdaSuccessDestinationRecord["requestContext"]["condition"]
    >().toEqualTypeOf<"Success">();
  });

  it("narrows with the guards, both ways", () => {
    if (isSuccessDestinationRecord(record))
      expectTypeOf(record).toEqualTypeOf<LambdaSuccessDestinationRecord>();
    else expectTypeOf(record).toEqualTypeOf<LambdaFailureDestinationRecord>();
    // A success record is structurally a failure record too ("Success" is a string), so the
    // failure guard narrows the generic union only as far as TypeScript can: not to the success
    // variant's condition.
    if (isFailureDestinationRecord(record))
      expectTypeOf(record.requestContext.condition).toEqualTypeOf<string>();
  });
});

describe("OrderFailureDestinationRecord and OrderSuccessDestinationRecord", () => {
  it("type the failure record's requestPayload as any JSON (an invalid order lands there)", () => {
    expectTypeOf<OrderFailureDestinationRecord["requestPayload"]>().toEqualTypeOf<
      JsonValue | undefined
    >();
  });

  it("narrow from the topic messages, and from their union, by condition", () => {
    if (isDestinationRecord(failureTopic))
      expectTypeOf(failureTopic).toEqualTypeOf<OrderFailureDestinationRecord>();
    const either = {} as OrderSuccessDestinationRecord | OrderFailureDestinationRecord;
    if (isSuccessDestinationRecord(either))
      expectTypeOf(either).toEqualTypeOf<OrderSuccessDestinationRecord>();
    else expectTypeOf(either).toEqualTypeOf<OrderFailureDestinationRecord>();
    if (isFailureDestinationRecord(either))
      expectTypeOf(either).toEqualTypeOf<OrderFailureDestinationRecord>();
    if (isDestinationRecord(successTopic) && isSuccessDestinationRecord(successTopic))
      expectTypeOf(successTopic.requestPayload.order_id).toBeString();
  });
});

/** An SQS record without the two nulls AWS sends and @types/aws-lambda forbids (see package/README.md). */
type WithoutNulls<R extends SqsRecord> = Omit<R, "md5OfMessageAttributes" | "messageAttributes"> & {
  md5OfMessageAttributes?: string;
  messageAttributes: Record<
    string,
    Omit<SqsMessageAttribute, "binaryValue"> & { binaryValue?: string }
  >;
};

describe("SqsEvent and SqsRecord fit @types/aws-lambda wherever AWS's payloads allow", () => {
  it("are assignable to SQSEvent / SQSRecord except for the nulls AWS really sends", () => {
    expectTypeOf<WithoutNulls<SqsRecord>>().toExtend<SQSRecord>();
    expectTypeOf<{ Records: WithoutNulls<SqsRecord>[] }>().toExtend<SQSEvent>();
    expectTypeOf<Omit<SqsMessageAttribute, "binaryValue">>().toExtend<
      Omit<SQSMessageAttribute, "binaryValue">
    >();
  });

  it("keep the nulls AWS sends, which the community types forbid", () => {
    expectTypeOf<SqsRecord["md5OfMessageAttributes"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SqsMessageAttribute["binaryValue"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SqsRecord>().not.toExtend<SQSRecord>();
    expectTypeOf<SqsEvent>().not.toExtend<SQSEvent>();
  });
});
