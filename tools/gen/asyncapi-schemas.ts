import { posix } from "node:path";
import type { CatalogEntry } from "./schema-catalog";
import { mapSubschemas, type Schema } from "./subschemas";

/** Where the document keeps its schemas: `components.schemas`, one per schema file, by title. */
export const SCHEMAS_POINTER = "#/components/schemas/";
/** The extension naming the schema file (beside the document, as shipped) a component copies. */
export const SCHEMA_FILE_EXTENSION = "x-schema-file";

type SchemaObject = { [keyword: string]: unknown };

/** The schemas a document carries, and how its messages refer to them. */
export interface DocumentSchemas {
  /** `components.schemas`: each schema file the roots reach, under its title, sorted by title. */
  components: Record<string, SchemaObject>;
  /** The local reference to the copy of `schemas/<file>`: `#/components/schemas/<Title>`. */
  refTo(file: string): string;
}

/**
 * The schema files that `roots` reach (through `$ref`s, across files), copied into the document
 * under their titles, each made readable by AsyncAPI's tools (see `forAsyncApiTools`): `$id` and
 * `$schema` dropped, every `$ref` to a file rewritten to the local `#/components/schemas/<Title>…`
 * pointer, every enum or object under a property that has no title given one (see
 * `titleAnonymousTypes`), and the file named in `x-schema-file`. The document then refers to no file, and its
 * schemas are in AsyncAPI's default schema format (a superset of draft-07): Modelina reads
 * `required` and names models by title only from such plain payload schemas.
 *
 * @example documentSchemas(catalog, ["order/order-message.v1.schema.json"]).refTo("order/order-message.v1.schema.json") // "#/components/schemas/OrderMessage"
 */
export function documentSchemas(catalog: CatalogEntry[], roots: string[]): DocumentSchemas {
  const byFile = new Map(catalog.map((e) => [e.file, e]));
  const entryOf = (file: string, from: string): CatalogEntry => {
    const entry = byFile.get(file);
    if (!entry)
      throw new Error(`asyncapi: ${from} refers to schemas/${file}, which does not exist`);
    return entry;
  };
  const components: Record<string, SchemaObject> = {};
  const pending = [...roots];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const entry = entryOf(file, "the document");
    const { $id: _id, $schema: _schema, ...rest } = entry.schema;
    const localized = rewriteRefs(rest, (ref) => {
      const [path = "", fragment = ""] = ref.split("#");
      const target = path === "" ? file : posix.normalize(posix.join(posix.dirname(file), path));
      if (path !== "") pending.push(target);
      return `${SCHEMAS_POINTER}${entryOf(target, `schemas/${file}`).title}${fragment}`;
    }) as SchemaObject;
    components[entry.title] = {
      ...(titleAnonymousTypes(forAsyncApiTools(localized), entry.title) as SchemaObject),
      [SCHEMA_FILE_EXTENSION]: `./schemas/${file}`,
    };
  }
  const sorted = Object.fromEntries(
    Object.entries(components).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    components: sorted,
    refTo: (file) => {
      if (!seen.has(file)) throw new Error(`asyncapi: schemas/${file} is not among the roots`);
      return `${SCHEMAS_POINTER}${entryOf(file, "the document").title}`;
    },
  };
}

/** A copy of a schema with every `$ref` string passed through `rewrite`. */
function rewriteRefs(schema: Schema, rewrite: (ref: string) => string): Schema {
  if (typeof schema === "boolean") return schema;
  const own =
    typeof schema.$ref === "string" ? { ...schema, $ref: rewrite(schema.$ref) } : { ...schema };
  return mapSubschemas(own, (sub) => rewriteRefs(sub, rewrite));
}

/**
 * The same schema, accepting exactly the same data, written the way AsyncAPI's tools read it
 * (each rewrite is one that Modelina 5.10 or the AsyncAPI Schema Object needs):
 * - a property whose schema is `false` (must be absent) becomes `not: { required: [name] }` in
 *   `allOf`: Modelina throws on any boolean subschema;
 * - any other boolean subschema becomes `{}` (true) or `{ not: {} }` (false);
 * - `not` moves into `allOf` (`allOf: [{ not }]`): Modelina removes the excluded value's whole
 *   type from the model (`not: { const: "Success" }` on a string made it `any`);
 * - `discriminator: { propertyName }` (OpenAPI's form) becomes the property name, which is the
 *   AsyncAPI Schema Object's form.
 *
 * @example forAsyncApiTools({ type: "object", properties: { a: false } }) // { type: "object", properties: {}, allOf: [{ not: { required: ["a"] } }] }
 */
export function forAsyncApiTools(schema: Schema): Schema {
  if (typeof schema === "boolean") return schema ? {} : { not: {} };
  const { not, discriminator, additionalProperties, ...rest } = schema;
  const properties = rest.properties as Record<string, Schema> | undefined;
  const absent = Object.entries(properties ?? {}).flatMap(([name, sub]) =>
    sub === false ? [name] : [],
  );
  if (properties)
    rest.properties = Object.fromEntries(
      Object.entries(properties).filter(([, sub]) => sub !== false),
    );
  if (discriminator !== undefined)
    rest.discriminator =
      typeof discriminator === "object" && discriminator !== null
        ? (discriminator as { propertyName?: unknown }).propertyName
        : discriminator;
  const converted = mapSubschemas(rest, forAsyncApiTools);
  // additionalProperties: false is read by every tool as it is: no subschema to model.
  if (additionalProperties !== undefined)
    converted.additionalProperties =
      typeof additionalProperties === "boolean"
        ? additionalProperties
        : forAsyncApiTools(additionalProperties as Schema);
  const allOf = [
    ...((converted.allOf as Schema[] | undefined) ?? []),
    ...(not === undefined ? [] : [{ not: forAsyncApiTools(not as Schema) }]),
    ...(absent.length > 0 ? [{ not: { required: absent } }] : []),
  ];
  if (allOf.length > 0) converted.allOf = allOf;
  return converted;
}

const pascal = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w[0] ?? "").toUpperCase() + w.slice(1))
    .join("");

/**
 * The same schema with a title on each enum (of two values or more) and each object with
 * properties that a property holds without one: `<nearest title><Property>`. Model generators make
 * named types of exactly these; untitled, Modelina numbers them (`AnonymousSchema_71`), and the
 * number changes whenever another schema is added before it.
 *
 * @example titleAnonymousTypes({ title: "Attr", properties: { Type: { enum: ["A", "B"] } } }, "Attr").properties.Type.title // "AttrType"
 */
export function titleAnonymousTypes(schema: Schema, parentTitle: string): Schema {
  if (typeof schema === "boolean") return schema;
  const title = typeof schema.title === "string" ? schema.title : parentTitle;
  const properties = schema.properties as Record<string, Schema> | undefined;
  const titled = properties
    ? {
        ...schema,
        properties: Object.fromEntries(
          Object.entries(properties).map(([name, sub]) => {
            if (typeof sub === "boolean" || typeof sub.title === "string") return [name, sub];
            const named =
              (Array.isArray(sub.enum) && sub.enum.length > 1) ||
              (sub.type === "object" && sub.properties !== undefined);
            return [name, named ? { title: `${title}${pascal(name)}`, ...sub } : sub];
          }),
        ),
      }
    : schema;
  return mapSubschemas(titled, (sub) => titleAnonymousTypes(sub, title));
}
