import { mergeAllOf } from "../gen/merge-all-of";
import { type Compat, fromDirections, meet } from "./compat";
import { jsonEqual } from "./json-equal";
import type { RefResolver, Schema } from "./schema-set";
import { splitOf } from "./split";

export { jsonEqual };

/** Every rule the gate applies; RULES.md documents each, tests/compat has a before/after pair. */
export const RULES = {
  "annotation-changed":
    "title (of a nested schema), description, examples, default, $comment changed",
  "type-renamed":
    "title of a schema or $defs entry changed: the generated TypeScript type is renamed",
  "property-added-optional": "a new optional property",
  "property-added-required": "a new required property",
  "property-removed": "a property is no longer declared",
  "property-made-required": "an existing property became required",
  "property-made-optional": "a required property became optional",
  "additional-properties-closed":
    "additionalProperties became false or constrained: unknown fields rejected",
  "additional-properties-opened": "additionalProperties false or constrained became open",
  "type-narrowed": "fewer JSON types allowed",
  "type-widened": "more JSON types allowed",
  "type-changed": "different JSON types, neither a subset of the other",
  "enum-values-added": "enum (or const) allows more values",
  "enum-values-removed": "enum (or const) allows fewer values",
  "enum-added": "an enum or const now restricts the values",
  "enum-removed": "an enum or const no longer restricts the values",
  "const-changed": "const changed to another value",
  "constraint-tightened":
    "a bound, pattern, format, multipleOf or uniqueItems added or made stricter",
  "constraint-loosened":
    "a bound, pattern, format, multipleOf or uniqueItems removed or made laxer",
  "constraint-changed": "a pattern, format or multipleOf changed to one not comparable to the old",
  "ref-changed": "a $ref points at another schema (its target is compared)",
  "variants-split":
    "a schema became anyOf/oneOf variants that split it by the values of one field, together accepting exactly what it accepted",
  "variant-added": "anyOf/oneOf gained a variant",
  "variant-removed": "anyOf/oneOf lost a variant",
  "all-of-merged":
    "properties moved into (or out of) an allOf $ref member: compared as if the member's fields were written here",
  "all-of-added": "allOf gained a member",
  "all-of-removed": "allOf lost a member",
  "definition-added": "a $defs entry was added",
  "definition-removed": "a $defs entry was removed (schemas that $ref it break)",
  "keyword-changed":
    "a keyword the gate cannot analyse changed (not, if/then/else, discriminator, …)",
} as const;

export type RuleId = keyof typeof RULES;

/** One difference between two versions of a schema, classified. */
export interface Change {
  rule: RuleId;
  compat: Compat;
  /** JSON pointer into the schema where the change is (in the new version when it exists). */
  pointer: string;
  /** The data it concerns: `line_items[].sku`, `(root)`, `$defs ErrorCode`. */
  field: string;
  /** What changed: `maxLength 64 -> 32`, `"EUR" added`. */
  detail: string;
  /** True when only documentation changed (a patch version suffices). */
  docOnly: boolean;
  /**
   * With `followRefs`: the `$id` of the schema document that holds the change, when it was reached
   * through a `$ref` whose target stayed the same (the change is that document's, seen from here).
   */
  inDoc?: string;
}

/** Where both versions are read from: each side's resolver and current document `$id`. */
export interface DiffContext {
  old: { resolver: RefResolver; docId: string };
  new: { resolver: RefResolver; docId: string };
  /** `$ref` pairs being compared, to stop on recursive schemas. */
  visiting?: Set<string>;
  /**
   * Also compare the targets of `$ref`s that did not change, so that a change inside a referenced
   * schema shows up where it is embedded (tagged with `inDoc`). `$defs` are then reached only
   * through the `$ref`s that use them, with the data path of each use.
   */
  followRefs?: boolean;
}

type Obj = Record<string, unknown>;

