/** A JSON Schema (draft 2020-12): a boolean or an object of keywords. */
export type Schema = boolean | { [keyword: string]: unknown };

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

/**
 * A copy of a schema object with `map` applied to each direct subschema, keyword by keyword, so
 * that a property *named* like a keyword (`description`, `version`) is a name, not a keyword.
 * Every other keyword (const, enum, required, type, ...) is data and is kept as it is.
 *
 * @example mapSubschemas({ type: "object", properties: { a: {} } }, () => true) // { type: "object", properties: { a: true } }
 */
export function mapSubschemas(
  schema: { [keyword: string]: unknown },
  map: (sub: Schema) => Schema,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(keyword) && value !== null && typeof value === "object") {
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, map(sub as Schema)]),
      );
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.map((sub) => map(sub as Schema));
    } else if (SCHEMA_VALUES.has(keyword)) {
      out[keyword] = map(value as Schema);
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

/**
 * Each direct subschema of a schema object with the JSON pointer tokens that lead to it, keyword
 * by keyword as in {@link mapSubschemas}; `name` is the property's name under `properties`.
 *
 * @example subschemaEntries({ properties: { a: {} }, items: true }) // [{ path: ["properties", "a"], name: "a", schema: {} }, { path: ["items"], schema: true }]
 */
export function subschemaEntries(schema: {
  [keyword: string]: unknown;
}): { path: string[]; name?: string; schema: Schema }[] {
  return Object.entries(schema).flatMap(([keyword, value]) => {
    if (SCHEMA_MAPS.has(keyword) && value !== null && typeof value === "object")
      return Object.entries(value).map(([name, sub]) => ({
        path: [keyword, name],
        ...(keyword === "properties" ? { name } : {}),
        schema: sub as Schema,
      }));
    if (SCHEMA_LISTS.has(keyword) && Array.isArray(value))
      return value.map((sub, i) => ({ path: [keyword, String(i)], schema: sub as Schema }));
    if (SCHEMA_VALUES.has(keyword)) return [{ path: [keyword], schema: value as Schema }];
    return [];
  });
}
