import type {
  ErrorCode,
  OrderFailureOutcome,
  OrderMessage,
  OrderOutcome,
  OrderSuccessOutcome,
  OutcomeSource,
  ValidationIssue,
} from "../../../generated/types";
import { validateOrderMessage } from "../../../generated/validators/order-message.cjs";
import { describeIssues, parseJsonBody, utf8Length, validate } from "../../../lib/validation";
import { type BodyEcho, echoBody, truncatedBody } from "./body-echo";
import { boundText } from "./bounded-text";
import { exceedsNesting, MAX_ORDER_NESTING } from "./nesting";
import { outcomeIdFor } from "./outcome-id";
import { evaluateRules, orderTotalMinor } from "./rules";
import type { RulesConfig } from "./rules-config";
import { fitOutcome, type SerializedOutcome, SNS_MAX_MESSAGE_BYTES } from "./sns-size";

/** What the core needs to know about an input besides its body. */
export interface OrderInput {
  /** The SQS messageId, or the request id of an asynchronous invocation. */
  messageId: string;
  source: OutcomeSource;
  /** The processing time: `processed_at`, and the reference of the SUBMITTED_IN_FUTURE rule. */
  now: Date;
}

/** An outcome with its SNS message text and attributes, guaranteed to fit SNS's size limit. */
export interface PreparedOutcome {
  outcome: OrderOutcome;
  serialized: SerializedOutcome;
}

/** Most validation issues an outcome carries (the schema's maxItems). */
export const MAX_VALIDATION_ERRORS = 20;
const MAX_ISSUE_TEXT = 256;
const MAX_ERROR_TEXT = 1024;
/**
 * Bodies up to this many characters are parsed before their nesting is checked: parsing even the
 * deepest such body costs well under a millisecond (about 0.2 ms for 2,000 nested arrays).
 */
const PARSE_BEFORE_NESTING_SCAN_MAX = 4096;
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const CORRELATION_ID = /^[!-~]+$/;
// What String#trim removes (\s): a body without anything else is empty. A test copies nothing.
const NOT_WHITESPACE = /\S/;

// What the sender should do, for codes whose reason does not say it already (rule messages do).
const WHAT_TO_DO: Partial<Record<ErrorCode, string>> = {
  INVALID_JSON: "send the order as one JSON object (schema order/order-message.v1)",
  BODY_TOO_LARGE: "send smaller orders",
  SCHEMA_VIOLATION: "fix the order to match schema order/order-message.v1 and send it again",
  INTERNAL_ERROR: "the input is retried; if it keeps failing, report it with the outcome_id",
};

/**
 * Decides the outcome of one order body and serializes it for SNS: echo the body (or describe it
 * when larger than `maxEchoBodyBytes`), parse it (size and nesting checked first), validate it
 * against the order schema, apply the business rules, build the SUCCESS or FAILURE outcome around
 * the echo, and make it fit SNS's limit. Pure and deterministic given its inputs; never throws (an
 * unexpected error becomes a retryable INTERNAL_ERROR outcome).
 *
 * @example
 * const { outcome, serialized } = prepareOutcome(record.body, { messageId, source, now }, rules);
 * publish(serialized.message, serialized.attributes);
 */
export function prepareOutcome(
  body: string,
  input: OrderInput,
  rules: RulesConfig,
  snsLimit: number = SNS_MAX_MESSAGE_BYTES,
): PreparedOutcome {
  let echo: BodyEcho | undefined;
  try {
    echo = echoBody(body, rules.maxEchoBodyBytes);
    return fitOutcome(decide(body, echo, input, rules), snsLimit);
  } catch (error) {
    return fitOutcome(internalError(echo ?? truncatedBody(body), input, error), snsLimit);
  }
}

