import { NON_VALIDATING_KEYWORDS } from "../gen/merge-all-of";
import { jsonEqual } from "./json-equal";
import type { RefResolver } from "./schema-set";

/**
 * Recognises a schema rewritten as a union of variants that, together, accept exactly what it
 * accepted: each variant is the old schema with one value restriction added at one common data
 * path (`const`/`enum`: "one of these values"; `not` of a `const`/`enum`: "any other value"), and
 * the restrictions cover every value. The classic case is splitting a record by a tag, so that the
 * generated type becomes a discriminated union: `condition` is "Success" in one variant and
 * anything else in the other. Such a rewrite changes no message's validity: it is FULL.
 */

type Obj = Record<string, unknown>;
interface Side {
  resolver: RefResolver;
  docId: string;
}

/** One variant's added restriction: which values it keeps at `path`. */
interface Restriction {
  path: string;
  kind: "in" | "not-in";
  values: unknown[];
}

/** Keywords that never change what a schema accepts. */
const IGNORED = NON_VALIDATING_KEYWORDS;
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas"]);
/** Keywords whose value is one subschema. */
const SCHEMA_VALUES = new Set(["items", "additionalProperties", "propertyNames", "contains"]);

interface Flat {
  /** Each keyword with the document its value was written in (for nested relative `$ref`s). */
  keywords: Map<string, { value: unknown; docId: string }>;
}

/**
 * A schema's keywords with its `$ref`s replaced by their targets' keywords (a `$ref` with siblings
 * is their conjunction; a keyword on both sides is left unflattened: undefined).
 */
function flatten(schema: unknown, side: Side, depth = 0): Flat | undefined {
  if (depth > 32 || schema === null || typeof schema !== "object" || Array.isArray(schema))
    return undefined;
  const keywords = new Map<string, { value: unknown; docId: string }>();
  for (const [key, value] of Object.entries(schema as Obj))
    if (key !== "$ref" && !IGNORED.has(key)) keywords.set(key, { value, docId: side.docId });
  const ref = (schema as Obj).$ref;
  if (typeof ref !== "string") return { keywords };
  const target = side.resolver.resolve(ref, side.docId);
  if (!target) return undefined;
  const inner = flatten(target.schema, { ...side, docId: target.docId }, depth + 1);
  if (!inner) return undefined;
  for (const [key, entry] of inner.keywords) {
    const own = keywords.get(key);
    if (own && !jsonEqual(own.value, entry.value)) return undefined;
    keywords.set(key, entry);
  }
  return { keywords };
}

/** The values a `const`/`enum` keyword allows, or undefined for any other schema. */
function valueSet(schema: unknown): unknown[] | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const keys = Object.keys(schema as Obj).filter((k) => !IGNORED.has(k));
  if (keys.length !== 1) return undefined;
  const s = schema as Obj;
  if (keys[0] === "const") return [s.const];
  if (keys[0] === "enum" && Array.isArray(s.enum)) return s.enum;
  return undefined;
}

/**
 * The restrictions `variant` adds to `original`, walking both in step; undefined when they differ
 * in any other way (then the variant is not a plain restriction of the original).
 */
