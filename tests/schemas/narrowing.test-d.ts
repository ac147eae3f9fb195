import { describe, expectTypeOf, it } from "vitest";
import type {
  FailureTopicMessage,
  LambdaErrorPayload,
  OrderFailureDestinationRecord,
  OrderFailureOutcome,
  OrderOutcome,
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
  SuccessTopicMessage,
} from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateOrderOutcome,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import {
  isDestinationRecord,
  isFailureOutcome,
  isOutcome,
  isSuccessOutcome,
  validate,
} from "../../lib/validation";

declare const input: unknown;

describe("validated topic messages narrow", () => {
  it("a validator is a type guard for its generated type", () => {
    if (validateSuccessTopicMessage(input))
      expectTypeOf(input).toEqualTypeOf<SuccessTopicMessage>();
    const result = validate(validateFailureTopicMessage, input);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<FailureTopicMessage>();
  });

  it("success topic: outcome versus destination record", () => {
    if (!validateSuccessTopicMessage(input)) return;
    if (isOutcome(input)) {
      expectTypeOf(input).toEqualTypeOf<OrderSuccessOutcome>();
      expectTypeOf(input.order_total_minor).toEqualTypeOf<number>();
    } else {
      expectTypeOf(input).toEqualTypeOf<OrderSuccessDestinationRecord>();
      expectTypeOf(input.responsePayload).toEqualTypeOf<OrderSuccessOutcome>();
    }
    if (isDestinationRecord(input))
      expectTypeOf(input.requestContext.condition).toEqualTypeOf<"Success">();
  });

  it("failure topic: outcome versus destination record", () => {
    if (!validateFailureTopicMessage(input)) return;
    if (isOutcome(input)) {
      expectTypeOf(input).toEqualTypeOf<OrderFailureOutcome>();
      expectTypeOf(input.error).toEqualTypeOf<string>();
    } else {
      expectTypeOf(input).toEqualTypeOf<OrderFailureDestinationRecord>();
      expectTypeOf(input.responsePayload).toEqualTypeOf<LambdaErrorPayload | undefined>();
    }
  });

  it("an outcome: SUCCESS versus FAILURE, by status or by guard", () => {
    if (!validateOrderOutcome(input)) return;
    expectTypeOf(input).toEqualTypeOf<OrderOutcome>();
    if (input.status === "FAILURE") expectTypeOf(input).toEqualTypeOf<OrderFailureOutcome>();
    if (isSuccessOutcome(input)) expectTypeOf(input).toEqualTypeOf<OrderSuccessOutcome>();
    if (isFailureOutcome(input)) expectTypeOf(input.error_code).toBeString();
  });

  it("the seed's fields keep their names and types", () => {
    expectTypeOf<OrderFailureOutcome["message_id"]>().toEqualTypeOf<string>();
    expectTypeOf<OrderFailureOutcome["body"]>().toEqualTypeOf<string>();
    expectTypeOf<OrderFailureOutcome["error"]>().toEqualTypeOf<string>();
    expectTypeOf<OrderOutcome["status"]>().toEqualTypeOf<"SUCCESS" | "FAILURE">();
  });
});
