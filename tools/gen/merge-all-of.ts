import { mapSubschemas, type Schema } from "./subschemas";

/**
 * Two schemas share fields by `allOf`: `{ "allOf": [{ "$ref": "common#/$defs/OutcomeFields" }],
 * "properties": { "status": … } }`. ajv validates that as written, but json-schema-to-typescript
 * types it as an intersection (`OutcomeFields & { status: … }`), and a field-by-field comparison
 * (the evolution gate) would see the fields as removed. For both, this module merges such members
 * into the schema that uses them, the way a reader does: one object with every property.
 *
 * It merges only when the result accepts exactly the same data, so the merged schema may stand for
 * the original anywhere: object schemas of `type`, `required`, `properties` and annotations, with no
 * property declared twice, in a schema that does not restrict other fields (an `allOf` under
 * `additionalProperties: false` rejects the members' own fields, so merging would widen it).
 */

type Obj = { [keyword: string]: unknown };

/** Finds what a `$ref` points at, from the document `docId`, with the `$id` of its document. */
export type ResolveRef = (
  ref: string,
  docId: string,
) => { schema: Schema; docId: string } | undefined;

/** Keywords that document a schema or name its document; they never change what it accepts. */
export const NON_VALIDATING_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "version",
]);
/** Keywords a member may have and still be merged exactly. */
const MERGEABLE = new Set([
  ...NON_VALIDATING_KEYWORDS,
  "type",
  "required",
  "properties",
  "additionalProperties",
]);
/** Keywords of the using schema that make a merge widen or narrow what it accepts. */
const BLOCKING = ["additionalProperties", "unevaluatedProperties", "patternProperties"];

const isOpen = (schema: Obj) =>
  schema.additionalProperties === undefined || schema.additionalProperties === true;

/**
 * `ref`, written in document `fromDocId`, rewritten to point at the same place from `toDocId`:
 * relative where both documents share a folder tree (`#/$defs/X` in `outcome/outcome-common…`
 * becomes `outcome-common.v1.schema.json#/$defs/X` seen from `outcome/outcome-success…`).
 *
 * @example rebaseRef("#/$defs/X", "https://s.example/a/common.json", "https://s.example/a/b.json") // "common.json#/$defs/X"
 */
export function rebaseRef(ref: string, fromDocId: string, toDocId: string): string {
  const target = new URL(ref, fromDocId);
  const here = new URL(toDocId);
  const hash = target.hash;
  target.hash = "";
  here.hash = "";
  if (target.href === here.href) return hash || "#";
  if (target.origin !== here.origin) return `${target.href}${hash}`;
  const from = here.pathname.split("/").slice(0, -1);
  const to = target.pathname.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => "..");
  return `${[...up, ...to.slice(common)].join("/")}${target.search}${hash}`;
}

/** A copy of `schema` whose `$ref`s, written in `fromDocId`, point at the same places from `toDocId`. */
function rebased(schema: Schema, fromDocId: string, toDocId: string): Schema {
  if (typeof schema === "boolean" || fromDocId === toDocId) return schema;
  const copy = mapSubschemas(schema, (sub) => rebased(sub, fromDocId, toDocId));
  if (typeof copy.$ref === "string") copy.$ref = rebaseRef(copy.$ref, fromDocId, toDocId);
  return copy;
}

/** A member with its `$ref` followed (a member that is only a `$ref`), or why it cannot merge. */
function resolveMember(
  member: Schema,
  docId: string,
  resolve: ResolveRef,
): { schema: Obj; docId: string } | string {
  let current: { schema: Schema; docId: string } | undefined = { schema: member, docId };
  for (let depth = 0; depth < 16; depth++) {
    const s = current.schema;
    if (typeof s === "boolean") return "a boolean member";
    if (typeof s.$ref !== "string") return { schema: s, docId: current.docId };
    if (Object.keys(s).some((k) => k !== "$ref" && !NON_VALIDATING_KEYWORDS.has(k)))
      return `member ${JSON.stringify(s.$ref)} has keywords beside its $ref`;
    const ref: string = s.$ref;
    current = resolve(ref, current.docId);
    if (!current) return `$ref ${JSON.stringify(ref)} does not resolve`;
  }
  return "a $ref chain longer than 16";
}

