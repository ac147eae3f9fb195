import { type Change, diffSchemas } from "../../tools/compat/diff";
import { RefResolver, type Schema, type SchemaSet } from "../../tools/compat/schema-set";

const ID = "https://schemas.test/area/thing.v1.schema.json";

/** A schema set of one document (plus `extra` documents by file name), for the rule tests. */
export function setOf(doc: Schema, extra: Record<string, Schema> = {}): SchemaSet {
  const files = new Map<string, Record<string, unknown>>();
  files.set("area/thing.v1.schema.json", { $id: ID, ...(doc as object) });
  for (const [file, schema] of Object.entries(extra))
    files.set(file, { $id: `https://schemas.test/${file}`, ...(schema as object) });
  return { label: "test", files };
}

/** Classifies the change from `before` to `after` (documents with `$id` ID; `extra` docs beside). */
export function classify(
  before: Schema,
  after: Schema,
  extra: { before?: Record<string, Schema>; after?: Record<string, Schema> } = {},
): Change[] {
  const oldSet = setOf(before, extra.before);
  const newSet = setOf(after, extra.after);
  return diffSchemas(
    oldSet.files.get("area/thing.v1.schema.json") as Schema,
    newSet.files.get("area/thing.v1.schema.json") as Schema,
    {
      old: { resolver: new RefResolver(oldSet), docId: ID },
      new: { resolver: new RefResolver(newSet), docId: ID },
    },
  );
}
