import type {
  FailureTopicMessage,
  OrderFailureOutcome,
  OrderOutcome,
  OrderSuccessOutcome,
  SuccessTopicMessage,
} from "../../generated/types";

type TopicMessage = SuccessTopicMessage | FailureTopicMessage;

/**
 * True for the processor's own outcome message, false for a Lambda destination record.
 *
 * @example if (isOutcome(msg)) msg.outcome_id; else msg.requestContext.condition;
 */
export function isOutcome<M extends TopicMessage>(message: M): message is Extract<M, OrderOutcome> {
  return (message as { message_type?: unknown }).message_type === "order.outcome";
}

/** True for a Lambda destination record (the asynchronous path), false for an outcome. */
export function isDestinationRecord<M extends TopicMessage>(
  message: M,
): message is Exclude<M, OrderOutcome> {
  return !isOutcome(message);
}

/** Narrows an outcome to SUCCESS. */
export function isSuccessOutcome(outcome: OrderOutcome): outcome is OrderSuccessOutcome {
  return outcome.status === "SUCCESS";
}

/** Narrows an outcome to FAILURE. */
export function isFailureOutcome(outcome: OrderOutcome): outcome is OrderFailureOutcome {
  return outcome.status === "FAILURE";
}
