import type { SQSEvent, SQSRecord } from "aws-lambda";
import { describe, expectTypeOf, it } from "vitest";
import type {
  OutcomeMessageAttributesRawDelivery,
  SnsNotification,
  SqsEvent,
  SqsRecord,
} from "../../generated/types";
import { validateSqsEvent } from "../../generated/validators.cjs";
import {
  readFailureTopicRecord,
  readSuccessTopicRecord,
  toAwsLambdaSqsEvent,
  toAwsLambdaSqsRecord,
  validate,
} from "../../lib/validation";

declare const awsEvent: SQSEvent;
declare const awsRecord: SQSRecord;
declare const ours: SqsEvent;

describe("@types/aws-lambda both ways", () => {
  it("an SQSEvent goes into validate() and comes out typed SqsEvent, nulls allowed", () => {
    const checked = validate(validateSqsEvent, awsEvent);
    if (checked.ok) {
      expectTypeOf(checked.value).toEqualTypeOf<SqsEvent>();
      expectTypeOf(checked.value.Records[0].md5OfMessageAttributes).toEqualTypeOf<
        string | null | undefined
      >();
    }
  });

  it("an SQSEvent is not an SqsEvent without validation (Records may be empty)", () => {
    // @ts-expect-error SQSEvent's Records may be empty; SqsEvent's has a first record
    const unchecked: SqsEvent = awsEvent;
    void unchecked;
  });

  it("a validated event or record converts to what @types/aws-lambda expects", () => {
    expectTypeOf(toAwsLambdaSqsEvent(ours)).toExtend<SQSEvent>();
    expectTypeOf(toAwsLambdaSqsRecord(ours.Records[0])).toExtend<SQSRecord>();
    // @ts-expect-error the validated record itself may hold the nulls SQSRecord forbids
    const direct: SQSRecord = ours.Records[0] satisfies SqsRecord;
    void direct;
  });

  it("the topic readers take an SQSRecord as it is, typed for the delivery declared", () => {
    expectTypeOf(readFailureTopicRecord).toBeCallableWith(awsRecord);
    const raw = readSuccessTopicRecord(awsRecord, { delivery: "raw" });
    if (raw.kind === "message") {
      expectTypeOf(raw.delivery).toEqualTypeOf<"raw">();
      expectTypeOf(raw.attributes).toEqualTypeOf<OutcomeMessageAttributesRawDelivery | undefined>();
    }
    const detected = readFailureTopicRecord(awsRecord);
    if (detected.kind === "message") {
      expectTypeOf(detected.delivery).toEqualTypeOf<"raw" | "sns-envelope">();
      if (detected.delivery === "sns-envelope")
        expectTypeOf(detected.envelope).toEqualTypeOf<SnsNotification>();
    }
  });
});
