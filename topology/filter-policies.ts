import { FilterPolicyScope } from "./enums";
import type { FilterPolicy, TopicKey } from "./types";

/** A subscription filter: the policy, where it looks, and the schema its keys come from. */
export interface TopicFilter {
  scope: FilterPolicyScope;
  policy: FilterPolicy;
}

/**
 * The filter every subscription to a topic gets unless its consumer declares another.
 *
 * Each topic carries two shapes (README.md, "The system"): the processor's outcome (with SNS
 * message attributes status, message_type, schema_version) and Lambda's destination record, the
 * whole SNS Message with NO message attributes
 * (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html). An attribute-scope filter such as `{"status":["SUCCESS"]}` would
 * therefore drop every destination record. So the filters look at the body (scope MessageBody),
 * with one `$or` branch per shape, each naming only keys of that shape's schema:
 *
 * - success: an outcome with status SUCCESS, or a record whose requestContext.condition is Success;
 * - failure: an outcome with status FAILURE, or a record with any other condition
 *   (RetriesExhausted, EventAgeExceeded, and any AWS adds; the schema keeps that list open).
 *
 * A message that is neither (a stray publish) is not delivered.
 *
 * @example topicFilters.success.policy // {"$or":[{"message_type":["order.outcome"],"status":["SUCCESS"]},…]}
 */
export const topicFilters: Record<TopicKey, TopicFilter> = {
  success: {
    scope: FilterPolicyScope.MessageBody,
    policy: {
      $or: [
        { message_type: ["order.outcome"], status: ["SUCCESS"] },
        { requestContext: { condition: ["Success"] } },
      ],
    },
  },
  failure: {
    scope: FilterPolicyScope.MessageBody,
    policy: {
      $or: [
        { message_type: ["order.outcome"], status: ["FAILURE"] },
        { requestContext: { condition: [{ "anything-but": ["Success"] }] } },
      ],
    },
  },
};
