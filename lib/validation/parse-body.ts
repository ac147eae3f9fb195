import secureJson from "secure-json-parse";
import { SNS_MAX_MESSAGE_BYTES } from "./aws-limits";
import { BodyParseError, type BodyParseFailure } from "./errors";

/** Default largest body parsed: 256 KiB, SNS's default message size. */
export const DEFAULT_MAX_BODY_BYTES = SNS_MAX_MESSAGE_BYTES;

export type ParseBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; code: BodyParseFailure; message: string };

/** UTF-8 length of `text`, without encoding it when the answer is obvious from its length. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function exceedsBytes(text: string, maxBytes: number): boolean {
  // Each UTF-16 unit encodes to 1 to 3 UTF-8 bytes: most bodies are decided without counting.
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Length(text) > maxBytes;
}

/**
 * A `__proto__` or `constructor` key is either spelt out in the text or hidden behind a `\u`
 * escape. Most bodies have neither, and plain `JSON.parse` is then as safe as secure-json-parse's
 * scan, without its two regular-expression passes over the text.
 */
function mayHoldPrototypeKey(text: string): boolean {
  return text.includes("__proto__") || text.includes("constructor") || text.includes("\\u");
}

function parseRefusingPrototypeKeys(text: string): unknown {
  // A leading byte-order mark is ignored, as RFC 8259 allows (secure-json-parse does the same).
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!mayHoldPrototypeKey(json)) return JSON.parse(json);
  return secureJson.parse(json, undefined, { protoAction: "error", constructorAction: "error" });
}

/**
 * Parses a message body as JSON, safely: the size is checked before parsing, invalid JSON is told
 * apart from valid JSON, and `__proto__` / `constructor.prototype` keys are refused (they are the
 * vector of prototype pollution when parsed objects are merged later).
 *
 * @example
 * const r = parseJsonBody(record.body, { maxBytes: 65_536 });
 * if (!r.ok) publishFailure(r.code, r.message); // "INVALID_JSON", "Unexpected token …"
 */
export function parseJsonBody(text: string, options: { maxBytes?: number } = {}): ParseBodyResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (exceedsBytes(text, maxBytes)) {
    return {
      ok: false,
      code: "BODY_TOO_LARGE",
      message: `body is ${utf8Length(text)} bytes, more than the ${maxBytes} allowed; it was not parsed`,
    };
  }
  try {
    return { ok: true, value: parseRefusingPrototypeKeys(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SyntaxError && /forbidden prototype property/i.test(message)) {
      return {
        ok: false,
        code: "FORBIDDEN_KEY",
        message: "body has a __proto__ or constructor.prototype key",
      };
    }
    if (error instanceof RangeError) {
      return { ok: false, code: "INVALID_JSON", message: "body is nested too deeply to parse" };
    }
    return { ok: false, code: "INVALID_JSON", message: `body is not valid JSON: ${message}` };
  }
}

/** Like `parseJsonBody`, but throws a `BodyParseError`. */
export function parseJsonBodyOrThrow(text: string, options: { maxBytes?: number } = {}): unknown {
  const result = parseJsonBody(text, options);
  if (!result.ok) throw new BodyParseError(result.code, result.message);
  return result.value;
}
