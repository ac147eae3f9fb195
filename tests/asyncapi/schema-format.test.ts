import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import { repoRoot } from "../support/paths";

// The document's schemas are in AsyncAPI's default schema format, a superset of JSON Schema
// draft-07 (no schemaFormat: Modelina misreads payloads wrapped in a Multi Format Schema Object),
// while the schema files they copy are draft 2020-12. That holds only while they use no keyword
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

describe("the document's schemas are in AsyncAPI's default schema format (draft-07 and more)", () => {
  const document = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as {
    components: { schemas: Record<string, unknown>; messages: Record<string, unknown> };
  };

  it("use no keyword whose meaning changed after draft-07", () => {
    const schemas = Object.entries(document.components.schemas);
    expect(schemas.length).toBeGreaterThan(0);

    expect(schemas.flatMap(([name, schema]) => changedKeywords(schema, name))).toEqual([]);
  });

  it("are declared in no other format: no message wraps its payload or headers", () => {
    const text = JSON.stringify(document.components.messages);

    expect(text).not.toContain("schemaFormat");
  });

  it("would notice one", () => {
    const schema = { properties: { a: { prefixItems: [{}] }, prefixItems: { type: "string" } } };

    expect(changedKeywords(schema, "x")).toEqual(["x/properties/a: prefixItems"]);
  });
});
