import { mapSubschemas, type Schema } from "./subschemas";

/**
 * Annotation keywords: they document a schema and never change what it accepts. The validators
 * embed the schemas they were compiled from, so leaving these out keeps every Lambda bundle that
 * imports the validators smaller (descriptions are most of the schemas' text).
 */
const ANNOTATIONS = new Set(["title", "description", "examples", "$comment", "version", "default"]);

/**
 * A copy of `schema` without annotation keywords, walked keyword by keyword so that a property
 * *named* `description` or `version` (a destination record has one) is kept.
 *
 * @example withoutAnnotations({ description: "x", properties: { version: { type: "string" } } })
 * // → { properties: { version: { type: "string" } } }
 */
export function withoutAnnotations(schema: Schema): Schema {
  if (typeof schema === "boolean") return schema;
  const kept = Object.fromEntries(Object.entries(schema).filter(([k]) => !ANNOTATIONS.has(k)));
  return mapSubschemas(kept, withoutAnnotations);
}