function restrictions(
  original: unknown,
  variant: unknown,
  sides: { old: Side; new: Side },
  path: string,
): Restriction[] | undefined {
  if (typeof original === "boolean" || typeof variant === "boolean")
    return original === variant ? [] : undefined;
  const o = flatten(original, sides.old);
  const v = flatten(variant, sides.new);
  if (!o || !v) return undefined;
  const found: Restriction[] = [];
  for (const [key, entry] of v.keywords) {
    if (o.keywords.has(key)) continue;
    if (key === "const" || key === "enum") {
      const values = valueSet({ [key]: entry.value });
      if (!values) return undefined;
      found.push({ path, kind: "in", values });
    } else if (key === "not") {
      const values = valueSet(entry.value);
      if (!values) return undefined;
      found.push({ path, kind: "not-in", values });
    } else return undefined;
  }
  for (const [key, entry] of o.keywords) {
    const other = v.keywords.get(key);
    if (!other) return undefined; // the variant dropped a keyword: it accepts more
    const inner = {
      old: { ...sides.old, docId: entry.docId },
      new: { ...sides.new, docId: other.docId },
    };
    if (SCHEMA_MAPS.has(key)) {
      const a = entry.value as Obj;
      const b = other.value as Obj;
      if (!jsonEqual(Object.keys(a).sort(), Object.keys(b).sort())) return undefined;
      for (const name of Object.keys(a)) {
        const below = restrictions(a[name], b[name], inner, path ? `${path}.${name}` : name);
        if (!below) return undefined;
        found.push(...below);
      }
    } else if (SCHEMA_VALUES.has(key)) {
      const below = restrictions(entry.value, other.value, inner, `${path}[]`);
      if (!below) return undefined;
      found.push(...below);
    } else if (!jsonEqual(entry.value, other.value)) return undefined;
  }
  return found;
}

/** Whether `values` holds `value`. */
const holds = (values: unknown[], value: unknown) => values.some((v) => jsonEqual(v, value));

/**
 * The split `node` makes of `original`, when it is one: the data path and a description of the
 * variants. `node` must be nothing but `anyOf`/`oneOf` (besides annotations and `$defs`), each
 * variant the original with one restriction at one common path, and the restrictions must cover
 * every value (one variant "any other value" whose excluded values the others allow); for `oneOf`
 * they must not overlap either.
 *
 * @example splitOf(record, { oneOf: [{ $ref: "#/$defs/Success" }, { $ref: "#/$defs/Failure" }] }, sides)
 * // → { path: "requestContext.condition", detail: "…" }
 */
export function splitOf(
  original: Obj,
  node: Obj,
  sides: { old: Side; new: Side },
): { keyword: "anyOf" | "oneOf"; path: string; detail: string } | undefined {
  if ("anyOf" in original || "oneOf" in original || "allOf" in original) return undefined;
  const own = Object.keys(node).filter((k) => !IGNORED.has(k));
  if (own.length !== 1 || (own[0] !== "anyOf" && own[0] !== "oneOf")) return undefined;
  const keyword = own[0];
  const variants = node[keyword];
  if (!Array.isArray(variants) || variants.length < 2) return undefined;
  const all: Restriction[] = [];
  for (const variant of variants) {
    const found = restrictions(original, variant, sides, "");
    if (found?.length !== 1) return undefined;
    all.push(found[0] as Restriction);
  }
  const path = all[0]?.path ?? "";
  if (all.some((r) => r.path !== path)) return undefined;
  const allowed = all.filter((r) => r.kind === "in").flatMap((r) => r.values);
  const others = all.filter((r) => r.kind === "not-in");
  // Covered: a value outside every "in" set is kept by a "not-in" variant that does not exclude it.
  const [catchAll, ...rest] = others;
  if (!catchAll || rest.length > 0) return undefined;
  if (!catchAll.values.every((v) => holds(allowed, v))) return undefined;
  if (keyword === "oneOf") {
    // Disjoint: no value in two "in" sets, and none kept by the catch-all too.
    const seen: unknown[] = [];
    for (const v of allowed) {
      if (holds(seen, v) || !holds(catchAll.values, v)) return undefined;
      seen.push(v);
    }
  }
  const named = all.map((r) =>
    r.kind === "in"
      ? r.values.map((v) => JSON.stringify(v)).join(" | ")
      : `anything but ${r.values.map((v) => JSON.stringify(v)).join(", ")}`,
  );
  return {
    keyword,
    path: path || "(root)",
    detail: `split into ${variants.length} ${keyword} variants by ${path || "(root)"} (${named.join("; ")}) that together accept exactly what it accepted`,
  };
}