/** Outcome of {@link mergeAllOf}: the merged schema, or why the schema is left as it is. */
export type MergeResult = { merged: Obj } | { problem: string };

/**
 * Merges the `allOf` members of one schema node (written in document `docId`) into it: their
 * `properties` (with their `$ref`s rebased to `docId`) before the node's own, their `required`
 * before its own, the node's annotations kept. `only` picks the members to merge (all by default);
 * the others stay in `allOf`. Returns why not when the result would not accept exactly the same
 * data. Pure.
 *
 * @example mergeAllOf({ allOf: [{ $ref: "#/$defs/C" }], required: ["s"], properties: { s: {} } }, id, resolve)
 * // → { merged: { type: "object", required: ["c", "s"], properties: { c: {…}, s: {} } } } when $defs/C declares c
 */
export function mergeAllOf(
  schema: Obj,
  docId: string,
  resolve: ResolveRef,
  only: (member: Schema) => boolean = () => true,
): MergeResult {
  const members = Array.isArray(schema.allOf) ? (schema.allOf as Schema[]) : [];
  const picked = members.filter(only);
  if (picked.length === 0) return { problem: "no allOf member to merge" };
  const blocking = BLOCKING.find(
    (k) => k in schema && !(k === "additionalProperties" && isOpen(schema)),
  );
  if (blocking)
    return {
      problem: `${blocking} beside allOf: the members' fields are restricted there, merging would change what is accepted`,
    };
  const ownProps = (schema.properties ?? {}) as Record<string, Schema>;
  const props: Record<string, Schema> = {};
  const required: string[] = [];
  let typed = schema.type === "object";
  if (schema.type !== undefined && !typed)
    return { problem: `type ${JSON.stringify(schema.type)} beside allOf` };
  for (const member of picked) {
    const found = resolveMember(member, docId, resolve);
    if (typeof found === "string") return { problem: found };
    const { schema: m, docId: memberDoc } = found;
    const extra = Object.keys(m).find((k) => !MERGEABLE.has(k));
    if (extra) return { problem: `a member has ${extra}, which cannot be merged exactly` };
    if (!isOpen(m)) return { problem: "a member restricts other fields (additionalProperties)" };
    if (m.type !== undefined && m.type !== "object")
      return { problem: `a member of type ${JSON.stringify(m.type)}` };
    typed ||= m.type === "object";
    for (const [name, sub] of Object.entries((m.properties ?? {}) as Record<string, Schema>)) {
      if (name in props || name in ownProps)
        return { problem: `property "${name}" is declared twice` };
      props[name] = rebased(sub, memberDoc, docId);
    }
    for (const name of (m.required ?? []) as string[])
      if (!required.includes(name)) required.push(name);
  }
  for (const name of (schema.required ?? []) as string[])
    if (!required.includes(name)) required.push(name);
  const rest = members.filter((m) => !only(m));
  const { allOf: _allOf, ...merged } = schema;
  if (typed) merged.type = "object";
  if (rest.length > 0) merged.allOf = rest;
  if (required.length > 0) merged.required = required;
  merged.properties = { ...props, ...ownProps };
  return { merged };
}

/**
 * A copy of a schema document (whose `$id` is `docId`) with every `allOf` merged, at any depth.
 * Throws, naming the members, where a merge would change what the schema accepts: the type
 * generator needs every shared field merged to type it as one interface.
 *
 * @example withMergedAllOf(outcomeSuccessSchema, outcomeSuccessSchema.$id, resolve) // OutcomeFields' properties merged in
 */
export function withMergedAllOf(schema: Schema, docId: string, resolve: ResolveRef): Schema {
  if (typeof schema === "boolean") return schema;
  let node: Obj = schema;
  if (Array.isArray(schema.allOf)) {
    const result = mergeAllOf(schema, docId, resolve);
    if ("problem" in result)
      throw new Error(
        `${docId}: cannot merge allOf ${JSON.stringify(schema.allOf)}: ${result.problem}. Share fields only between open object schemas, through $refs to object schemas of properties and required.`,
      );
    node = result.merged;
  }
  return mapSubschemas(node, (sub) => withMergedAllOf(sub, docId, resolve));
}
