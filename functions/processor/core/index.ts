// The processor's pure core: no AWS imports, no I/O, no clock. Everything here is deterministic given
// its arguments, so the SQS path, the asynchronous path, tests and benchmarks share it.
export { outcomeAttributes } from "./attributes";
export { type BodyEcho, echoBody, truncatedBody } from "./body-echo";
export { boundText } from "./bounded-text";
export { exceedsNesting, MAX_ORDER_NESTING } from "./nesting";
export { OUTCOME_ID_NAMESPACE, outcomeIdFor, uuidV5 } from "./outcome-id";
export {
  MAX_VALIDATION_ERRORS,
  type OrderInput,
  type PreparedOutcome,
  prepareOutcome,
  processOrderBody,
  processOrderPayload,
} from "./process-order";
export { parseRfc3339Millis } from "./rfc3339";
export {
  currencyAccepted,
  evaluateRules,
  lineItemsWithinLimit,
  ORDER_RULES,
  type OrderRule,
  orderTotalMinor,
  orderTotalWithinLimit,
  type RuleErrorCode,
  type RuleViolation,
  skusDistinct,
  submittedInPast,
  totalQuantityWithinLimit,
} from "./rules";
export { defaultRulesConfig, type RulesConfig } from "./rules-config";
export {
  fitOutcome,
  type SerializedOutcome,
  SNS_MAX_MESSAGE_BYTES,
  type SnsAttributeValue,
  serializeOutcome,
  snsMessageBytes,
} from "./sns-size";
