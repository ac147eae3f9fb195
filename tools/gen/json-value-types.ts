import { mapSubschemas, type Schema } from "./subschemas";

/**
 * json-schema-to-typescript types a schema that accepts anything but carries a `description`
 * (`{ "description": "any JSON" }`) as an object, `{ [k: string]: unknown }`: narrower than the
 * schema, so `"x" in record.responsePayload` compiles and throws when Lambda sent a number. The
 * generator therefore marks every such subschema with `tsType: "JsonValue"` before compiling
 * types (the schemas in schemas/ stay free of the TypeScript-only keyword), and declares JsonValue.
 */

/** The declaration types.d.ts carries for `JsonValue`. */
export const JSON_VALUE_DECLARATION = [
  "/**",
  " * Any JSON value: what a schema that accepts anything (a destination record's payloads) may hold.",
  " * Narrow it before use, e.g. with `isJsonObject` from the validation helpers.",
  " */",
  "export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;",
  "/** A JSON object whose values are JSON values. */",
  "export interface JsonObject {",
  "  [key: string]: JsonValue;",
  "}",
  "",
].join("\n");

/** Keywords that document a schema and never restrict what it accepts. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
]);

function acceptsAnything(schema: Schema): boolean {
  if (schema === true) return true;
  return typeof schema === "object" && Object.keys(schema).every((k) => ANNOTATIONS.has(k));
}

function walk(schema: Schema, nested: boolean): Schema {
  if (typeof schema === "boolean") return nested && schema ? { tsType: "JsonValue" } : schema;
  if (nested && acceptsAnything(schema)) return { ...schema, tsType: "JsonValue" };
  return mapSubschemas(schema, (sub) => walk(sub, true));
}

/**
 * A copy of a schema document whose nested accept-anything subschemas are typed `JsonValue`.
 *
 * @example withJsonValueTypes({ properties: { payload: { description: "any JSON" } } })
 * // → { properties: { payload: { description: "any JSON", tsType: "JsonValue" } } }
 */
export function withJsonValueTypes(schema: Record<string, unknown>): Record<string, unknown> {
  return walk(schema, false) as Record<string, unknown>;
}