/**
 * The outcome of one order body: SUCCESS with the validated order and its total, or FAILURE with a
 * precise `error_code`, a readable `error` and, for schema and rule failures, `validation_errors`.
 * Deterministic given its inputs (`outcome_id` is a UUID v5 of the source and message id), always
 * within SNS's size limit, and never throws.
 *
 * @example
 * const outcome = processOrderBody('{"order_id":"A1"}', {
 *   messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
 *   source: { kind: "sqs", queue_arn: "arn:aws:sqs:us-east-2:123456789012:orders", receive_count: 1 },
 *   now: new Date(),
 * }, defaultRulesConfig);
 * outcome.status; // "FAILURE"
 * outcome.status === "FAILURE" && outcome.error_code; // "SCHEMA_VIOLATION"
 */
export function processOrderBody(
  body: string,
  input: OrderInput,
  rules: RulesConfig,
): OrderOutcome {
  return prepareOutcome(body, input, rules).outcome;
}

/**
 * `processOrderBody` for an input that arrives already parsed (the payload of an asynchronous
 * invocation): its JSON text is the body, so both paths apply the same checks and echo the same way.
 * A payload too deeply nested to serialize is a SCHEMA_VIOLATION.
 *
 * @example processOrderPayload(order, { messageId: context.awsRequestId, source, now }, rules).status
 */
export function processOrderPayload(
  payload: unknown,
  input: OrderInput,
  rules: RulesConfig,
): OrderOutcome {
  let body: string;
  try {
    body = JSON.stringify(payload) ?? "";
  } catch (error) {
    const reason = `payload cannot be serialized (${error instanceof Error ? error.message : String(error)}), so it is not an order`;
    const rejected = failure(input, { body: "" }, "SCHEMA_VIOLATION", reason, [
      { pointer: "", message: boundText(reason, MAX_ISSUE_TEXT) },
    ]);
    return fitOutcome(rejected).outcome;
  }
  return processOrderBody(body, input, rules);
}

/** The outcome of `body`, whose echo (`echoBody`) every outcome carries. */
function decide(body: string, echo: BodyEcho, input: OrderInput, rules: RulesConfig): OrderOutcome {
  if (exceedsBytes(body, rules.maxBodyBytes)) {
    const reason = `body is ${utf8Length(body)} bytes, more than the ${rules.maxBodyBytes} allowed; it was not parsed`;
    return failure(input, echo, "BODY_TOO_LARGE", reason);
  }
  if (!NOT_WHITESPACE.test(body)) {
    return failure(input, echo, "INVALID_JSON", "body is empty or only whitespace");
  }
  // Too deep to be an order. A body too large to parse cheaply is scanned before parsing; a smaller
  // one only once it failed (a valid order nests 3 deep at most), which reaches the same verdict
  // without a scan of every valid order.
  const scanned = body.length > PARSE_BEFORE_NESTING_SCAN_MAX;
  if (scanned && exceedsNesting(body, MAX_ORDER_NESTING)) return tooDeep(echo, input);

  const parsed = parseJsonBody(body, { maxBytes: rules.maxBodyBytes });
  if (!parsed.ok) {
    if (!scanned && exceedsNesting(body, MAX_ORDER_NESTING)) return tooDeep(echo, input);
    if (parsed.code === "FORBIDDEN_KEY") {
      const reason =
        "body has a __proto__ or constructor.prototype key, which no order field allows";
      return failure(input, echo, "SCHEMA_VIOLATION", reason, [{ pointer: "", message: reason }]);
    }
    return failure(input, echo, parsed.code, parsed.message);
  }
  const validated = validate(validateOrderMessage, parsed.value);
  if (!validated.ok) {
    if (!scanned && exceedsNesting(body, MAX_ORDER_NESTING)) return tooDeep(echo, input);
    const issues = boundIssues(validated.issues);
    const reason = `body is not an order: ${describeIssues(issues)}`;
    return failure(input, echo, "SCHEMA_VIOLATION", reason, issues, idsOf(parsed.value));
  }
  const order = validated.value;
  const violations = evaluateRules(order, rules, input.now);
  const first = violations[0];
  if (first) {
    const more =
      violations.length > 1 ? ` (and ${violations.length - 1} more rule violations)` : "";
    return failure(
      input,
      echo,
      first.code,
      `${first.message}${more}`,
      violations.map(({ pointer, message }) => ({ pointer, message })),
      idsOf(order),
    );
  }
  return success(input, echo, order);
}

