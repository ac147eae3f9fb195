import type { StandardSchemaV1 } from "../../generated/standard-schema";
import type { Validator } from "../../generated/validators.cjs";
import { parseJsonBody } from "./parse-body";
import { standardValidate } from "./standard-schema";
import { DEFAULT_MAX_RECORD_BODY_BYTES } from "./topic-record";

/**
 * Thrown by a `jsonBodySchema`'s `parse`: the body is not JSON, too large, or not a valid message.
 * `issues` say where (`path` into the parsed body) and what (`message`), in the Standard Schema
 * shape that Powertools' envelopes read.
 */
export class JsonBodyError extends Error {
  override readonly name = "JsonBodyError";
  constructor(readonly issues: readonly StandardSchemaV1.Issue[]) {
    super(issues.map((issue) => issue.message).join("; "));
  }
}

/** What a `jsonBodySchema`'s `safeParse` returns. */
export type JsonBodyParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: JsonBodyError };

/**
 * A Standard Schema over the JSON text of a message body: `~standard.validate(text)` parses the
 * text as the topic readers do (size checked first, `__proto__` keys refused) and validates the
 * value with the package's precompiled validator. It also has the `parse` / `safeParse` methods
 * that Powertools' `SqsEnvelope` and `SnsSqsEnvelope` call on the body (or the envelope's
 * `Message`), so `parse(event, SqsEnvelope, jsonBodySchema(validator))` works without Zod.
 */
export interface JsonBodySchema<T> extends StandardSchemaV1<string, T> {
  /** The message in `text`, or throws a `JsonBodyError`. */
  parse(text: unknown): T;
  /** The message in `text`, or the `JsonBodyError`; never throws. */
  safeParse(text: unknown): JsonBodyParseResult<T>;
}

/** Options of `jsonBodySchema`. */
export interface JsonBodySchemaOptions {
  /** Largest body parsed, in UTF-8 bytes. Default `DEFAULT_MAX_RECORD_BODY_BYTES` (1 MiB), as the readers. */
  readonly maxBodyBytes?: number;
}

/** What a value that is not a string is, for a message: "an object", "null", "a number", … */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Turns a validator into a schema of the JSON text it validates, for tools that hand a schema the
 * record body as a string: Powertools' envelopes, for one.
 *
 * @example
 * import { parse } from "@aws-lambda-powertools/parser";
 * import { SqsEnvelope } from "@aws-lambda-powertools/parser/envelopes";
 * const messages = parse(event, SqsEnvelope, jsonBodySchema(validateSuccessTopicMessage)); // SuccessTopicMessage[]
 */
export function jsonBodySchema<T>(
  validator: Validator<T>,
  options: JsonBodySchemaOptions = {},
): JsonBodySchema<T> {
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_RECORD_BODY_BYTES;
  const validate = (text: unknown): StandardSchemaV1.Result<T> => {
    if (typeof text !== "string")
      return {
        issues: [
          {
            message: `(root) must be the JSON text of a message body, not ${kindOf(text)}`,
            path: [],
          },
        ],
      };
    const parsed = parseJsonBody(text, { maxBytes });
    if (!parsed.ok) return { issues: [{ message: parsed.message, path: [] }] };
    return standardValidate<T>(validator, parsed.value);
  };
  const safeParse = (text: unknown): JsonBodyParseResult<T> => {
    const result = validate(text);
    return result.issues === undefined
      ? { success: true, data: result.value }
      : { success: false, error: new JsonBodyError(result.issues) };
  };
  return {
    "~standard": { version: 1, vendor: validator["~standard"].vendor, validate },
    parse(text) {
      const result = safeParse(text);
      if (!result.success) throw result.error;
      return result.data;
    },
    safeParse,
  };
}
