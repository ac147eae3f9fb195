import { type ResolveRef, withMergedAllOf } from "./merge-all-of";
import type { Schema } from "./subschemas";

/**
 * Pact V3 matchers as plain JSON, the shapes `@pact-foundation/pact`'s `MatchersV3` builds (a test
 * compares them): Pact reads `pact:matcher:type` nodes from any content, so the package's kit needs
 * no Pact dependency.
 */
export type PactMatcher = {
  "pact:matcher:type": "type" | "equality" | "integer" | "number" | "regex" | "null";
  value: unknown;
  regex?: string;
  min?: number;
  max?: number;
};

/** Same type as `value` (MatchersV3.like; also MatchersV3.boolean, string). */
export const like = (value: unknown): PactMatcher => ({ "pact:matcher:type": "type", value });
/** Exactly `value` (MatchersV3.equal). */
export const equal = (value: unknown): PactMatcher => ({ "pact:matcher:type": "equality", value });
/** An integer (MatchersV3.integer). */
export const integer = (value: number): PactMatcher => ({ "pact:matcher:type": "integer", value });
/** Any number (MatchersV3.number). */
export const number = (value: number): PactMatcher => ({ "pact:matcher:type": "number", value });
/** A string matching `pattern` (MatchersV3.regex). */
export const regex = (pattern: string, value: string): PactMatcher => ({
  "pact:matcher:type": "regex",
  regex: pattern,
  value,
});
/** `null` (MatchersV3.nullValue). */
export const nullValue = (): PactMatcher => ({ "pact:matcher:type": "null", value: null });
/**
 * An array of at least `min` (and at most `max`) items, each like `template` (MatchersV3.atLeastLike
 * with one example item, or constrainedArrayLike when there is a maximum).
 */
export const arrayLike = (template: unknown, min: number, max?: number): PactMatcher => ({
  min,
  ...(max === undefined ? {} : { max }),
  "pact:matcher:type": "type",
  value: [template],
});

/**
 * Patterns for the string formats the schemas use, as ajv-formats (which validates them) reads
 * them, written in the regular-expression syntax both JavaScript and Pact's verifier (Rust) accept.
 * ajv also checks ranges (month 13, second 61); a pattern only the shape: the schema
 * cross-check of the pacts holds examples to the full format.
 */
export const FORMAT_PATTERNS: Readonly<Record<string, string>> = {
  uuid: "^(?:urn:uuid:)?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$",
  // RFC 3339 date-time: date, "T" (or t, or a space), time with optional fraction, a required zone.
  "date-time":
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)$",
};

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What deriving needs besides the schema: `$ref`s, and which union branch a value takes. */
export interface DeriveContext {
  readonly resolve: ResolveRef;
  /** True when `value` is valid against the schema at the absolute URI `uri` (`<$id>#<pointer>`). */
  readonly validates: (uri: string, value: unknown) => boolean;
  /** JSON pointers (into the value) whose example value the pact requires exactly. */
  readonly pinned: ReadonlySet<string>;
}

type Obj = Record<string, unknown>;

const jsonType = (value: unknown) =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : Number.isInteger(value)
        ? "integer"
        : typeof value;

/** The schema with `$ref`s followed and `allOf` merged, and the `$id` of its document. */
function resolved(
  schema: Schema,
  docId: string,
  ctx: DeriveContext,
): { schema: Obj; docId: string } {
  let current = { schema, docId };
  for (let depth = 0; depth < 32; depth++) {
    const s = current.schema;
    if (typeof s === "boolean") return { schema: s ? {} : { not: {} }, docId: current.docId };
    if (typeof s.$ref !== "string")
      return {
        schema: withMergedAllOf(s, current.docId, ctx.resolve) as Obj,
        docId: current.docId,
      };
    const target = ctx.resolve(s.$ref, current.docId);
    if (!target)
      throw new Error(`$ref ${JSON.stringify(s.$ref)} in ${current.docId} does not resolve`);
    current = target;
  }
  throw new Error(`a $ref chain longer than 32 from ${docId}`);
}

