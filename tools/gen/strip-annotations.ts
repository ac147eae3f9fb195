/**
 * Annotation keywords: they document a schema and never change what it accepts. The validators
 * embed the schemas they were compiled from, so leaving these out keeps every Lambda bundle that
 * imports the validators smaller (descriptions are most of the schemas' text).
 */
const ANNOTATIONS = new Set(["title", "description", "examples", "$comment", "version", "default"]);
/** Keywords whose value maps names to subschemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(["properties", "$defs", "patternProperties", "dependentSchemas"]);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
/** Keywords whose value is a single subschema. */
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
]);

type Schema = boolean | { [keyword: string]: unknown };

/**
 * A copy of `schema` without annotation keywords, walked keyword by keyword so that a property
 * *named* `description` or `version` (a destination record has one) is kept.
 *
 * @example withoutAnnotations({ description: "x", properties: { version: { type: "string" } } })
 * // → { properties: { version: { type: "string" } } }
 */
export function withoutAnnotations(schema: Schema): Schema {
  if (typeof schema === "boolean") return schema;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SCHEMA_MAPS.has(keyword) && value !== null && typeof value === "object") {
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub as Schema)]),
      );
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.map((sub) => withoutAnnotations(sub as Schema));
    } else if (SCHEMA_VALUES.has(keyword)) {
      out[keyword] = withoutAnnotations(value as Schema);
    } else {
      out[keyword] = value; // const, enum, required, type, ...: data, kept as is
    }
  }
  return out;
}