const ANNOTATIONS = new Set([
  "description",
  "examples",
  "default",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
]);
const LOWER_BOUNDS = [
  "minLength",
  "minItems",
  "minProperties",
  "minimum",
  "exclusiveMinimum",
  "minContains",
];
const UPPER_BOUNDS = [
  "maxLength",
  "maxItems",
  "maxProperties",
  "maximum",
  "exclusiveMaximum",
  "maxContains",
];
/** Keywords handled by a rule below; any other keyword that changes is "keyword-changed". */
const HANDLED = new Set([
  ...ANNOTATIONS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  "title",
  "$id",
  "version",
  "$ref",
  "type",
  "enum",
  "const",
  "pattern",
  "format",
  "multipleOf",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "anyOf",
  "oneOf",
  "allOf",
  "$defs",
]);

/** Whether a schema holds a `$ref` anywhere. */
function containsRef(schema: unknown): boolean {
  if (schema === null || typeof schema !== "object") return false;
  if (Array.isArray(schema)) return schema.some(containsRef);
  return Object.entries(schema).some(
    ([key, value]) => (key === "$ref" && typeof value === "string") || containsRef(value),
  );
}

/** Nothing to compare: equal, and (when following refs) no `$ref` whose target may have changed. */
function same(a: unknown, b: unknown, ctx: DiffContext): boolean {
  return jsonEqual(a, b) && !(ctx.followRefs && containsRef(a));
}

const show = (v: unknown) => (v === undefined ? "(none)" : JSON.stringify(v));
const escapeToken = (t: string) => t.replaceAll("~", "~0").replaceAll("/", "~1");

function asObject(schema: Schema | undefined): Obj {
  if (schema === undefined || schema === true) return {};
  if (schema === false) return { not: {} };
  return schema;
}

type Openness = { kind: "open" } | { kind: "closed" } | { kind: "schema"; schema: Schema };

function openness(node: Obj): Openness {
  const ap = node.additionalProperties;
  if (ap === undefined || ap === true) return { kind: "open" };
  if (ap === false) return { kind: "closed" };
  return { kind: "schema", schema: ap as Schema };
}

function requiredOf(node: Obj): Set<string> {
  return new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
}

function typesOf(node: Obj): string[] | undefined {
  if (node.type === undefined) return undefined;
  return Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
}

function valuesOf(node: Obj): unknown[] | undefined {
  if (node.const !== undefined) return [node.const];
  return Array.isArray(node.enum) ? node.enum : undefined;
}

/** Compares two schemas; returns every change with its class. Pure. */
export function diffSchemas(
  oldSchema: Schema,
  newSchema: Schema,
  ctx: DiffContext,
  pointer = "",
  field = "(root)",
): Change[] {
  const out: Change[] = [];
  diffNode(oldSchema, newSchema, ctx, pointer, field, out);
  return out;
}

/** The class of a list of changes together (FULL for none). */
export function combined(changes: readonly Change[]): Compat {
  return changes.reduce<Compat>((acc, c) => meet(acc, c.compat), "FULL");
}

function diffNode(
  oldSchema: Schema,
  newSchema: Schema,
  ctx: DiffContext,
  pointer: string,
  field: string,
  out: Change[],
): void {
  if (same(oldSchema, newSchema, ctx)) return;
  const push = (rule: RuleId, compat: Compat, detail: string, at = pointer, docOnly = false) =>
    out.push({ rule, compat, pointer: at, field, detail, docOnly });
  let o = asObject(oldSchema);
  let n = asObject(newSchema);

  if (o.$ref !== n.$ref) {
    diffRef(o, n, ctx, pointer, field, out);
    return;
  }
  if (ctx.followRefs && typeof o.$ref === "string") followRef(o.$ref, ctx, pointer, field, out);

  const moved = mergeMovedMembers(o, n, ctx);
  if (moved) {
    // Nothing accepted changes by moving fields: the fields themselves are compared below.
    push("all-of-merged", "FULL", moved.detail, `${pointer}/allOf`, true);
    o = moved.o;
    n = moved.n;
  }

  const split = splitOf(o, n, ctx);
  if (split) {
    push("variants-split", "FULL", split.detail, `${pointer}/${split.keyword}`);
    diffAnnotations(o, n, pointer, push);
    if (!ctx.followRefs) diffDefs(o, n, ctx, pointer, out);
    return;
  }

  for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
    if (HANDLED.has(key) || jsonEqual(o[key], n[key])) continue;
    push(
      "keyword-changed",
      "NONE",
      `${key} ${show(o[key])} -> ${show(n[key])}`,
      `${pointer}/${escapeToken(key)}`,
    );
  }

  diffAnnotations(o, n, pointer, push);
  diffType(o, n, pointer, push);
  diffValues(o, n, pointer, push);
  diffConstraints(o, n, pointer, push);
  diffObject(o, n, ctx, pointer, field, out, push);
  if (!same(o.items, n.items, ctx))
    diffNode(
      asObject(o.items as Schema),
      asObject(n.items as Schema),
      ctx,
      `${pointer}/items`,
      `${field === "(root)" ? "" : field}[]`,
      out,
    );
  for (const key of ["anyOf", "oneOf"] as const)
    diffVariants(o, n, key, ctx, pointer, field, out, push);
  diffAllOf(o, n, ctx, pointer, field, out, push);
  // Following refs, a definition is compared where a $ref uses it, with the data path of the use.
  if (!ctx.followRefs) diffDefs(o, n, ctx, pointer, out);
}