/**
 * The Pact V3 matchers for `value`, an example valid against `schema` (written in document
 * `docId`): the example with each leaf replaced by the matcher the schema calls for.
 * - `const`, and every pinned pointer: exactly the example (`equality`).
 * - `pattern`: `regex`; a known `format` (FORMAT_PATTERNS): `regex`; a string `enum`: a `regex`
 *   of the alternatives; any other string or boolean: `type`.
 * - `integer`, `number`, `null`: their matchers. An array: `type` with `min`/`max` from
 *   `minItems`/`maxItems`, its first item as the template for every item.
 * - An object: each field of the example, by its property schema (objects are open in Pact, as
 *   in the schemas: a provider may add fields).
 * - `oneOf`/`anyOf`: the branch (a `$ref`) the example is valid against. `allOf`: merged first.
 * - A schema that allows any JSON: matched by the example's own JSON types.
 * Throws, saying where and what to change, for an example field the schema does not define, an
 * empty array (nothing to say what an item is), a format without a pattern or an inline union branch.
 *
 * @example deriveMatchers({ type: "string", format: "uuid" }, id, "5b7c2a3e-…", "", ctx) // { "pact:matcher:type": "regex", regex: "^(?:urn:uuid:)?…$", value: "5b7c2a3e-…" }
 */
export function deriveMatchers(
  schema: Schema,
  docId: string,
  value: unknown,
  pointer: string,
  ctx: DeriveContext,
): unknown {
  if (ctx.pinned.has(pointer)) return equal(value);
  const { schema: s, docId: doc } = resolved(schema, docId, ctx);
  const at = pointer === "" ? "the message" : pointer;
  if ("const" in s) return equal(value);
  const union = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (Array.isArray(union)) {
    const branch = union.find((b) => {
      if (typeof b === "boolean" || typeof b.$ref !== "string")
        throw new Error(
          `${at}: a oneOf/anyOf branch without a $ref in ${doc}; give the branch a $defs entry so the example's branch can be found`,
        );
      return ctx.validates(new URL(b.$ref, doc).href, value);
    });
    if (!branch)
      throw new Error(`${at}: the example matches no branch of its oneOf/anyOf in ${doc}`);
    return deriveMatchers(branch, doc, value, pointer, ctx);
  }
  const type = jsonType(value);
  if (type === "string") {
    const text = value as string;
    if (typeof s.pattern === "string") return regex(s.pattern, text);
    if (typeof s.format === "string") {
      const pattern = FORMAT_PATTERNS[s.format];
      if (!pattern)
        throw new Error(
          `${at}: no Pact pattern for format "${s.format}"; add one to FORMAT_PATTERNS (tools/gen/pact-matchers.ts)`,
        );
      return regex(pattern, text);
    }
    if (Array.isArray(s.enum)) {
      if (!s.enum.every((e) => typeof e === "string"))
        throw new Error(`${at}: an enum of other values than strings has no Pact matcher`);
      return regex(`^(?:${(s.enum as string[]).map(escapeRegex).join("|")})$`, text);
    }
    return like(text);
  }
  if (type === "integer")
    return s.type === "number" ? number(value as number) : integer(value as number);
  if (type === "number") return number(value as number);
  if (type === "boolean") return like(value);
  if (type === "null") return nullValue();
  const anyJson = s.type === undefined && s.properties === undefined && s.items === undefined;
  if (type === "array") {
    const items = value as unknown[];
    if (items.length === 0)
      throw new Error(
        `${at}: the example's array is empty, so the pact cannot say what an item is; pick a case with an item there`,
      );
    const itemSchema: Schema = anyJson ? true : ((s.items as Schema | undefined) ?? true);
    return arrayLike(
      deriveMatchers(itemSchema, doc, items[0], `${pointer}/0`, ctx),
      typeof s.minItems === "number" ? s.minItems : 0,
      typeof s.maxItems === "number" ? s.maxItems : undefined,
    );
  }
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const additional = s.additionalProperties as Schema | undefined;
  return Object.fromEntries(
    Object.entries(value as Obj).map(([name, field]) => {
      const fieldSchema =
        properties[name] ??
        (anyJson
          ? true
          : additional === undefined || additional === false
            ? undefined
            : additional);
      if (fieldSchema === undefined)
        throw new Error(
          `${at}/${name} is a field the schema does not define (${doc}); pick a case that uses only the schema's fields`,
        );
      const token = name.replaceAll("~", "~0").replaceAll("/", "~1");
      return [name, deriveMatchers(fieldSchema, doc, field, `${pointer}/${token}`, ctx)];
    }),
  );
}
