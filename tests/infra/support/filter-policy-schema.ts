// Checks an SNS filter policy against the JSON Schemas of what it filters: each key must exist,
// and each exact value must be one the schema allows. Body scope: the topic's message schema (a
// union; one `$or` branch must fit one member). Attribute scope: the outcome attributes schema.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { repoRoot } from "../../support/paths";

type Schema = Record<string, unknown>;

const schemasDir = join(repoRoot, "schemas");

function load(file: string): Schema {
  return JSON.parse(readFileSync(join(schemasDir, file), "utf8"));
}

/** A schema node together with the file it came from (to resolve relative $refs). */
interface Node {
  file: string;
  schema: Schema;
}

function pointer(schema: Schema, fragment: string): Schema {
  let node: unknown = schema;
  for (const part of fragment.replace(/^\//, "").split("/").filter(Boolean)) {
    node = (node as Schema)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`no ${fragment} in schema`);
  }
  return node as Schema;
}

function deref(node: Node): Node {
  const ref = node.schema.$ref;
  if (typeof ref !== "string") return node;
  const [path, fragment = ""] = ref.split("#");
  const file = path ? normalize(join(dirname(node.file), path)) : node.file;
  return deref({ file, schema: pointer(load(file), fragment) });
}

/** The alternatives a node stands for (anyOf/oneOf branches, or itself). */
function alternatives(node: Node): Node[] {
  const resolved = deref(node);
  const branches = [
    ...((resolved.schema.anyOf as Schema[] | undefined) ?? []),
    ...((resolved.schema.oneOf as Schema[] | undefined) ?? []),
  ];
  if (branches.length === 0) return [resolved];
  return branches.flatMap((schema) => alternatives({ file: resolved.file, schema }));
}

/** A property a node declares itself or takes from an allOf member (fields shared by $ref). */
function propertyOf(node: Node, name: string): Node | undefined {
  const own = (node.schema.properties as Record<string, Schema> | undefined)?.[name];
  if (own !== undefined) return { file: node.file, schema: own };
  for (const member of (node.schema.allOf as Schema[] | undefined) ?? []) {
    const found = propertyOf(deref({ file: node.file, schema: member }), name);
    if (found) return found;
  }
  return undefined;
}

/** The sub-schemas at a property path (several when a step crosses a union), empty if absent. */
function at(node: Node, path: string[]): Node[] {
  if (path.length === 0) return [deref(node)];
  const [head, ...rest] = path as [string, ...string[]];
  return alternatives(node).flatMap((alt) => {
    const property = propertyOf(alt, head);
    return property === undefined ? [] : at(property, rest);
  });
}

/** Whether a leaf schema admits the string `value` (const, enum, `not const`, or any string). */
function admits(node: Node, value: string): boolean {
  return alternatives(node).some(({ schema }) => {
    if ("const" in schema) return schema.const === value;
    if (Array.isArray(schema.enum)) return schema.enum.includes(value);
    const not = schema.not as Schema | undefined;
    if (not && "const" in not && not.const === value) return false;
    return schema.type === undefined || schema.type === "string";
  });
}

/** One leaf of a filter policy: the key path and its conditions. */
interface Leaf {
  path: string[];
  conditions: unknown[];
}

const OPERATORS = [
  "prefix",
  "suffix",
  "anything-but",
  "numeric",
  "exists",
  "equals-ignore-case",
  "wildcard",
  "cidr",
];

/** The leaves of one policy branch (nested objects in body scope become paths). */
export function leaves(policy: Record<string, unknown>, prefix: string[] = []): Leaf[] {
  return Object.entries(policy).flatMap(([key, value]): Leaf[] => {
    if (key === "$or") return [];
    if (Array.isArray(value)) return [{ path: [...prefix, key], conditions: value }];
    if (typeof value === "object" && value !== null) {
      if (Object.keys(value).some((k) => OPERATORS.includes(k)))
        return [{ path: [...prefix, key], conditions: [value] }];
      return leaves(value as Record<string, unknown>, [...prefix, key]);
    }
    return [{ path: [...prefix, key], conditions: [value] }];
  });
}

/** The policy's branches: each `$or` alternative combined with the keys outside `$or`. */
export function branches(policy: Record<string, unknown>): Leaf[][] {
  const shared = leaves(policy);
  const or = policy.$or;
  if (!Array.isArray(or)) return [shared];
  return or.flatMap((branch) =>
    branches(branch as Record<string, unknown>).map((b) => [...shared, ...b]),
  );
}

function leafProblems(member: Node, leaf: Leaf): string[] {
  const nodes = at(member, leaf.path);
  const key = leaf.path.join(".");
  if (nodes.length === 0) return [`key "${key}" does not exist`];
  const problems: string[] = [];
  for (const condition of leaf.conditions) {
    if (typeof condition === "string" && !nodes.some((n) => admits(n, condition))) {
      problems.push(`"${key}" can never be "${condition}"`);
    }
    const excluded = (condition as Record<string, unknown> | null)?.["anything-but"];
    if (excluded !== undefined) {
      const values = (Array.isArray(excluded) ? excluded : [excluded]).map(String);
      const onlyExcluded = nodes.every(
        ({ schema }) => "const" in schema && values.includes(String(schema.const)),
      );
      if (onlyExcluded)
        problems.push(`"${key}" is always one of the excluded ${values.join(", ")}`);
    }
  }
  return problems;
}

/**
 * Problems of a body-scope filter against a message schema (a file under schemas/): for each
 * branch, the problems with the union member that fits it best; empty when every branch fits
 * one member entirely.
 */
export function bodyFilterProblems(policy: Record<string, unknown>, schemaFile: string): string[] {
  const members = alternatives({ file: schemaFile, schema: load(schemaFile) });
  return branches(policy).flatMap((branch, index) => {
    const perMember = members.map((member) => branch.flatMap((leaf) => leafProblems(member, leaf)));
    // The member with the fewest problems; on a tie, the one where the keys exist (more telling).
    const missing = (problems: string[]) =>
      problems.filter((p) => p.endsWith("does not exist")).length;
    const best = perMember.reduce((a, b) =>
      b.length < a.length || (b.length === a.length && missing(b) < missing(a)) ? b : a,
    );
    return best.map((p) => `branch ${index + 1}: ${p}`);
  });
}

/** Problems of an attribute-scope filter against the outcome attributes schema. */
export function attributeFilterProblems(policy: Record<string, unknown>): string[] {
  const file = "outcome/outcome-attributes.v1.schema.json";
  const root: Node = { file, schema: load(file) };
  return branches(policy).flatMap((branch, index) =>
    branch.flatMap((leaf) => {
      if (leaf.path.length !== 1)
        return [
          `branch ${index + 1}: "${leaf.path.join(".")}" nests, which attribute scope cannot`,
        ];
      return leafProblems(root, { ...leaf, path: [...leaf.path, "StringValue"] }).map(
        (p) => `branch ${index + 1}: ${p.replace(".StringValue", "")}`,
      );
    }),
  );
}