/** A `$ref` target without what names its document (the names are compared in their own file). */
function strip(s: Schema): Schema {
  if (typeof s === "boolean") return s;
  const { $id: _id, $schema: _s, version: _v, title: _t, ...rest } = s;
  return rest;
}

type RefTarget = { schema: Schema; docId: string };

/**
 * The changes between two `$ref` targets, compared in their own documents; undefined when this
 * pair (`refs` names the refs) is already being compared further up, so a recursive schema ends.
 */
function diffTargets(
  refs: string,
  from: RefTarget,
  to: RefTarget,
  ctx: DiffContext,
  at: string,
  field: string,
): Change[] | undefined {
  const key = `${refs}|${from.docId}|${to.docId}`;
  const visiting = ctx.visiting ?? new Set<string>();
  if (visiting.has(key)) return undefined;
  visiting.add(key);
  const nested: Change[] = [];
  diffNode(
    strip(from.schema),
    strip(to.schema),
    {
      ...ctx,
      old: { ...ctx.old, docId: from.docId },
      new: { ...ctx.new, docId: to.docId },
      visiting,
    },
    at,
    field,
    nested,
  );
  visiting.delete(key);
  return nested;
}

/**
 * With `followRefs`: a `$ref` that kept its target is compared at its target, as if the target
 * were written here; changes found there are tagged with the `$id` of the document holding them.
 */
function followRef(ref: string, ctx: DiffContext, pointer: string, field: string, out: Change[]) {
  const from = ctx.old.resolver.resolve(ref, ctx.old.docId);
  const to = ctx.new.resolver.resolve(ref, ctx.new.docId);
  const at = `${pointer}/$ref`;
  if (!from && !to) return; // broken on both sides: nothing changed here
  if (!from || !to) {
    out.push({
      rule: "ref-changed",
      compat: "NONE",
      pointer: at,
      field,
      detail: `$ref ${show(ref)}: target ${from ? "no longer found" : "found only now"}`,
      docOnly: false,
    });
    return;
  }
  const nested = diffTargets(`follow|${ref}`, from, to, ctx, at, field);
  if (!nested) return;
  // The innermost document wins: a change two refs deep belongs to the document that holds it.
  if (from.docId === to.docId) for (const c of nested) c.inDoc ??= to.docId;
  out.push(...nested);
}

/** Documentation keywords, and the title: it names a generated type when it is a document's or a $defs entry's. */
function diffAnnotations(o: Obj, n: Obj, pointer: string, push: Push): void {
  for (const key of ANNOTATIONS)
    if (!jsonEqual(o[key], n[key]))
      push("annotation-changed", "FULL", `${key} changed`, `${pointer}/${key}`, true);
  if (o.title !== n.title) {
    // The title of a document or a $defs entry names a generated TypeScript type (and validator).
    const namesType = pointer === "" || /^\/\$defs\/[^/]+$/.test(pointer);
    if (namesType)
      push(
        "type-renamed",
        "NONE",
        `type ${show(o.title)} -> ${show(n.title)}: consumers' code that names it stops compiling`,
        `${pointer}/title`,
      );
    else push("annotation-changed", "FULL", `title changed`, `${pointer}/title`, true);
  }
}

