import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/** The repository's schemas/ folder. */
export const SCHEMAS_DIR = join(__dirname, "..", "..", "schemas");
/** The `$id` prefix of every schema; a schema's id is this plus its path below schemas/. */
export const SCHEMA_ID_BASE = "https://schemas.order-events.example/";

type Schema = Record<string, unknown>;

const SUBSCHEMA_MAPS = ["properties", "$defs", "patternProperties"];
const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"];
const SUBSCHEMAS = ["items", "additionalProperties", "not", "if", "then", "else", "contains"];

/**
 * A copy of a schema in which every object schema that lists its `properties` (and does not already
 * say what to do with others) gets `unevaluatedProperties: false`: data may then only use fields the
 * schema defines. Draft 2020-12 evaluates through `$ref`, `anyOf`, `oneOf` and `allOf`, so unions
 * and shared fields stay right. Schemas that allow any JSON (no `properties`, like a failure
 * record's requestPayload) stay open, and so do those at the JSON pointers of `keepOpen`: schemas
 * that others use as `allOf` members, which their users close (closed on its own, a member would
 * reject the fields of the schema that uses it).
 *
 * @example closeSchema({ type: "object", properties: { a: {} } }) // → { …, unevaluatedProperties: false }
 */
export function closeSchema(
  schema: unknown,
  keepOpen: ReadonlySet<string> = new Set(),
  pointer = "",
): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const source = schema as Schema;
  const copy: Schema = { ...source };
  const close = (sub: unknown, at: string) => closeSchema(sub, keepOpen, `${pointer}/${at}`);
  for (const key of SUBSCHEMA_MAPS) {
    const map = source[key];
    if (map && typeof map === "object") {
      copy[key] = Object.fromEntries(
        Object.entries(map as Schema).map(([name, sub]) => [
          name,
          close(sub, `${key}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`),
        ]),
      );
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = source[key];
    if (Array.isArray(list)) copy[key] = list.map((sub, i) => close(sub, `${key}/${i}`));
  }
  for (const key of SUBSCHEMAS) {
    if (key in source) copy[key] = close(source[key], key);
  }
  const listsProperties = typeof source.properties === "object" && source.properties !== null;
  if (
    listsProperties &&
    !keepOpen.has(pointer) &&
    !("additionalProperties" in source) &&
    !("unevaluatedProperties" in source)
  ) {
    copy.unevaluatedProperties = false;
  }
  return copy;
}

/** The JSON pointers, by document `$id`, of the schemas that `docs` use as `allOf` members. */
function allOfMembers(docs: readonly Schema[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const doc of docs)
    JSON.stringify(doc, (key, value) => {
      if (key === "allOf" && Array.isArray(value))
        for (const member of value) {
          if (typeof member?.$ref !== "string") continue;
          const url = new URL(member.$ref, String(doc.$id));
          const pointer = decodeURIComponent(url.hash.replace(/^#/, ""));
          url.hash = "";
          found.set(url.href, (found.get(url.href) ?? new Set()).add(pointer));
        }
      return value;
    });
  return found;
}

function schemaFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? schemaFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith(".schema.json")
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

/** Validators of the closed schemas, by schema path below schemas/ (`outcome/outcome-success.v1.schema.json`). */
export interface ClosedSchemas {
  validatorFor(schemaPath: string): ValidateFunction;
}

/**
 * Compiles every schema of `schemas/`, closed (see closeSchema), with every error reported. Test
 * tooling only: the product never compiles schemas at run time.
 */
export function compileClosedSchemas(dir: string = SCHEMAS_DIR): ClosedSchemas {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  addFormats(ajv, ["date-time", "uuid"]);
  ajv.addKeyword({ keyword: "version", schemaType: "string" });
  const docs = schemaFiles(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Schema);
  const members = allOfMembers(docs);
  for (const doc of docs) ajv.addSchema(closeSchema(doc, members.get(String(doc.$id))) as Schema);
  return {
    validatorFor(schemaPath) {
      const validator = ajv.getSchema(SCHEMA_ID_BASE + schemaPath);
      if (!validator) throw new Error(`no schema ${schemaPath} in ${dir}`);
      return validator;
    },
  };
}

/** One readable problem per ajv error; a field the schema does not define is named as such. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    if (e.keyword === "unevaluatedProperties") {
      return `${e.instancePath}/${String(e.params.unevaluatedProperty)} is a field the schema does not define`;
    }
    if (e.keyword === "additionalProperties") {
      return `${e.instancePath}/${String(e.params.additionalProperty)} is a field the schema does not define`;
    }
    return `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`;
  });
}
