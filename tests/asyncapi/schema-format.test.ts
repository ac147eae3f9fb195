import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_FORMAT } from "../../tools/gen/asyncapi";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { repoRoot } from "../support/paths";

// The document declares its payload schemas as draft-07 (the JSON Schema format every AsyncAPI 3.0
// tool supports), while the files are draft 2020-12. That holds only while they use no keyword
// added or changed since draft-07; this test keeps it true.
const CHANGED_SINCE_DRAFT_07 = [
  "prefixItems",
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentRequired",
  "dependentSchemas",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  "$anchor",
  "minContains",
  "maxContains",
  "contentSchema",
  "dependencies",
];
/** Keywords whose value is a map of name to schema: the names are not keywords. */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions"];
/** Keywords whose value is data, not schemas. */
const DATA = ["const", "enum", "examples", "default"];

/** Every use of a keyword that changed since draft-07, as `path: keyword`. */
function changedKeywords(schema: unknown, path: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => changedKeywords(s, `${path}/${i}`));
  if (typeof schema !== "object" || schema === null) return [];
  return Object.entries(schema).flatMap(([key, value]) => {
    if (DATA.includes(key)) return [];
    if (SCHEMA_MAPS.includes(key))
      return Object.entries(value as object).flatMap(([name, s]) =>
        changedKeywords(s, `${path}/${key}/${name}`),
      );
    const here = CHANGED_SINCE_DRAFT_07.includes(key) ? [`${path}: ${key}`] : [];
    const tuple = key === "items" && Array.isArray(value) ? [`${path}: items as an array`] : [];
    return [...here, ...tuple, ...changedKeywords(value, `${path}/${key}`)];
  });
}

describe(`the schemas can be declared as ${SCHEMA_FORMAT}`, () => {
  const catalog = loadCatalog(join(repoRoot, "schemas"));

  it("use no keyword whose meaning changed after draft-07", () => {
    expect(catalog.flatMap((e) => changedKeywords(e.schema, e.file))).toEqual([]);
  });

  it("would notice one", () => {
    const schema = { properties: { a: { prefixItems: [{}] }, prefixItems: { type: "string" } } };

    expect(changedKeywords(schema, "x")).toEqual(["x/properties/a: prefixItems"]);
  });
});