type Push = (rule: RuleId, compat: Compat, detail: string, at?: string, docOnly?: boolean) => void;

function diffRef(
  o: Obj,
  n: Obj,
  ctx: DiffContext,
  pointer: string,
  field: string,
  out: Change[],
): void {
  const target = (side: "old" | "new", node: Obj) => {
    if (typeof node.$ref !== "string") return { schema: node as Schema, docId: ctx[side].docId };
    return ctx[side].resolver.resolve(node.$ref, ctx[side].docId);
  };
  const from = target("old", o);
  const to = target("new", n);
  const detail = `$ref ${show(o.$ref)} -> ${show(n.$ref)}`;
  const at = `${pointer}/$ref`;
  if (!from || !to) {
    out.push({
      rule: "ref-changed",
      compat: "NONE",
      pointer: at,
      field,
      detail: `${detail}: target not found`,
      docOnly: false,
    });
    return;
  }
  const nested = diffTargets(`${String(o.$ref)}|${String(n.$ref)}`, from, to, ctx, at, field);
  if (!nested) return;
  const compat = combined(nested);
  const summary =
    nested.length === 0
      ? "the targets are equivalent"
      : `the targets differ (${nested.length} change${nested.length === 1 ? "" : "s"} below)`;
  out.push({
    rule: "ref-changed",
    compat,
    pointer: at,
    field,
    detail: `${detail}: ${summary}`,
    docOnly: nested.every((c) => c.docOnly),
  });
  out.push(...nested);
}

function covered(type: string, set: string[]): boolean {
  return set.includes(type) || (type === "integer" && set.includes("number"));
}

function diffType(o: Obj, n: Obj, pointer: string, push: Push): void {
  const before = typesOf(o);
  const after = typesOf(n);
  if (jsonEqual(before, after)) return;
  const widened =
    before === undefined ? false : after === undefined || before.every((t) => covered(t, after));
  const narrowed =
    after === undefined ? false : before === undefined || after.every((t) => covered(t, before));
  if (widened && narrowed) return; // the same types in another order
  const detail = `type ${show(o.type)} -> ${show(n.type)}`;
  const at = `${pointer}/type`;
  if (widened) push("type-widened", "BACKWARD", detail, at);
  else if (narrowed) push("type-narrowed", "FORWARD", detail, at);
  else push("type-changed", "NONE", detail, at);
}

function diffValues(o: Obj, n: Obj, pointer: string, push: Push): void {
  const before = valuesOf(o);
  const after = valuesOf(n);
  if (jsonEqual(before, after)) return;
  const keyword =
    n.const !== undefined || (after === undefined && o.const !== undefined) ? "const" : "enum";
  const at = `${pointer}/${keyword}`;
  if (before === undefined) {
    push("enum-added", "FORWARD", `${keyword} ${show(n[keyword])} added`, at);
  } else if (after === undefined) {
    push("enum-removed", "BACKWARD", `${keyword} ${show(o[keyword])} removed`, at);
  } else if (o.const !== undefined && n.const !== undefined) {
    push("const-changed", "NONE", `const ${show(o.const)} -> ${show(n.const)}`, at);
  } else {
    const added = after.filter((v) => !before.some((w) => jsonEqual(v, w)));
    const removed = before.filter((v) => !after.some((w) => jsonEqual(v, w)));
    if (added.length > 0)
      push("enum-values-added", "BACKWARD", `${added.map(show).join(", ")} added`, at);
    if (removed.length > 0)
      push("enum-values-removed", "FORWARD", `${removed.map(show).join(", ")} removed`, at);
  }
}

