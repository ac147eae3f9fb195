import type { OrderOutcome, OutcomeMessageAttributes } from "../../../generated/types";
import { utf8Length } from "../../../lib/validation";
import { SNS_MAX_MESSAGE_BYTES } from "../../../lib/validation/aws-limits";
import { outcomeAttributes } from "./attributes";
import { truncatedBody } from "./body-echo";

export { SNS_MAX_MESSAGE_BYTES };

// U+FFFE and U+FFFF are outside the characters SNS accepts, and JSON.stringify leaves them as they are.
const SNS_UNSAFE = /[\uFFFE\uFFFF]/g;
const HAS_SNS_UNSAFE = /[\uFFFE\uFFFF]/;

/**
 * The outcome as the SNS message text: JSON, with the two characters SNS refuses (U+FFFE, U+FFFF)
 * escaped. Control characters and lone surrogates are already escaped by `JSON.stringify`.
 *
 * @example JSON.parse(serializeOutcome(outcome)) // deep-equals outcome
 */
export function serializeOutcome(outcome: OrderOutcome): string {
  const json = JSON.stringify(outcome);
  // Almost no outcome holds one: test first, so the common case builds no second string.
  if (!HAS_SNS_UNSAFE.test(json)) return json;
  return json.replace(SNS_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One SNS message attribute, as the SDK spells it (outcomes use String attributes only). */
export interface SnsAttributeValue {
  DataType: string;
  StringValue?: string;
}

/**
 * The size SNS counts for a message: the UTF-8 bytes of the body plus each attribute's name, data type
 * and value.
 *
 * @example snsMessageBytes("{}", {}) // → 2
 */
export function snsMessageBytes<A extends { [K in keyof A]?: SnsAttributeValue }>(
  message: string,
  attributes: A,
): number {
  let bytes = utf8Length(message);
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const attribute = attributes[name as keyof A] as SnsAttributeValue | undefined;
    if (!attribute) continue;
    bytes += shortUtf8Length(name) + shortUtf8Length(attribute.DataType);
    if (attribute.StringValue !== undefined) bytes += shortUtf8Length(attribute.StringValue);
  }
  return bytes;
}

/**
 * UTF-8 length of a short string such as an attribute name or value: its length when it is ASCII
 * (always, for outcomes), found without a call into the encoder.
 */
function shortUtf8Length(text: string): number {
  if (text.length > 64) return utf8Length(text);
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return utf8Length(text);
  }
  return text.length;
}

/** An outcome ready to publish: the message text, its attributes and their SNS size. */
export interface SerializedOutcome {
  message: string;
  /** Shared by every outcome of the same status and error code, and frozen: copy to change. */
  attributes: OutcomeMessageAttributes;
  bytes: number;
}

/**
 * Serializes an outcome and makes it fit `limit` bytes of SNS message: an echoed body whose escaped
 * form is too large is replaced by its length and digest, then (never needed within the schema's
 * bounds, kept as a last resort) the validation details are dropped. Returns the outcome actually to
 * publish with its serialized form.
 *
 * @example const { outcome, serialized } = fitOutcome(o); serialized.bytes <= SNS_MAX_MESSAGE_BYTES
 */
export function fitOutcome<O extends OrderOutcome>(
  outcome: O,
  limit: number = SNS_MAX_MESSAGE_BYTES,
): { outcome: O; serialized: SerializedOutcome } {
  let current = outcome;
  let serialized = serialize(current);
  if (serialized.bytes > limit && current.body_truncated !== true) {
    current = { ...current, ...truncatedBody(current.body) };
    serialized = serialize(current);
  }
  if (serialized.bytes > limit && current.status === "FAILURE" && current.validation_errors) {
    const { validation_errors: _dropped, ...rest } = current;
    current = rest as O;
    serialized = serialize(current);
  }
  return { outcome: current, serialized };
}

function serialize(outcome: OrderOutcome): SerializedOutcome {
  const message = serializeOutcome(outcome);
  const { attributes, bytes } = attributesOf(outcome);
  return { message, attributes, bytes: utf8Length(message) + bytes };
}

// Pays for itself in the cpu row "its pure core alone (prepareOutcome)" (docs/processor.md).
const ATTRIBUTE_SHAPES = new Map<string, { attributes: OutcomeMessageAttributes; bytes: number }>();

/**
 * The attributes of an outcome and their SNS size. They depend on the status and error code alone:
 * a handful of shapes, each built, sized and frozen once, then shared by every outcome of that shape.
 */
function attributesOf(outcome: OrderOutcome): {
  attributes: OutcomeMessageAttributes;
  bytes: number;
} {
  const key = outcome.status === "FAILURE" ? `FAILURE ${outcome.error_code}` : outcome.status;
  const known = ATTRIBUTE_SHAPES.get(key);
  if (known) return known;
  const attributes = outcomeAttributes(outcome);
  for (const value of Object.values(attributes)) Object.freeze(value);
  const shape = { attributes: Object.freeze(attributes), bytes: snsMessageBytes("", attributes) };
  if (ATTRIBUTE_SHAPES.size < 64) ATTRIBUTE_SHAPES.set(key, shape); // error codes are few; stay bounded
  return shape;
}