function tooDeep(echo: BodyEcho, input: OrderInput): OrderFailureOutcome {
  const reason = `body nests arrays or objects more than ${MAX_ORDER_NESTING} deep, and an order never does; it was not parsed`;
  return failure(input, echo, "SCHEMA_VIOLATION", reason, [{ pointer: "", message: reason }]);
}

/** More than `maxBytes` UTF-8 bytes? Each UTF-16 unit is 1 to 3 bytes: most bodies need no count. */
function exceedsBytes(body: string, maxBytes: number): boolean {
  if (body.length > maxBytes) return true;
  return body.length * 3 > maxBytes && utf8Length(body) > maxBytes;
}

// Pays for itself in the cpu row "its pure core alone (prepareOutcome)" (docs/processor.md).
let isoMillis = Number.NaN;
let isoText = "";
/** `date.toISOString()`, formatted once per instant: a batch's records share a millisecond or few. */
function isoString(date: Date): string {
  const millis = date.getTime();
  if (millis !== isoMillis) {
    isoText = date.toISOString();
    isoMillis = millis;
  }
  return isoText;
}

function envelope(input: OrderInput) {
  return {
    schema_version: "1",
    message_type: "order.outcome",
    outcome_id: outcomeIdFor(input.source, input.messageId),
    message_id: input.messageId,
    processed_at: isoString(input.now),
    source: input.source,
  } as const;
}

function success(input: OrderInput, echo: BodyEcho, order: OrderMessage): OrderSuccessOutcome {
  return {
    ...envelope(input),
    status: "SUCCESS",
    ...echo,
    order_id: order.order_id,
    ...(order.correlation_id === undefined ? {} : { correlation_id: order.correlation_id }),
    order,
    order_total_minor: orderTotalMinor(order),
  };
}

function failure(
  input: OrderInput,
  echo: BodyEcho,
  code: ErrorCode,
  reason: string,
  issues: ValidationIssue[] = [],
  ids: { order_id?: string; correlation_id?: string } = {},
): OrderFailureOutcome {
  const hint = WHAT_TO_DO[code];
  return {
    ...envelope(input),
    status: "FAILURE",
    ...echo,
    ...ids,
    error: boundText(hint ? `${reason}; ${hint}` : reason, MAX_ERROR_TEXT),
    error_code: code,
    retryable: code === "INTERNAL_ERROR",
    ...(issues.length > 0 ? { validation_errors: issues } : {}),
  };
}

function internalError(echo: BodyEcho, input: OrderInput, error: unknown): OrderFailureOutcome {
  const now = Number.isNaN(input.now.getTime()) ? new Date() : input.now;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return failure(
    { ...input, now },
    echo,
    "INTERNAL_ERROR",
    `the processor failed unexpectedly (${detail})`,
  );
}

function boundIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.slice(0, MAX_VALIDATION_ERRORS).map((issue) => ({
    pointer: boundText(issue.pointer, MAX_ISSUE_TEXT),
    message: boundText(issue.message, MAX_ISSUE_TEXT),
  }));
}

/** The order_id and correlation_id of an invalid body, when they are well-formed enough to repeat. */
function idsOf(value: unknown): { order_id?: string; correlation_id?: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const ids: { order_id?: string; correlation_id?: string } = {};
  const orderId = Object.hasOwn(value, "order_id")
    ? (value as { order_id: unknown }).order_id
    : undefined;
  if (typeof orderId === "string" && orderId.length <= 64 && ORDER_ID.test(orderId)) {
    ids.order_id = orderId;
  }
  const correlationId = Object.hasOwn(value, "correlation_id")
    ? (value as { correlation_id: unknown }).correlation_id
    : undefined;
  if (
    typeof correlationId === "string" &&
    correlationId.length <= 128 &&
    CORRELATION_ID.test(correlationId)
  ) {
    ids.correlation_id = correlationId;
  }
  return ids;
}