function diffConstraints(o: Obj, n: Obj, pointer: string, push: Push): void {
  const bound = (key: string, stricter: (a: number, b: number) => boolean) => {
    const a = o[key] as number | undefined;
    const b = n[key] as number | undefined;
    if (a === b) return;
    const detail = `${key} ${show(a)} -> ${show(b)}`;
    const at = `${pointer}/${key}`;
    if (a === undefined || (b !== undefined && stricter(b, a)))
      push("constraint-tightened", "FORWARD", detail, at);
    else push("constraint-loosened", "BACKWARD", detail, at);
  };
  for (const key of LOWER_BOUNDS) bound(key, (b, a) => b > a);
  for (const key of UPPER_BOUNDS) bound(key, (b, a) => b < a);
  for (const key of ["pattern", "format"]) {
    if (o[key] === n[key]) continue;
    const detail = `${key} ${show(o[key])} -> ${show(n[key])}`;
    const at = `${pointer}/${key}`;
    if (o[key] === undefined) push("constraint-tightened", "FORWARD", detail, at);
    else if (n[key] === undefined) push("constraint-loosened", "BACKWARD", detail, at);
    else
      push(
        "constraint-changed",
        "NONE",
        `${detail}: regular expressions and formats are not compared`,
        at,
      );
  }
  const a = o.multipleOf as number | undefined;
  const b = n.multipleOf as number | undefined;
  if (a !== b) {
    const detail = `multipleOf ${show(a)} -> ${show(b)}`;
    const at = `${pointer}/multipleOf`;
    if (a === undefined || (b !== undefined && Number.isInteger(b / a)))
      push("constraint-tightened", "FORWARD", detail, at);
    else if (b === undefined || Number.isInteger(a / b))
      push("constraint-loosened", "BACKWARD", detail, at);
    else push("constraint-changed", "NONE", detail, at);
  }
  if (Boolean(o.uniqueItems) !== Boolean(n.uniqueItems))
    n.uniqueItems
      ? push("constraint-tightened", "FORWARD", "uniqueItems now true", `${pointer}/uniqueItems`)
      : push(
          "constraint-loosened",
          "BACKWARD",
          "uniqueItems no longer true",
          `${pointer}/uniqueItems`,
        );
}

/** Whether every value `inner` accepts, `outer` accepts too (as far as the rules can tell). */
function accepts(outer: Schema, inner: Schema, ctx: DiffContext): boolean {
  const compat = combined(diffSchemas(inner, outer, ctx));
  return compat === "FULL" || compat === "BACKWARD";
}

function diffObject(
  o: Obj,
  n: Obj,
  ctx: DiffContext,
  pointer: string,
  field: string,
  out: Change[],
  push: Push,
): void {
  const oldProps = (o.properties ?? {}) as Record<string, Schema>;
  const newProps = (n.properties ?? {}) as Record<string, Schema>;
  const oldRequired = requiredOf(o);
  const newRequired = requiredOf(n);
  const oldOpen = openness(o);
  const newOpen = openness(n);
  const child = (name: string) => (field === "(root)" ? name : `${field}.${name}`);
  const names = new Set([...Object.keys(oldProps), ...Object.keys(newProps)]);
  for (const name of names) {
    const at = `${pointer}/properties/${escapeToken(name)}`;
    const before = oldProps[name];
    const after = newProps[name];
    const make = (rule: RuleId, compat: Compat, detail: string) =>
      out.push({ rule, compat, pointer: at, field: child(name), detail, docOnly: false });
    if (before === undefined && after !== undefined) {
      // Old producers only sent declared fields, so old data never carries the new one.
      const required = newRequired.has(name) && !oldRequired.has(name);
      const backward = !required;
      const forward =
        oldOpen.kind === "open" ||
        (oldOpen.kind === "schema" && accepts(oldOpen.schema, after, ctx));
      make(
        required ? "property-added-required" : "property-added-optional",
        fromDirections(backward, forward),
        `${required ? "required" : "optional"} property "${name}" added${oldOpen.kind === "closed" ? " to a closed object (additionalProperties: false)" : ""}`,
      );
    } else if (before !== undefined && after === undefined) {
      // An open object lets new producers reuse the name with any value (Confluent's reading).
      const wasRequired = oldRequired.has(name) && !newRequired.has(name);
      const backward =
        newOpen.kind === "open" ||
        (newOpen.kind === "schema" && accepts(newOpen.schema, before, ctx));
      const forward =
        !wasRequired &&
        (newOpen.kind === "closed" ||
          (newOpen.kind === "schema" && accepts(before, newOpen.schema, ctx)));
      make(
        "property-removed",
        fromDirections(backward, forward),
        `${wasRequired ? "required" : "optional"} property "${name}" removed${newOpen.kind === "closed" ? " from a closed object" : ""}`,
      );
    } else if (before !== undefined && after !== undefined) {
      diffNode(before, after, ctx, at, child(name), out);
    }
  }
  for (const name of new Set([...oldRequired, ...newRequired])) {
    const addedOrRemoved = (oldProps[name] === undefined) !== (newProps[name] === undefined);
    if (addedOrRemoved || oldRequired.has(name) === newRequired.has(name)) continue;
    const at = `${pointer}/required`;
    if (newRequired.has(name))
      out.push({
        rule: "property-made-required",
        compat: "FORWARD",
        pointer: at,
        field: child(name),
        detail: `"${name}" is now required`,
        docOnly: false,
      });
    else
      out.push({
        rule: "property-made-optional",
        compat: "BACKWARD",
        pointer: at,
        field: child(name),
        detail: `"${name}" is no longer required`,
        docOnly: false,
      });
  }
  if (oldOpen.kind === newOpen.kind && oldOpen.kind !== "schema") return;
  const at = `${pointer}/additionalProperties`;
  const detail = `additionalProperties ${show(o.additionalProperties)} -> ${show(n.additionalProperties)}`;
  if (oldOpen.kind === "schema" && newOpen.kind === "schema") {
    diffNode(oldOpen.schema, newOpen.schema, ctx, at, field === "(root)" ? "*" : `${field}.*`, out);
  } else if (oldOpen.kind === "open" || newOpen.kind === "closed") {
    push("additional-properties-closed", "FORWARD", detail, at);
  } else {
    push("additional-properties-opened", "BACKWARD", detail, at);
  }
}

function variantKey(variant: unknown, index: number): string {
  const v = variant as Obj;
  if (typeof v?.$ref === "string") return `$ref:${v.$ref}`;
  return typeof v?.title === "string" ? `title:${v.title}` : `#${index}`;
}

const variantName = (key: string) => key.replace(/^\$ref:|^title:/, "");

/**
 * Pairs the members of two lists of subschemas (anyOf, oneOf, allOf): by `$ref`, else `title`,
 * else position; a member left unpaired on both sides at the same position (a `$ref` retargeted
 * in place) is compared as one member that changed.
 */
function pairMembers(
  before: Schema[],
  after: Schema[],
): { pairs: [Schema, Schema, number][]; removed: string[]; added: [string, number][] } {
  const oldKeys = before.map((v, i) => variantKey(v, i));
  const newKeys = after.map((v, i) => variantKey(v, i));
  const pairs: [Schema, Schema, number][] = [];
  const unpairedOld = new Set(oldKeys.filter((k) => !newKeys.includes(k)));
  const unpairedNew = new Set(newKeys.filter((k) => !oldKeys.includes(k)));
  newKeys.forEach((k, i) => {
    const j = oldKeys.indexOf(k);
    if (j >= 0) pairs.push([before[j] as Schema, after[i] as Schema, i]);
    else if (i < oldKeys.length && unpairedOld.has(oldKeys[i] as string)) {
      pairs.push([before[i] as Schema, after[i] as Schema, i]);
      unpairedOld.delete(oldKeys[i] as string);
      unpairedNew.delete(k);
    }
  });
  return {
    pairs,
    removed: [...unpairedOld].map(variantName),
    added: newKeys.flatMap((k, i) =>
      unpairedNew.has(k) ? [[variantName(k), i] as [string, number]] : [],
    ),
  };
}

function diffVariants(
  o: Obj,
  n: Obj,
  key: "anyOf" | "oneOf",
  ctx: DiffContext,
  pointer: string,
  field: string,
  out: Change[],
  push: Push,
): void {
  const before = o[key] as Schema[] | undefined;
  const after = n[key] as Schema[] | undefined;
  if (same(before, after, ctx)) return;
  if (!before || !after) {
    push("keyword-changed", "NONE", `${key} ${before ? "removed" : "added"}`, `${pointer}/${key}`);
    return;
  }
  const { pairs, removed, added } = pairMembers(before, after);
  for (const name of removed)
    push("variant-removed", "FORWARD", `${key} variant ${name} removed`, `${pointer}/${key}`);
  for (const [name, i] of added)
    push("variant-added", "BACKWARD", `${key} variant ${name} added`, `${pointer}/${key}/${i}`);
  for (const [old, now, i] of pairs) diffNode(old, now, ctx, `${pointer}/${key}/${i}`, field, out);
}

/**
 * The two sides with each allOf `$ref` member that only one side has merged into that side (see
 * tools/gen/merge-all-of.ts): fields moved into a shared member, or back, are then compared field
 * by field. Undefined when there is no such member or a merge would change what a side accepts.
 */
function mergeMovedMembers(
  o: Obj,
  n: Obj,
  ctx: DiffContext,
): { o: Obj; n: Obj; detail: string } | undefined {
  const refsOf = (node: Obj) =>
    new Set(
      ((node.allOf ?? []) as Schema[]).flatMap((m) =>
        typeof m === "object" && typeof m.$ref === "string" ? [m.$ref] : [],
      ),
    );
  const oldRefs = refsOf(o);
  const newRefs = refsOf(n);
  const movedOld = [...oldRefs].filter((r) => !newRefs.has(r));
  const movedNew = [...newRefs].filter((r) => !oldRefs.has(r));
  if (movedOld.length === 0 && movedNew.length === 0) return undefined;
  const merge = (node: Obj, side: "old" | "new", moved: string[]) => {
    if (moved.length === 0) return node;
    const { resolver, docId } = ctx[side];
    const result = mergeAllOf(
      node,
      docId,
      resolver.resolve.bind(resolver),
      (m) => typeof m === "object" && moved.includes(m.$ref as string),
    );
    return "merged" in result ? result.merged : undefined;
  };
  const mergedOld = merge(o, "old", movedOld);
  const mergedNew = merge(n, "new", movedNew);
  if (!mergedOld || !mergedNew) return undefined;
  const list = (refs: string[], verb: string) =>
    refs.length === 0
      ? []
      : [`allOf member${refs.length === 1 ? "" : "s"} ${refs.map(show).join(", ")} ${verb}`];
  const detail = [...list(movedNew, "added"), ...list(movedOld, "removed")].join("; ");
  return { o: mergedOld, n: mergedNew, detail: `${detail}: fields compared as if written here` };
}

function diffAllOf(
  o: Obj,
  n: Obj,
  ctx: DiffContext,
  pointer: string,
  field: string,
  out: Change[],
  push: Push,
): void {
  const before = (o.allOf ?? []) as Schema[];
  const after = (n.allOf ?? []) as Schema[];
  if (same(before, after, ctx)) return;
  const { pairs, removed, added } = pairMembers(before, after);
  for (const name of removed)
    push("all-of-removed", "BACKWARD", `allOf member ${name} removed`, `${pointer}/allOf`);
  for (const [name, i] of added)
    push("all-of-added", "FORWARD", `allOf member ${name} added`, `${pointer}/allOf/${i}`);
  for (const [old, now, i] of pairs) diffNode(old, now, ctx, `${pointer}/allOf/${i}`, field, out);
}

function diffDefs(o: Obj, n: Obj, ctx: DiffContext, pointer: string, out: Change[]): void {
  const before = (o.$defs ?? {}) as Record<string, Schema>;
  const after = (n.$defs ?? {}) as Record<string, Schema>;
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const at = `${pointer}/$defs/${escapeToken(name)}`;
    const field = `$defs ${name}`;
    const b = before[name];
    const a = after[name];
    if (b === undefined)
      out.push({
        rule: "definition-added",
        compat: "FULL",
        pointer: at,
        field,
        detail: `definition "${name}" added`,
        docOnly: false,
      });
    else if (a === undefined)
      out.push({
        rule: "definition-removed",
        compat: "NONE",
        pointer: at,
        field,
        detail: `definition "${name}" removed: every $ref to it breaks`,
        docOnly: false,
      });
    else diffNode(b, a, ctx, at, field, out);
  }
}
